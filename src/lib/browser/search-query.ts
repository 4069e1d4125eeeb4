/**
 * The state of the search page and its query string, so a search can be linked and sent:
 * /tim-kiem/?q=don+vi&loai=mo-hinh&huyen=hiep-hoa. Repeated keys combine values of one facet,
 * exactly what the page's GET form submits without JavaScript.
 */
import { slugify } from "./slug.ts";
import { compareVi } from "./vietnamese-order.ts";

/** Content types readers filter by; the order is the order of the facet. */
export const SEARCH_TYPES = ["mo-hinh", "so-lieu", "muc-tieu", "khen-thuong", "danh-gia", "van-ban"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Pagefind filter names; they are also the query-string keys of /tim-kiem/. */
export const SEARCH_FILTERS = ["loai", "loai-mo-hinh", "huyen", "nam"] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

export interface SearchState {
  q: string;
  /** Selected values per facet, as slugs of their labels ("Hiệp Hòa" → "hiep-hoa"). */
  filters: Record<SearchFilter, string[]>;
}

const emptyFilters = (): Record<SearchFilter, string[]> => ({ loai: [], "loai-mo-hinh": [], huyen: [], nam: [] });

/** Reads the state from a query string; unknown keys and empty values are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of SEARCH_FILTERS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => slugify(v))
          .filter(Boolean),
      ),
    ];
  }
  return { q: (params.get("q") ?? "").trim(), filters };
}

/** The query string of a state ("" when nothing is chosen), keys in a stable order. */
export function toQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  for (const key of SEARCH_FILTERS) for (const value of state.filters[key]) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Whether anything is asked: a query or at least one facet value. */
export function hasCriteria(state: SearchState): boolean {
  return state.q.trim().length > 0 || SEARCH_FILTERS.some((key) => state.filters[key].length > 0);
}

/** Pagefind filters for the selected slugs: any value within a facet, all facets together. */
export function toPagefindFilters(
  state: SearchState,
  labels: Partial<Record<string, readonly string[]>>,
): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const key of SEARCH_FILTERS) {
    const wanted = new Set(state.filters[key]);
    const any = (labels[key] ?? []).filter((label) => wanted.has(slugify(label)));
    if (any.length > 0) result[key] = { any };
  }
  return result;
}

/** Facet values in reading order: content types as listed, newest year first, others alphabetical. */
export function sortFacetValues(key: string, labels: readonly string[], typeLabels: readonly string[] = []): string[] {
  const sorted = [...labels];
  if (key === "nam") return sorted.sort((a, b) => b.localeCompare(a));
  if (key === "loai") return sorted.sort((a, b) => rank(typeLabels, a) - rank(typeLabels, b));
  return sorted.sort((a, b) => compareVi(a, b));
}

const rank = (order: readonly string[], value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
