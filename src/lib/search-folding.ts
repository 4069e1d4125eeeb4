/**
 * Vietnamese folding for search. Pagefind already matches unmarked query letters to marked ones,
 * but đ is a letter of its own (Unicode does not decompose it), so "don vi" misses "đơn vị"; and
 * the two tone-placement conventions ("hòa"/"hoà", "thúy"/"thuý") are different strings to it.
 * The index therefore gets extra "twin" words, and queries are normalised the same way.
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

/** Words of a text as Pagefind sees them: runs of letters and digits. */
export function words(text: string): string[] {
  return text.normalize("NFC").match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The extra spelling to index beside a word so unmarked and other-convention queries find it:
 * the folded form of a word with đ ("đơn" → "don"), or the canonical tone placement of a word
 * written in the other convention ("hoà" → "hòa"); undefined when Pagefind needs no help.
 */
export function twinOf(word: string): string | undefined {
  const lower = word.normalize("NFC").toLowerCase();
  if (/đ/.test(lower)) return foldWord(lower);
  const canonical = canonicalTone(lower);
  return canonical === lower ? undefined : canonical;
}

/** Brackets around twin words in the indexed text, so the search page can leave them out of excerpts. */
export const TWIN_OPEN = "⁅";
export const TWIN_CLOSE = "⁆";

/**
 * The text with each word's twin right after it, in brackets: the twin then has the same weight
 * (title or body) and frequency as the word, so "don vi" ranks pages as "đơn vị" does.
 */
export function withTwins(text: string): string {
  return text.normalize("NFC").replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => {
    const twin = knownTwin(word);
    return twin ? `${word} ${TWIN_OPEN} ${twin} ${TWIN_CLOSE}` : word;
  });
}

// Vietnamese has a few thousand syllables, so the index of 10,000 profiles asks about the same
// words again and again; remembering them took the search index text from 5.1 s to 2.3 s.
const twins = new Map<string, string | undefined>();
function knownTwin(word: string): string | undefined {
  if (twins.has(word)) return twins.get(word);
  const twin = twinOf(word);
  if (twins.size < 200_000) twins.set(word, twin);
  return twin;
}

/** Indexed text without its twins, as readers should see it. */
export function withoutTwins(text: string): string {
  return text.replace(new RegExp(`\\s*${TWIN_OPEN}[^${TWIN_CLOSE}]*${TWIN_CLOSE}`, "g"), "");
}

/** A query as typed, made comparable with the index: NFC, single spaces, canonical tone placement. */
export function normaliseQuery(query: string): string {
  return query
    .normalize("NFC")
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(canonicalTone)
    .join(" ");
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A short passage of `text` around the words matching `query`, split into marked and unmarked
 * parts. Words match when their folded forms are equal; the last query word, possibly still being
 * typed, also matches as a prefix when the text has no exact match for it (as Pagefind does).
 * Without any match the passage is the start of the text.
 */
export function excerpt(text: string, query: string, maxWords = 30): ExcerptPart[] {
  const terms = words(query).map(foldWord);
  const tokens = text.normalize("NFC").split(/(\s+)/).filter((s) => s.length > 0);
  const textWords = new Set(words(text).map(foldWord));
  const last = terms[terms.length - 1];
  const prefix = last !== undefined && !textWords.has(last) ? last : undefined;
  const exact = new Set(terms);
  const isMatch = (token: string) => words(token).some((w) => exact.has(foldWord(w)) || (prefix !== undefined && foldWord(w).startsWith(prefix)));
  const wordIndexes = tokens.flatMap((token, i) => (/^\s+$/.test(token) ? [] : [i]));
  let bestStart = 0;
  let bestHits = 0;
  // A few words of context are kept before the first match.
  // Windows start at a matching word, so the passage opens near the first match, not before it.
  for (let w = 0; w < wordIndexes.length; w++) {
    if (!isMatch(tokens[wordIndexes[w]!]!)) continue;
    const window = wordIndexes.slice(w, w + maxWords);
    const hits = window.filter((i) => isMatch(tokens[i]!)).length;
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
    const mark = !/^\s+$/.test(token) && isMatch(token);
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark) last.text += token;
    else parts.push({ text: token, mark });
  }
  if (to < tokens.length - 1) parts.push({ text: " …", mark: false });
  return parts;
}
