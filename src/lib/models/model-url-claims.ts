/** Public URLs of model profiles, and the check that no two entries claim the same one. */

export interface UrlClaimant {
  id: string;
  file: string;
  aliases: readonly string[];
}

export interface UrlConflict {
  url: string;
  claimants: { file: string; asAlias: boolean }[];
  /** Set when the URL belongs to a listing of the site itself (a facet), not to another model. */
  reserved?: true;
}

import { paths } from "../site/public-urls.ts";
import { MODEL_FACETS } from "../browser/filter-selection.ts";

/** Segments under /mo-hinh/ used by the site's own pages: a model slug or alias may not take them. */
export const RESERVED_MODEL_SEGMENTS: readonly string[] = [...MODEL_FACETS];

/** Every URL claimed twice, by a slug or an alias (former slug) of another model, or by a reserved listing. */
export function findUrlConflicts(models: readonly UrlClaimant[]): UrlConflict[] {
  const claims = new Map<string, { file: string; asAlias: boolean }[]>();
  const claim = (id: string, file: string, asAlias: boolean) => {
    const url = paths.model(id);
    claims.set(url, [...(claims.get(url) ?? []), { file, asAlias }]);
  };
  for (const model of models) {
    claim(model.id, model.file, false);
    for (const alias of new Set(model.aliases)) claim(alias, model.file, true);
  }
  const reserved = new Set(RESERVED_MODEL_SEGMENTS.map((segment) => paths.model(segment)));
  return [...claims].flatMap(([url, claimants]): UrlConflict[] => {
    if (reserved.has(url)) return [{ url, claimants, reserved: true }];
    return claimants.length > 1 ? [{ url, claimants }] : [];
  });
}
