/** Related models for a profile: same kind or same district, never the model itself. */
import type { ModelData } from "../schemas/model.ts";

type RelatedModel = { id: string; data: Pick<ModelData, "name" | "kind" | "location"> };

/**
 * Models sharing both kind and district first, then the same kind, then the same district; ties by
 * name (Vietnamese order) then id, so the list is the same on every build.
 */
export function relatedModels<M extends RelatedModel>(model: RelatedModel, all: readonly M[], limit = 6): M[] {
  const district = model.data.location.district;
  const score = (other: RelatedModel) =>
    (other.data.kind === model.data.kind ? 2 : 0) + (district !== null && other.data.location.district === district ? 1 : 0);
  return all
    .filter((other) => other.id !== model.id && score(other) > 0)
    .sort((a, b) => score(b) - score(a) || a.data.name.localeCompare(b.data.name, "vi") || a.id.localeCompare(b.id))
    .slice(0, limit);
}
