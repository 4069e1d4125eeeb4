/** Public URLs of model profiles, and the check that no two entries claim the same one. */

export interface UrlClaimant {
  id: string;
  file: string;
  aliases: readonly string[];
}

export interface UrlConflict {
  url: string;
  claimants: { file: string; asAlias: boolean }[];
}

import { paths } from "./paths.ts";

export const modelPath = paths.model;

/** Every URL claimed twice, by a slug or an alias (former slug) of another model. */
export function findUrlConflicts(models: readonly UrlClaimant[]): UrlConflict[] {
  const claims = new Map<string, { file: string; asAlias: boolean }[]>();
  const claim = (id: string, file: string, asAlias: boolean) => {
    const url = modelPath(id);
    claims.set(url, [...(claims.get(url) ?? []), { file, asAlias }]);
  };
  for (const model of models) {
    claim(model.id, model.file, false);
    for (const alias of new Set(model.aliases)) claim(alias, model.file, true);
  }
  return [...claims].filter(([, list]) => list.length > 1).map(([url, claimants]) => ({ url, claimants }));
}
