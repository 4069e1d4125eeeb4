/** JSON Schemas generated from the zod schemas, for autocomplete and checks in VS Code. */
import { z } from "zod";
import { COLLECTIONS, COLLECTION_NAMES } from "../../src/lib/content/registry.ts";
import { fieldHelp } from "../../src/schemas/labels.ts";

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  description?: string;
};

/**
 * Gives every property the Vietnamese description the editing screen shows under the field
 * (FIELD_HELP in src/schemas/labels.ts), so VS Code and the screen say the same words.
 * `scope` is the collection at the top, then the name of the field holding the object.
 */
function describe(node: JsonSchema, scope: string): void {
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    const help = fieldHelp(scope, name);
    if (help) property.description = help;
    describe(property, name);
  }
  if (node.items) describe(node.items, scope);
  for (const option of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) describe(option, scope);
}

function jsonSchema(name: string, schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  describe(json, name);
  return json;
}

/** Schemas of the registry's JSON collections (MDX front matter gets none: VS Code cannot apply one). */
export const jsonCollections: Record<string, z.ZodType> = Object.fromEntries(
  COLLECTION_NAMES.filter((name) => COLLECTIONS[name].ext === ".json").map((name) => [name, COLLECTIONS[name].schema as z.ZodType]),
);

/** Schema text per collection, stable (sorted keys as zod emits them) so it can be committed. */
export function generateJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(jsonCollections).map(([name, schema]) => [name, `${JSON.stringify(jsonSchema(name, schema), null, 2)}\n`]),
  ) as Record<string, string>;
}

export function vscodeSettings(): string {
  return `${JSON.stringify(
    {
      "json.schemas": Object.keys(jsonCollections).map((name) => ({
        fileMatch: [`content/${COLLECTIONS[name as keyof typeof COLLECTIONS].folder}/*.json`],
        url: `./.vscode/schemas/${name}.schema.json`,
      })),
      "files.encoding": "utf8",
      "files.eol": "\n",
    },
    null,
    2,
  )}\n`;
}
