import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { commendationSchema, documentSchema, modelSchema, statisticGroupSchema, targetSchema } from "./schemas/index.ts";

// CONTENT_DIR lets tests and the benchmark build the same site from other content.
const base = process.env["CONTENT_DIR"] ?? "./content";

export const collections = {
  documents: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/documents` }), schema: documentSchema }),
  models: defineCollection({ loader: glob({ pattern: "*.mdx", base: `${base}/models` }), schema: modelSchema }),
  statistics: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/statistics` }), schema: statisticGroupSchema }),
  commendations: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/commendations` }), schema: commendationSchema }),
  targets: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/targets` }), schema: targetSchema }),
};
