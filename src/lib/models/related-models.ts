/** Related models for a profile: same kind or same district, never the model itself. */
import type { ModelData } from "../../schemas/model.ts";
import { compareVi } from "../browser/vietnamese-order.ts";

type RelatedModel = { id: string; data: Pick<ModelData, "name" | "kind" | "location"> };

const plain = new Intl.Collator();
const byName = (a: RelatedModel, b: RelatedModel) => compareVi(a.data.name, b.data.name) || plain.compare(a.id, b.id);

/**
 * Models sharing both kind and district first, then the same kind, then the same district; ties by
 * name (Vietnamese order) then id, so the list is the same on every build.
 */
export function relatedModels<M extends RelatedModel>(model: RelatedModel, all: readonly M[], limit = 6): M[] {
  return relatedModelsOfAll([model as M, ...all.filter((m) => m.id !== model.id)], limit).get(model.id) ?? [];
}

/**
 * Related models of every model at once (what the build needs): models are sorted by name once and
 * bucketed by kind and district, so each list costs about `limit` steps instead of a scan of all.
 */
export function relatedModelsOfAll<M extends RelatedModel>(all: readonly M[], limit = 6): Map<string, M[]> {
  const sorted = [...all].sort(byName);
  const buckets = new Map<string, M[]>();
  const add = (key: string, m: M) => (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(m);
  for (const m of sorted) {
    const district = m.data.location.district;
    add(`k\u0000${m.data.kind}`, m);
    if (district !== null) {
      add(`d\u0000${district}`, m);
      add(`kd\u0000${m.data.kind}\u0000${district}`, m);
    }
  }
  const result = new Map<string, M[]>();
  for (const model of all) {
    const { kind } = model.data;
    const district = model.data.location.district;
    const picked: M[] = [];
    const take = (key: string, skip: (other: M) => boolean) => {
      for (const other of buckets.get(key) ?? []) {
        if (picked.length >= limit) return;
        if (other.id !== model.id && !skip(other)) picked.push(other);
      }
    };
    if (district !== null) take(`kd\u0000${kind}\u0000${district}`, () => false);
    // Same kind in another (or no) district; then same district, another kind.
    take(`k\u0000${kind}`, (other) => district !== null && other.data.location.district === district);
    if (district !== null) take(`d\u0000${district}`, (other) => other.data.kind === kind);
    result.set(model.id, picked);
  }
  return result;
}
