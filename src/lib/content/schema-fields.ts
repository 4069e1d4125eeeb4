/**
 * What a zod content schema says about each field, in the terms a form needs: object, list,
 * choice, text, number, yes/no; optional, nullable, default. Read from zod 4's public `_zod.def`
 * so the editing screen's form (src/lib/content/cms-config.ts) and the save step that turns form values
 * back into file values (src/lib/content/entry-merge.ts) follow the same schemas as `npm run check`.
 */
import type { z } from "zod";

/** The part of zod 4's internal definition (`schema._zod.def`) the schema walkers read. */
export interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  entries?: Record<string, string>;
  values?: unknown[];
}

export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

export type FieldShape =
  | { kind: "object"; fields: Record<string, FieldInfo> }
  | { kind: "list"; element: FieldInfo }
  | { kind: "enum"; values: string[] }
  | { kind: "literal"; value: unknown }
  | { kind: "union"; discriminator?: string; options: FieldInfo[] }
  | { kind: "string" }
  | { kind: "number" }
  | { kind: "boolean" };

export type FieldInfo = FieldShape & {
  /** The field may be left out. */
  optional: boolean;
  /** The field may hold null. */
  nullable: boolean;
  /** Value zod fills in when the field is left out (schema `.default()`), if any. */
  defaultValue?: unknown;
  schema: z.ZodType;
};

/** The shape of `schema` with its wrappers (optional, nullable, default, pipe) noted and removed. */
export function fieldInfo(schema: z.ZodType): FieldInfo {
  let optional = false;
  let nullable = false;
  let defaultValue: unknown;
  let hasDefault = false;
  let current = schema;
  for (;;) {
    const d = defOf(current);
    if (d.type === "optional") optional = true;
    else if (d.type === "nullable") nullable = true;
    else if (d.type === "default" || d.type === "prefault") {
      optional = true;
      hasDefault = true;
    } else if (d.type === "pipe" && d.in) {
      current = d.in;
      continue;
    } else break;
    current = d.innerType!;
  }
  if (hasDefault) {
    const parsed = schema.safeParse(undefined);
    if (parsed.success) defaultValue = parsed.data;
  }
  const base = { optional, nullable, schema: current, ...(hasDefault ? { defaultValue } : {}) };
  const d = defOf(current);
  switch (d.type) {
    case "object":
      return { ...base, kind: "object", fields: Object.fromEntries(Object.entries(d.shape ?? {}).map(([k, v]) => [k, fieldInfo(v)])) };
    case "array":
      return { ...base, kind: "list", element: fieldInfo(d.element!) };
    case "enum":
      return { ...base, kind: "enum", values: Object.values(d.entries ?? {}) };
    case "literal":
      return { ...base, kind: "literal", value: d.values?.[0] };
    case "union":
      return { ...base, kind: "union", ...(d.discriminator ? { discriminator: d.discriminator } : {}), options: (d.options ?? []).map(fieldInfo) };
    case "number":
      return { ...base, kind: "number" };
    case "boolean":
      return { ...base, kind: "boolean" };
    case "string":
      return { ...base, kind: "string" };
    default:
      throw new Error(`schema-fields: zod type "${d.type}" is not handled; add it here so the editing screen can show it`);
  }
}

/** The option of a discriminated union that `data` belongs to (by its discriminator value), if any. */
export function unionOption(info: FieldInfo & { kind: "union" }, data: unknown): FieldInfo | undefined {
  const key = info.discriminator;
  if (!key || data === null || typeof data !== "object") return undefined;
  const value = (data as Record<string, unknown>)[key];
  return info.options.find((o) => o.kind === "object" && o.fields[key]?.kind === "literal" && o.fields[key].value === value);
}
