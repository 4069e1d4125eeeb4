/** Reads a content folder's statistics and targets the way the site does (BOM stripped, NFC, schema defaults). */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { normaliseText } from "../../scripts/lib/content-files.ts";
import { documentSchema, statisticGroupSchema, targetSchema, type DocumentData, type StatisticGroup, type TargetData } from "../../src/schemas/index.ts";

function readJson(dir: string): { id: string; raw: unknown }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ id: basename(f, ".json"), raw: JSON.parse(normaliseText(readFileSync(join(dir, f), "utf8"))) }));
}

export const CONTENT_DIR = process.env["CONTENT_DIR"] ?? "content";

export function readStatistics(contentDir = CONTENT_DIR): { id: string; data: StatisticGroup }[] {
  return readJson(join(contentDir, "statistics")).map(({ id, raw }) => ({ id, data: statisticGroupSchema.parse(raw) }));
}

export function readTargets(contentDir = CONTENT_DIR): { id: string; data: TargetData }[] {
  return readJson(join(contentDir, "targets")).map(({ id, raw }) => ({ id, data: targetSchema.parse(raw) }));
}

export function readDocuments(contentDir = CONTENT_DIR): Map<string, DocumentData> {
  return new Map(readJson(join(contentDir, "documents")).map(({ id, raw }) => [id, documentSchema.parse(raw)]));
}
