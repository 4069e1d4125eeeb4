/** `npm run check`: validates every content file without building; exit 1 lists every problem. */
import { resolve } from "node:path";
import { validateContent, type ValidEntry } from "./lib/validate.ts";
import { formatProblems, formatSummary } from "./lib/report.ts";
import { COLLECTIONS, COLLECTION_NAMES } from "../src/lib/content/registry.ts";

export interface Effects {
  log: (text: string) => void;
  error: (text: string) => void;
}

/** Runs the check on a content folder; returns the process exit code. */
export function runCheck(contentDir: string, effects: Effects): number {
  return checkContent(contentDir, effects) === null ? 1 : 0;
}

/** The check, returning the valid entries (null when there were problems, all of them reported). */
export function checkContent(contentDir: string, effects: Effects): ValidEntry[] | null {
  const result = validateContent(contentDir);
  if (result.problems.length > 0) {
    effects.error(formatProblems(result.problems));
    return null;
  }
  const counts = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [COLLECTIONS[name].label, result.entries.filter((e) => e.collection === name).length]),
  );
  effects.log(formatSummary(counts, result.fileCount));
  return result.entries;
}

if (import.meta.main) {
  const contentDir = resolve(process.env["CONTENT_DIR"] ?? "content");
  process.exitCode = runCheck(contentDir, { log: console.log, error: console.error });
}
