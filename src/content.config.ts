import { defineCollection } from "astro:content";
import { COLLECTIONS, type CollectionName } from "./lib/content/registry.ts";
import { contentLoader } from "./lib/build/astro-content-loader.ts";

// Every collection of the registry, read from content/ (CONTENT_DIR for tests and the benchmark)
// by the same reader as `npm run check`. Written out one by one so Astro types each collection.
export const collections = {
  documents: defineCollection({ loader: contentLoader("documents"), schema: COLLECTIONS.documents.schema }),
  models: defineCollection({ loader: contentLoader("models"), schema: COLLECTIONS.models.schema }),
  statistics: defineCollection({ loader: contentLoader("statistics"), schema: COLLECTIONS.statistics.schema }),
  commendations: defineCollection({ loader: contentLoader("commendations"), schema: COLLECTIONS.commendations.schema }),
  targets: defineCollection({ loader: contentLoader("targets"), schema: COLLECTIONS.targets.schema }),
  assessments: defineCollection({ loader: contentLoader("assessments"), schema: COLLECTIONS.assessments.schema }),
  responsibilities: defineCollection({ loader: contentLoader("responsibilities"), schema: COLLECTIONS.responsibilities.schema }),
  events: defineCollection({ loader: contentLoader("events"), schema: COLLECTIONS.events.schema }),
} satisfies Record<CollectionName, unknown>;
