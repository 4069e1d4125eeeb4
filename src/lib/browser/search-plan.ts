/**
 * What a query asks for, before Pagefind is asked: its words, and the other wordings the one
 * acronym table (src/config/glossary.ts) gives them, both ways ("FDI" ↔ "vốn đầu tư nước ngoài",
 * "an ninh, trật tự" ↔ "ANTT"). The index stays free of synonym words; the page searches each
 * wording and a result counts when it contains every word of one of them.
 */
import type { GlossaryEntry } from "../../schemas/glossary.ts";
import { foldWord, indexedWords, queryTerms, words } from "./search-folding.ts";

export interface SearchPlan {
  /** The query's own words (Pagefind's reading of it, marks kept), for excerpts. */
  terms: string[];
  /** The same words as the reader typed them, for messages ("Đoài", not "đoài"). */
  typed: string[];
  /** Wordings to search, the query itself first; each a list of words. */
  alternatives: string[][];
}

/** Each entry's wordings (acronym, full form, other wordings) as word lists, longest first. */
export function synonymGroups(glossary: readonly GlossaryEntry[]): string[][][] {
  return glossary.map((entry) =>
    [entry.abbr, entry.expansion, ...entry.also]
      .map(queryTerms)
      .filter((form) => form.length > 0)
      .sort((a, b) => b.length - a.length),
  );
}

const folded = (terms: readonly string[]) => terms.map(foldWord);

/** Where `form` occurs in `terms` as consecutive words (folded), or -1. */
function indexOfForm(terms: readonly string[], form: readonly string[]): number {
  const hay = folded(terms);
  const needle = folded(form);
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, j) => hay[i + j] === w)) return i;
  return -1;
}

/**
 * The plan of a query: every wording the glossary allows, by swapping each acronym or full form
 * found in the query for the entry's other forms. At most `max` wordings, the query's own first.
 */
export function buildSearchPlan(query: string, groups: readonly (readonly (readonly string[])[])[], max = 8): SearchPlan {
  const terms = queryTerms(query);
  const typed = query
    .normalize("NFC")
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
  let alternatives: string[][] = terms.length > 0 ? [terms] : [];
  for (const forms of groups) {
    const next: string[][] = [];
    for (const alternative of alternatives) {
      next.push(alternative);
      // The longest form found wins: "vốn đầu tư nước ngoài" before the "đầu tư nước ngoài" inside it.
      const found = forms.map((form) => ({ form, at: indexOfForm(alternative, form) })).find((f) => f.at !== -1);
      if (!found) continue;
      for (const other of forms) {
        if (other === found.form) continue;
        next.push([...alternative.slice(0, found.at), ...other, ...alternative.slice(found.at + found.form.length)]);
      }
    }
    alternatives = dedupe(next).slice(0, max);
  }
  return { terms, typed, alternatives };
}

function dedupe(lists: string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((list) => {
    const key = folded(list).join(" ");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The wordings of a plan a page contains in full, given the page's folded words (from
 * indexedWords); empty when the page does not answer the query, which would be a false hit.
 */
export function matchedAlternatives(plan: SearchPlan, pageWords: ReadonlySet<string>): string[][] {
  return plan.alternatives.filter((alternative) => alternative.every((term) => pageWords.has(foldWord(term))));
}

/**
 * How closely a name field (title, keywords, names) names the query, as a rank: lower is closer,
 * Infinity when it does not name it. Each item of the field (keywords and names are written
 * "a · b") is read on its own, words folded as Pagefind reads them ("137.226" → "137226"):
 * 1. the item holds a wording of the query side by side: its length in words ("Ban Chỉ đạo 138 tỉnh" → 5);
 * 2. it holds every word of a wording, apart ("Quy chế, kế hoạch, chương trình phối hợp" for
 *    "quy chế phối hợp"): {@link APART_NAME} + its length;
 * 3. it holds two or more consecutive words of a longer wording ("Trách nhiệm của Sở Nội vụ" for
 *    "Sở Nội vụ khen thưởng"): {@link PART_NAME}, less 100 per word held, + its length.
 * So the page called by the query comes first, the shortest such name first.
 */
export function nameRank(plan: SearchPlan, text: string): number {
  let best = Infinity;
  for (const item of text.split(" · ")) {
    const tokens = item
      .normalize("NFC")
      .split(/\s+/)
      .map((token) => words(token).map(foldWord).join(""))
      .filter(Boolean);
    const length = Math.min(tokens.length, 99);
    if (plan.alternatives.some((alternative) => indexOfForm(tokens, alternative) !== -1)) best = Math.min(best, length);
    else if (matchedAlternatives(plan, indexedWords(item)).length > 0) best = Math.min(best, APART_NAME + length);
    else {
      const run = Math.max(0, ...plan.alternatives.map((alternative) => longestRun(tokens, alternative)));
      if (run >= 2) best = Math.min(best, PART_NAME - 100 * run + length);
    }
  }
  return best;
}

/** Ranks of {@link nameRank}: every name holding the query's words apart after every one holding them together, then partial names. */
export const APART_NAME = 1000;
export const PART_NAME = 10_000;

/** The most consecutive words of `form` that `tokens` hold side by side. */
function longestRun(tokens: readonly string[], form: readonly string[]): number {
  let best = 0;
  for (let start = 0; start < form.length; start++) {
    for (let end = form.length; end - start > best; end--) {
      if (indexOfForm(tokens, form.slice(start, end)) !== -1) {
        best = end - start;
        break;
      }
    }
  }
  return best;
}
