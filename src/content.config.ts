import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { commendationSchema, documentSchema, modelSchema, statisticGroupSchema, targetSchema } from "./schemas/index.ts";
import { assessmentFileSchema, eventFileSchema, responsibilityFileSchema } from "./schemas/index.ts";

// CONTENT_DIR lets tests and the benchmark build the same site from other content.
const base = process.env["CONTENT_DIR"] ?? "./content";

export const collections = {
  documents: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/documents` }), schema: documentSchema }),
  models: defineCollection({ loader: glob({ pattern: "*.mdx", base: `${base}/models` }), schema: modelSchema }),
  statistics: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/statistics` }), schema: statisticGroupSchema }),
  commendations: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/commendations` }), schema: commendationSchema }),
  targets: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/targets` }), schema: targetSchema }),
  // Issue 17: one file per document, its items in the document's order.
  assessments: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/assessments` }), schema: assessmentFileSchema }),
  responsibilities: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/responsibilities` }), schema: responsibilityFileSchema }),
  events: defineCollection({ loader: glob({ pattern: "*.json", base: `${base}/events` }), schema: eventFileSchema }),
};
