/**
 * Facet selection shared by the build and the index page's filter script: no imports with runtime
 * code, so the bundled script stays a few hundred bytes.
 */
import type { paths } from "./paths.ts";

/** URL segment and query parameter of each facet, in the order filters are shown. */
export const MODEL_FACETS = ["loai", "huyen", "don-vi", "nam", "trang-thai", "nha-dau-tu"] as const satisfies readonly Parameters<typeof paths.modelFacet>[0][];
export type FacetName = (typeof MODEL_FACETS)[number];

/** Facet values of one model: a model may have several (e.g. two host types). */
export type FacetKeys = Record<FacetName, readonly string[]>;

/** One chosen value per facet; facets left out do not filter. */
export type Selection = Partial<Record<FacetName, string>>;

/** Whether a model matches every chosen facet value. */
export function matchesSelection(keys: FacetKeys, selection: Selection): boolean {
  return MODEL_FACETS.every((facet) => {
    const wanted = selection[facet];
    return wanted === undefined || keys[facet].includes(wanted);
  });
}

/** Reads `?loai=…&huyen=…`, ignoring unknown parameters and empty values. */
export function parseSelection(search: string): Selection {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const facet of MODEL_FACETS) {
    const value = params.get(facet);
    if (value) selection[facet] = value;
  }
  return selection;
}

/** Query string for a selection, facets in their fixed order so equal selections give equal URLs. */
export function selectionToSearch(selection: Selection): string {
  const params = new URLSearchParams();
  for (const facet of MODEL_FACETS) {
    const value = selection[facet];
    if (value) params.set(facet, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
