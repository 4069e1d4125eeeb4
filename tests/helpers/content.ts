/** Reads a content folder's statistics, targets and documents the way the site does: the one reader, schema defaults applied. */
import { readParsedContent } from "../../src/lib/build/content-reader.ts";
import type { DocumentData, StatisticGroup, TargetData } from "../../src/schemas/index.ts";
import type { AssessmentFile, EventFile, ResponsibilityFile } from "../../src/schemas/index.ts";

export const CONTENT_DIR = process.env["CONTENT_DIR"] ?? "content";

export function readStatistics(contentDir = CONTENT_DIR): { id: string; data: StatisticGroup }[] {
  return readParsedContent(contentDir, ["statistics"]).statistics;
}

export function readTargets(contentDir = CONTENT_DIR): { id: string; data: TargetData }[] {
  return readParsedContent(contentDir, ["targets"]).targets;
}

export function readDocuments(contentDir = CONTENT_DIR): Map<string, DocumentData> {
  return new Map(readParsedContent(contentDir, ["documents"]).documents.map(({ id, data }) => [id, data]));
}

/** The issue-17 collections of a content folder, parsed with their schemas, files in name order. */
export function readPlan(contentDir = CONTENT_DIR): {
  assessments: { id: string; data: AssessmentFile }[];
  responsibilities: { id: string; data: ResponsibilityFile }[];
  events: { id: string; data: EventFile }[];
} {
  return readParsedContent(contentDir, ["assessments", "responsibilities", "events"]);
}
