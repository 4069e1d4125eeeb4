/**
 * Post-build step: every download file of the site (src/lib/downloads/download-files.ts), the open
 * datasets, chart files and recipient lists, made from the content with the one content reader and
 * the site's own loaders (src/lib/data/site-data.ts). It reads only the content, so the build runs
 * it alongside Astro (PostBuildStep.contentOnly): at 1,000 profiles with 50,000 recipient rows these
 * files took about 2 s of Astro's page generation, on its one core, and far more on a first build.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { readParsedContent } from "../../src/lib/build/content-reader.ts";
import { siteData, type CollectionSource } from "../../src/lib/data/site-data.ts";
import { downloadFiles, type DownloadFile } from "../../src/lib/downloads/download-files.ts";
import type { PostBuildContext, PostBuildStep } from "./post-build-types.ts";
import { runStepInWorker } from "./step-worker.ts";

/** The download files of the content in `contentDir`, from the same loaders the pages use, memo on as in a build. */
export function contentDownloadFiles(contentDir: string): Promise<DownloadFile[]> {
  const content = readParsedContent(contentDir);
  // A fresh array of plain entries on each call, as Astro's getCollection gives: the loaders sort in place.
  const source = (async (name) => content[name].map(({ id, data }) => ({ id, data }))) as CollectionSource;
  return downloadFiles(siteData(source, { memo: true }));
}

/** Writes every download file of `contentDir` under `outDir`; returns how many (a file that cannot be made throws). */
export async function writeDownloadFiles(outDir: string, contentDir: string): Promise<number> {
  const files = await contentDownloadFiles(contentDir);
  const folders = new Set<string>();
  for (const file of files) {
    const target = join(outDir, file.path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, await file.make());
  }
  return files.length;
}

/** Writes every download file of the content into `outDir` (in the step's worker thread, see below). */
export async function writeDownloads({ outDir, contentDir, log }: PostBuildContext): Promise<boolean> {
  const count = await writeDownloadFiles(outDir, contentDir);
  log(`  ${count} tệp tải về (dữ liệu mở, số liệu biểu đồ, danh sách khen thưởng)`);
  return true;
}

// In a worker thread at a lower priority (scripts/lib/step-worker.ts): making a 50,000-row file
// holds its thread for seconds; on the build's own thread that stalled the reading of Astro's log.
export const downloadsStep: PostBuildStep = {
  name: "Ghi tệp tải về (CSV, JSON, Excel)",
  run: (context) => runStepInWorker(new URL(import.meta.url), "writeDownloads", context),
  contentOnly: true,
};
