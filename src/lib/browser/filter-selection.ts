/**
 * Facet selection shared by the build and the index page's filter script: no imports with runtime
 * code, so the bundled script stays a few hundred bytes.
 */
import type { paths } from "../site/public-urls.ts";

/** URL segment and query parameter of each facet, in the order filters are shown. */
export const MODEL_FACETS = ["loai", "huyen", "don-vi", "nam", "trang-thai", "nha-dau-tu"] as const satisfies readonly Parameters<
  typeof paths.modelFacet
>[0][];
export type FacetName = (typeof MODEL_FACETS)[number];

/** Facet values of one model: a model may have several (e.g. two host types). */
export type FacetKeys = Record<FacetName, readonly string[]>;

/** One chosen value per facet; facets left out do not filter. */
export type Selection = Partial<Record<FacetName, string>>;

/** Whether a model matches every chosen facet value. */
export function matchesSelection(keys: FacetKeys, selection: Selection): boolean {
  return matchesFacets(MODEL_FACETS, keys, selection);
}

/** Reads `?loai=…&huyen=…`, ignoring unknown parameters and empty values. */
export function parseSelection(search: string): Selection {
  return parseFacets(MODEL_FACETS, search);
}

/** Query string for a selection, facets in their fixed order so equal selections give equal URLs. */
export function selectionToSearch(selection: Selection): string {
  return facetsToSearch(MODEL_FACETS, selection);
}

// The same three steps for any list of facets (the responsibilities table filters by body and deadline).

/** Whether an item with these values per facet matches every chosen value. */
export function matchesFacets<F extends string>(
  facets: readonly F[],
  keys: Record<F, readonly string[]>,
  selection: Partial<Record<F, string>>,
): boolean {
  return facets.every((facet) => {
    const wanted = selection[facet];
    return wanted === undefined || keys[facet].includes(wanted);
  });
}

/** Reads the facets' query parameters, ignoring unknown parameters and empty values. */
export function parseFacets<F extends string>(facets: readonly F[], search: string): Partial<Record<F, string>> {
  const params = new URLSearchParams(search);
  const selection: Partial<Record<F, string>> = {};
  for (const facet of facets) {
    const value = params.get(facet);
    if (value) selection[facet] = value;
  }
  return selection;
}

/** Query string for a selection, facets in their given order so equal selections give equal URLs. */
export function facetsToSearch<F extends string>(facets: readonly F[], selection: Partial<Record<F, string>>): string {
  const params = new URLSearchParams();
  for (const facet of facets) {
    const value = selection[facet];
    if (value) params.set(facet, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
