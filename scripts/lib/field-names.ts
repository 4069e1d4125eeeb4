/** Field names a zod schema allows at a place in the data, and the closest one to a misspelt name. */
import type { z } from "zod";
import { defOf } from "../../src/lib/content/schema-fields.ts";

const def = defOf;

/** Unwraps optional, nullable, default, pipes; picks the union option whose discriminator matches `data`. */
function unwrap(schema: z.ZodType, data: unknown): z.ZodType[] {
  const d = def(schema);
  if (d.innerType) return unwrap(d.innerType, data);
  if (d.type === "pipe" && d.in) return unwrap(d.in, data);
  if (d.type === "union" && d.options) {
    const key = d.discriminator;
    const value = key && data !== null && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined;
    const matching = d.options.filter((o) => {
      const shape = def(o).shape;
      const literal = key && shape?.[key] ? (def(shape[key]!) as unknown as { values?: unknown[] }).values : undefined;
      return value === undefined || !literal || literal.includes(value);
    });
    return matching.flatMap((o) => unwrap(o, data));
  }
  return [schema];
}

/** Every field name allowed in the object at `path` of `data`. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[], data: unknown): string[] {
  let current = unwrap(schema, data);
  let value: unknown = data;
  for (const key of path) {
    value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    current = current.flatMap((s) => {
      const d = def(s);
      const next = typeof key === "number" ? d.element : d.shape?.[String(key)];
      return next ? unwrap(next, value) : [];
    });
  }
  return [...new Set(current.flatMap((s) => Object.keys(def(s).shape ?? {})))];
}

/** Edit distance (insert, delete, substitute, swap two neighbours). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name closest to `name` (case ignored), if it is close enough to be a slip: at most a third of its letters differ. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    const d = distance(name.toLowerCase(), k.toLowerCase());
    if (!best || d < best.d) best = { name: k, d };
  }
  return best && best.d <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
