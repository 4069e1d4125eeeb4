/**
 * Vietnamese folding for search. Pagefind (1.5+) already folds marks itself: it indexes "hòa" and
 * "hoà" under "hoa" and matches "hoa" to both. It does not fold đ, a letter of its own that Unicode
 * does not decompose, so "don vi" would miss "đơn vị". Rather than index extra "twin" words (which
 * used to show inside excerpts), the search page asks Pagefind for both spellings of such a word
 * (see spellings()) and this module decides, on the reader's side, what counts as the same word.
 */
import { stripMarks } from "./slug.ts";

/** Tone marks as combining characters (after NFD); circumflex, breve and horn are not tones. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * The site's one tone-placement convention, the one the source documents use: in an open
 * syllable ending in oa, oe or uy the mark sits on the first vowel ("hòa", "khỏe", "thúy").
 * "qu" + y keeps the mark on y ("quý"), since u belongs to the consonant.
 */
export function canonicalTone(word: string): string {
  const decomposed = word.normalize("NFC").normalize("NFD");
  const tone = TONE.exec(decomposed)?.[0];
  if (!tone) return word.normalize("NFC");
  const bare = decomposed.replace(TONE, "").normalize("NFC");
  const match = /(o[ae]|u[y])$/i.exec(bare);
  if (!match || (/^u/i.test(match[1]!) && /q$/i.test(bare.slice(0, match.index)))) return word.normalize("NFC");
  const [first, second] = [...match[1]!];
  return (bare.slice(0, match.index) + first + tone + second).normalize("NFC");
}

/** Lowercase, without any mark, đ folded to d: the form two spellings of a word share. */
export function foldWord(word: string): string {
  return stripMarks(word.normalize("NFC")).toLowerCase();
}

/** Words of a text for excerpts: runs of letters and digits. */
export function words(text: string): string[] {
  return text.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The words of a query as Pagefind reads them: split on spaces, punctuation removed inside a word
 * ("137.226" → "137226", "1010/UBND-NC" → "1010ubndnc"), lowercase, canonical tone placement.
 */
export function queryTerms(query: string): string[] {
  return query
    .normalize("NFC")
    .split(/\s+/)
    .map((token) => canonicalTone(token.replace(/[^\p{L}\p{M}\p{N}]/gu, "").toLowerCase()))
    .filter(Boolean);
}

/**
 * Every folded word a text is found by, as Pagefind indexes it: each space-separated token without
 * its punctuation, and the parts punctuation separates ("137.226" gives 137226, 137 and 226).
 */
export function indexedWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const token of text.normalize("NFC").split(/\s+/)) {
    const parts = words(token).map(foldWord);
    if (parts.length === 0) continue;
    found.add(parts.join(""));
    for (const part of parts) found.add(part);
  }
  return found;
}

/**
 * The spellings to ask Pagefind for so a word matches whatever its d/đ: "don" → "don", "đon";
 * "Đình" → "đình", "dình". Pagefind folds the other marks itself. At most 8 spellings (3 letters).
 */
export function spellings(term: string): string[] {
  const lower = term.normalize("NFC").toLowerCase();
  let out = [""];
  let choices = 0;
  for (const char of lower) {
    if ((char === "d" || char === "đ") && choices < 3) {
      choices++;
      out = out.flatMap((start) => [start + char, start + (char === "d" ? "đ" : "d")]);
    } else out = out.map((start) => start + char);
  }
  return out;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A short passage of `text` around the words matching `terms` (folded words, as from a search
 * plan), split into marked and unmarked parts. Only whole words are marked, except `prefix`: a
 * word still being typed, marked where a word begins with it (near matches). `phrases` (other
 * wordings, e.g. "vốn đầu tư nước ngoài" for "FDI") are marked only where all their words stand
 * together, so "nghiệp" alone in "khu công nghiệp" is not. Without any match the passage is the
 * start of the text.
 */
export function excerpt(
  text: string,
  terms: readonly string[],
  maxWords = 30,
  prefix?: string,
  phrases: readonly (readonly string[])[] = [],
): ExcerptPart[] {
  const exact = new Set(terms.map(foldWord));
  const start = prefix === undefined ? undefined : foldWord(prefix);
  const tokens = text
    .normalize("NFC")
    .split(/(\s+)/)
    .filter((s) => s.length > 0);
  const wordIndexes = tokens.flatMap((token, i) => (/^\s+$/.test(token) ? [] : [i]));
  const inPhrase = new Set<number>();
  const tokenWords = wordIndexes.map((i) => indexedWords(tokens[i]!));
  for (const phrase of phrases.map((p) => p.map(foldWord))) {
    for (let w = 0; w + phrase.length <= tokenWords.length; w++) {
      if (phrase.length > 0 && phrase.every((word, j) => tokenWords[w + j]!.has(word)))
        phrase.forEach((_, j) => inPhrase.add(wordIndexes[w + j]!));
    }
  }
  const isMatch = (i: number) =>
    inPhrase.has(i) ||
    [...indexedWords(tokens[i]!)].some((w) => exact.has(w) || (start !== undefined && start.length > 0 && w.startsWith(start)));
  let bestStart = 0;
  let bestHits = 0;
  // Windows start at a matching word, so the passage opens near the first match, with a few
  // words of context before it.
  for (let w = 0; w < wordIndexes.length; w++) {
    if (!isMatch(wordIndexes[w]!)) continue;
    const window = wordIndexes.slice(w, w + maxWords);
    const hits = window.filter((i) => isMatch(i)).length;
    if (hits > bestHits) {
      bestHits = hits;
      bestStart = Math.max(0, w - 3);
    }
  }
  const chosen = wordIndexes.slice(bestStart, bestStart + maxWords);
  if (chosen.length === 0) return [];
  const from = chosen[0]!;
  const to = chosen[chosen.length - 1]!;
  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: "… ", mark: false });
  for (let i = from; i <= to; i++) {
    const token = tokens[i]!;
    const mark = !/^\s+$/.test(token) && isMatch(i);
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark) last.text += token;
    else parts.push({ text: token, mark });
  }
  if (to < tokens.length - 1) parts.push({ text: " …", mark: false });
  return parts;
}
