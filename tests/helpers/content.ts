/** Reads a content folder's statistics and targets the way the site does (BOM stripped, NFC, schema defaults). */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { normaliseText } from "../../scripts/lib/content-files.ts";
import { documentSchema, statisticGroupSchema, targetSchema, type DocumentData, type StatisticGroup, type TargetData } from "../../src/schemas/index.ts";
import { assessmentFileSchema, eventFileSchema, responsibilityFileSchema, type AssessmentFile, type EventFile, type ResponsibilityFile } from "../../src/schemas/index.ts";

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

/** The issue-17 collections of a content folder, parsed with their schemas, files in name order. */
export function readPlan(contentDir = CONTENT_DIR): { assessments: { id: string; data: AssessmentFile }[]; responsibilities: { id: string; data: ResponsibilityFile }[]; events: { id: string; data: EventFile }[] } {
  return {
    assessments: readJson(join(contentDir, "assessments")).map(({ id, raw }) => ({ id, data: assessmentFileSchema.parse(raw) })),
    responsibilities: readJson(join(contentDir, "responsibilities")).map(({ id, raw }) => ({ id, data: responsibilityFileSchema.parse(raw) })),
    events: readJson(join(contentDir, "events")).map(({ id, raw }) => ({ id, data: eventFileSchema.parse(raw) })),
  };
}
