/**
 * Post-build step: writes the Pagefind index to <outDir>/pagefind from the content files, read
 * with the one content reader and the registry's schemas, so it needs no Astro runtime and covers
 * every page type.
 */
import { join } from "node:path";
import * as pagefind from "pagefind";
import { buildSearchRecords, renderSearchHtml, type SearchContent } from "../../src/lib/search/search-records.ts";
import { readParsedContent } from "../../src/lib/build/content-reader.ts";
import { assessmentRows, byDocumentDate, eventRows, responsibilityRows } from "../../src/lib/plan/plan-items.ts";
import type { PostBuildContext, PostBuildStep } from "./post-build.ts";
import { runStepInWorker } from "./step-worker.ts";

/**
 * Reads the (already validated) content into the shape the search records are built from; the
 * issue-17 collections as the rows their pages show, in the site's reading order.
 */
export function readSearchContent(contentDir: string): SearchContent {
  const content = readParsedContent(contentDir, [
    "documents",
    "models",
    "statistics",
    "commendations",
    "targets",
    "assessments",
    "responsibilities",
    "events",
  ]);
  const dates = new Map(content.documents.map((d) => [d.id, d.data]));
  const ordered = <T extends { id: string; data: { document: string } }>(list: T[]) => byDocumentDate(list, dates);
  return {
    ...content,
    models: content.models.map((e) => ({ ...e, body: e.body ?? "" })),
    assessments: assessmentRows(ordered(content.assessments)),
    responsibilities: responsibilityRows(ordered(content.responsibilities)),
    events: eventRows(ordered(content.events)),
  };
}

const INDEX_BATCH = 100;

/** Indexes the content and writes the Pagefind bundle; returns false (with the reasons logged) on failure. */
export async function writeSearchIndex({ outDir, contentDir, log, error }: PostBuildContext): Promise<boolean> {
  const records = buildSearchRecords(readSearchContent(contentDir));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "vi" });
  try {
    if (!index) {
      error(`Không tạo được chỉ mục tìm kiếm: ${errors.join("; ")}`);
      return false;
    }
    // Requests go to Pagefind's process in batches, so it is not idle between them (10,000
    // profiles: 18 s → 16 s); the index it writes is the same, byte for byte.
    for (let start = 0; start < records.length; start += INDEX_BATCH) {
      const batch = records.slice(start, start + INDEX_BATCH);
      const results = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: renderSearchHtml(record) })));
      const failed = results.findIndex((added) => added.errors.length > 0);
      if (failed !== -1) {
        error(`Không đưa được ${batch[failed]!.url} vào chỉ mục tìm kiếm: ${results[failed]!.errors.join("; ")}`);
        return false;
      }
    }
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length > 0) {
      error(`Không ghi được chỉ mục tìm kiếm: ${written.errors.join("; ")}`);
      return false;
    }
    log(`  chỉ mục tìm kiếm: ${records.length} trang`);
    return true;
  } finally {
    await pagefind.close();
  }
}

// Built from the content, not from dist/: Pagefind's own process indexes while Astro renders, at a
// lower priority (started from the step's worker thread, scripts/lib/step-worker.ts).
export const searchIndexStep: PostBuildStep = {
  name: "Tạo chỉ mục tìm kiếm (Pagefind)",
  run: (context) => runStepInWorker(new URL(import.meta.url), "writeSearchIndex", context),
  contentOnly: true,
};
