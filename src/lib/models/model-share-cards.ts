/**
 * The share-card files of the models: each model's own card at /og/mo-hinh/<id>.png, and a
 * byte-identical copy at each former id's address (MODEL_ADDRESSES.ogImage keeps them as copies).
 * One list for the preview's card route and for the build step that writes the files.
 */
import type { ModelData } from "../../schemas/model.ts";
import type { OgCardInput } from "../share-cards/model-card-layout.ts";
import { ogCardInput } from "./model-profile.ts";
import { modelRedirects, redirectsOf } from "./model-redirects.ts";
import { paths } from "../site/public-urls.ts";

export interface ModelCardFile {
  /** The id in the address: the model's own, or a former one (alias). */
  id: string;
  /** Site path of the PNG, e.g. "/og/mo-hinh/<id>.png". */
  path: string;
  /** What the card shows (the current model's, for an alias too). */
  input: OgCardInput;
}

/** Every model's card and a copy for each alias, models in the order given, then the aliases by address. */
export function modelCardFiles(models: readonly { id: string; data: ModelData }[]): ModelCardFile[] {
  const byId = new Map(models.map((m) => [m.id, m]));
  const own = models.map((m) => ({ id: m.id, path: paths.modelOgImage(m.id), input: ogCardInput(m.data) }));
  const copies = redirectsOf(modelRedirects(models), "ogImage").map((r) => ({
    id: r.alias,
    path: r.from,
    input: ogCardInput(byId.get(r.target)!.data),
  }));
  return [...own, ...copies];
}
