/**
 * The one list of content collections: folder under content/, file extension, schema, the
 * Vietnamese name editors read, the words `npm run new` accepts, and the starter it writes.
 * Astro's collections, the checker, the JSON Schemas, `npm run new`, the search index, redirects,
 * share cards, open data and the tests all take the list from here.
 */
import type { z } from "zod";
import {
  assessmentFileSchema,
  commendationSchema,
  documentSchema,
  eventFileSchema,
  modelSchema,
  responsibilityFileSchema,
  statisticGroupSchema,
  targetSchema,
} from "../../schemas/index.ts";

export interface CollectionSpec {
  /** Folder under the content folder, e.g. "models" for content/models/. */
  folder: string;
  /** Extension of every entry file, with the dot. */
  ext: ".json" | ".mdx";
  /** The zod schema of an entry's data (JSON file or MDX front matter). */
  schema: z.ZodType;
  /** Vietnamese name of one entry, e.g. "mô hình". */
  label: string;
  /** Words accepted by `npm run new -- <word>`: the English kind first, then the Vietnamese one. */
  kindWords: readonly string[];
}

// Order matters: it is the order files are read and counted in, and documents come first
// because every other entry cites one.
export const COLLECTIONS = {
  documents: { folder: "documents", ext: ".json", schema: documentSchema, label: "văn bản", kindWords: ["document", "van-ban"] },
  models: { folder: "models", ext: ".mdx", schema: modelSchema, label: "mô hình", kindWords: ["model", "mo-hinh"] },
  statistics: { folder: "statistics", ext: ".json", schema: statisticGroupSchema, label: "nhóm số liệu", kindWords: ["statistic", "so-lieu"] },
  commendations: { folder: "commendations", ext: ".json", schema: commendationSchema, label: "mục khen thưởng", kindWords: ["commendation", "khen-thuong"] },
  targets: { folder: "targets", ext: ".json", schema: targetSchema, label: "mục tiêu", kindWords: ["target", "muc-tieu"] },
  // What the documents conclude, assign and date: one file per document, named after it.
  assessments: { folder: "assessments", ext: ".json", schema: assessmentFileSchema, label: "tệp đánh giá", kindWords: ["assessment", "danh-gia"] },
  responsibilities: { folder: "responsibilities", ext: ".json", schema: responsibilityFileSchema, label: "tệp trách nhiệm", kindWords: ["responsibility", "trach-nhiem"] },
  events: { folder: "events", ext: ".json", schema: eventFileSchema, label: "tệp mốc thời gian", kindWords: ["event", "moc-thoi-gian"] },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Collection names in reading order. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** The collection `npm run new -- <word>` means, e.g. "mo-hinh" → "models"; undefined if none. */
export function collectionOfKindWord(word: string): CollectionName | undefined {
  const lower = word.toLowerCase();
  return COLLECTION_NAMES.find((name) => (COLLECTIONS[name].kindWords as readonly string[]).includes(lower));
}

/** The collection a path like "content/models/x.mdx" belongs to (by its folder), if any. */
export function collectionOfPath(path: string): CollectionName | undefined {
  const parts = path.split(/[\\/]/);
  const folder = parts.at(-2);
  return COLLECTION_NAMES.find((name) => COLLECTIONS[name].folder === folder);
}
