/**
 * Turning several Pagefind answers into one honest result list. Pagefind matches a word as a
 * prefix ("vi" finds "Việt") and, for a word it does not know, falls back to a shorter one
 * ("Đoài" finds "đó"). The page therefore also asks Pagefind, word by word, which pages hold the
 * exact word (a quoted search), and counts only those pages; facet counts are worked out here
 * from the pages of each facet value, so they count the same pages.
 */

/**
 * Pagefind's ranking options for the records of search-records.ts. Meta fields are searched by Pagefind; a match in
 * the title or the keywords lifts a page above pages that only mention the words in passing
 * (measured on tests/fixtures/search-relevance.json). Type and facts repeat the keywords, so they
 * do not count twice.
 */
export const SEARCH_RANKING = {
  // Keywords (what a model is filed under) count above names (what a statistics page counts), so
  // "FDI" opens on the models filed under it before the page counting FDI enterprises.
  metaWeights: { title: 5, keywords: 8, names: 4, type: 0, facts: 0 },
  // Low: a query typed with marks prefers pages with exactly those marks only among near-equals,
  // so "tu quan" and "tự quản" open on the same page.
  diacriticSimilarity: 0.1,
} as const;

/** A page as Pagefind ranks it: its id and score. */
export interface Hit {
  id: string;
  score: number;
}

/**
 * Several ranked lists as one: each page once, with its best score, best first. Pagefind sums a
 * score per word, so callers divide each list by its wording's word count first.
 */
export function mergeHits(lists: readonly (readonly Hit[])[]): Hit[] {
  const best = new Map<string, number>();
  for (const list of lists) for (const { id, score } of list) best.set(id, Math.max(score, best.get(id) ?? -Infinity));
  return [...best].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** Pages holding every set's pages: the exact pages of each word of a wording. */
export function intersect(sets: readonly ReadonlySet<string>[]): Set<string> {
  if (sets.length === 0) return new Set();
  const [first, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...first!].filter((id) => rest.every((set) => set.has(id))));
}

/**
 * The counted results in reading order: only pages in `exact`; pages where the query's words stand
 * side by side (`adjacent`) before pages that only mention them apart; Pagefind's score within each.
 */
export function rankHits(hits: readonly Hit[], exact: ReadonlySet<string>, adjacent: ReadonlySet<string>): Hit[] {
  const kept = hits.filter((hit) => exact.has(hit.id));
  return [...kept.filter((h) => adjacent.has(h.id)), ...kept.filter((h) => !adjacent.has(h.id))];
}

/**
 * The first `window` items reordered so those `named` (title or keywords hold the query) come
 * first, order otherwise kept: a page named by the query beats pages that only mention it.
 */
export function namedFirst<T>(items: readonly T[], named: (item: T) => boolean, window: number): T[] {
  const head = items.slice(0, window);
  return [...head.filter(named), ...head.filter((item) => !named(item)), ...items.slice(window)];
}

/** Pages of each value of each facet: facet → value label → page ids. */
export type FacetPages = Record<string, Record<string, ReadonlySet<string>>>;

/** Chosen values per facet (labels); values of one facet add up, facets narrow each other. */
export type Selection = Record<string, readonly string[]>;

function inSelection(id: string, pages: FacetPages, selection: Selection, skip?: string): boolean {
  return Object.entries(selection).every(([facet, values]) => facet === skip || values.length === 0 || values.some((value) => pages[facet]?.[value]?.has(id)));
}

/** The ids (order kept) that the chosen facet values allow. */
export function applySelection<T extends { id: string }>(items: readonly T[], pages: FacetPages, selection: Selection): T[] {
  return items.filter((item) => inSelection(item.id, pages, selection));
}

/**
 * How many of `ids` each facet value would show: each facet counted as if its own choice were not
 * made yet, so the count says what ticking one more value of it brings.
 */
export function countFacets(ids: readonly string[], pages: FacetPages, selection: Selection): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [facet, values] of Object.entries(pages)) {
    const pool = ids.filter((id) => inSelection(id, pages, selection, facet));
    counts[facet] = Object.fromEntries(Object.entries(values).map(([value, set]) => [value, pool.filter((id) => set.has(id)).length]));
  }
  return counts;
}
