/** JSON Schemas generated from the zod schemas, for autocomplete and checks in VS Code. */
import { z } from "zod";
import { assessmentFileSchema, commendationSchema, documentSchema, eventFileSchema, responsibilityFileSchema, statisticGroupSchema, targetSchema } from "../../src/schemas/index.ts";

export const jsonCollections = {
  documents: documentSchema,
  statistics: statisticGroupSchema,
  commendations: commendationSchema,
  targets: targetSchema,
  assessments: assessmentFileSchema,
  responsibilities: responsibilityFileSchema,
  events: eventFileSchema,
} as const;

/** Schema text per collection, stable (sorted keys as zod emits them) so it can be committed. */
export function generateJsonSchemas(): Record<keyof typeof jsonCollections, string> {
  return Object.fromEntries(
    Object.entries(jsonCollections).map(([name, schema]) => [name, `${JSON.stringify(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }), null, 2)}\n`]),
  ) as Record<keyof typeof jsonCollections, string>;
}

export function vscodeSettings(): string {
  return `${JSON.stringify(
    {
      "json.schemas": Object.keys(jsonCollections).map((name) => ({ fileMatch: [`content/${name}/*.json`], url: `./.vscode/schemas/${name}.schema.json` })),
      "files.encoding": "utf8",
      "files.eol": "\n",
    },
    null,
    2,
  )}\n`;
}
