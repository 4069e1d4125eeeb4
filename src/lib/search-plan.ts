/**
 * What a query asks for, before Pagefind is asked: its words, and the other wordings the one
 * acronym table (src/config/glossary.ts) gives them, both ways ("FDI" ↔ "vốn đầu tư nước ngoài",
 * "an ninh, trật tự" ↔ "ANTT"). The index stays free of synonym words; the page searches each
 * wording and a result counts when it contains every word of one of them.
 */
import type { GlossaryEntry } from "../schemas/glossary.ts";
import { foldWord, queryTerms } from "./search-folding.ts";

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
    [entry.abbr, entry.expansion, ...entry.also].map(queryTerms).filter((form) => form.length > 0).sort((a, b) => b.length - a.length),
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
  const typed = query.normalize("NFC").split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
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
