/** JSON Schemas generated from the zod schemas, for autocomplete and checks in VS Code. */
import { z } from "zod";
import { COLLECTIONS, COLLECTION_NAMES } from "../../src/lib/content-registry.ts";

/** Schemas of the registry's JSON collections (MDX front matter gets none: VS Code cannot apply one). */
export const jsonCollections: Record<string, z.ZodType> = Object.fromEntries(
  COLLECTION_NAMES.filter((name) => COLLECTIONS[name].ext === ".json").map((name) => [name, COLLECTIONS[name].schema as z.ZodType]),
);

/** Schema text per collection, stable (sorted keys as zod emits them) so it can be committed. */
export function generateJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(jsonCollections).map(([name, schema]) => [name, `${JSON.stringify(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), null, 2)}\n`]),
  ) as Record<string, string>;
}

export function vscodeSettings(): string {
  return `${JSON.stringify(
    {
      "json.schemas": Object.keys(jsonCollections).map((name) => ({ fileMatch: [`content/${COLLECTIONS[name as keyof typeof COLLECTIONS].folder}/*.json`], url: `./.vscode/schemas/${name}.schema.json` })),
      "files.encoding": "utf8",
      "files.eol": "\n",
    },
    null,
    2,
  )}\n`;
}
