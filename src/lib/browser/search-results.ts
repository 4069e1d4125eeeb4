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

/** Which pages a query counts, and which hold its words only apart (listed apart, never counted). */
export interface Counted {
  counted: Set<string>;
  apart: Set<string>;
  /** False when no page holds the query's words side by side, so the count is of pages holding them apart. */
  together: boolean;
}

/**
 * Two words typed side by side are read as one: in Vietnamese they are nearly always one word or
 * one name ("Yên Dũng" is a district, not "Việt Yên" and "xây dựng" on one page); longer queries are
 * several words a reader does not expect in that order ("tiêu chuẩn khen thưởng"), so callers pass
 * `null` for them and only rank side-by-side pages first. When some page holds a wording of the query as a phrase (`phrase`), only
 * those pages are counted and the pages holding every word apart are returned apart; when none
 * does, the pages holding every word are counted, marked `together: false` so the page says so.
 * `exact`: pages holding every word of a wording; a phrase page outside it is dropped.
 */
export function countByPhrase(exact: ReadonlySet<string>, phrase: ReadonlySet<string> | null): Counted {
  if (phrase === null) return { counted: new Set(exact), apart: new Set(), together: true };
  const together = new Set([...phrase].filter((id) => exact.has(id)));
  if (together.size === 0) return { counted: new Set(exact), apart: new Set(), together: exact.size === 0 };
  return { counted: together, apart: new Set([...exact].filter((id) => !together.has(id))), together: true };
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
 * The first `window` items reordered so those named by the query come first, the closest name
 * first: `rank` says how closely a page's names name the query (search-plan.ts nameRank; lower is
 * closer, Infinity for none). "Ban Chỉ đạo 138 tỉnh" (a document's issuer) then beats "Trách nhiệm
 * của Ban Chỉ đạo 138 huyện, thành phố, thị xã"; order is otherwise kept.
 */
export function namedFirst<T>(items: readonly T[], rank: (item: T) => number, window: number): T[] {
  const head = items.slice(0, window).map((item, index) => ({ item, index, length: rank(item) }));
  const named = head.filter((h) => Number.isFinite(h.length)).sort((a, b) => a.length - b.length || a.index - b.index);
  return [...named.map((h) => h.item), ...head.filter((h) => !Number.isFinite(h.length)).map((h) => h.item), ...items.slice(window)];
}

/** Pages of each value of each facet: facet → value label → page ids. */
export type FacetPages = Record<string, Record<string, ReadonlySet<string>>>;

/** Chosen values per facet (labels); values of one facet add up, facets narrow each other. */
export type Selection = Record<string, readonly string[]>;

function inSelection(id: string, pages: FacetPages, selection: Selection, skip?: string): boolean {
  return Object.entries(selection).every(
    ([facet, values]) => facet === skip || values.length === 0 || values.some((value) => pages[facet]?.[value]?.has(id)),
  );
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
