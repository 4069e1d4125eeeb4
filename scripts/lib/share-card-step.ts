/**
 * Post-build step: the models' share cards (src/lib/models/model-share-cards.ts) written from the
 * card cache, drawing any card not cached yet. It reads only the content, so the build runs it
 * alongside Astro (PostBuildStep.contentOnly); on a first build the card process
 * (scripts/prerender-og.ts) draws from the last card while this step draws from the first.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { readParsedContent } from "../../src/lib/build/content-reader.ts";
import { modelCardFiles } from "../../src/lib/models/model-share-cards.ts";
import { layoutOgCard } from "../../src/lib/share-cards/model-card-layout.ts";
import { loadOgFonts, ogCardKey, ogRendererFingerprint, renderOgPng } from "../../src/lib/build/share-card-png.ts";
import { cachedPng, ogCacheDir } from "../../src/lib/build/share-card-cache.ts";
import { placeCachedFile } from "../../src/lib/build/build-cache.ts";
import { site } from "../../src/config/site.ts";
import type { PostBuildContext, PostBuildStep } from "./post-build-types.ts";
import { runStepInWorker } from "./step-worker.ts";

/** Writes every model card under `outDir`; returns true (a card that cannot be drawn throws). */
export async function writeModelCards({ outDir, contentDir, log }: PostBuildContext): Promise<boolean> {
  const files = modelCardFiles(readParsedContent(contentDir, ["models"]).models);
  const fonts = loadOgFonts();
  const fingerprint = ogRendererFingerprint(fonts);
  const cacheDir = ogCacheDir();
  const folders = new Set<string>();
  let drawn = 0;
  for (const file of files) {
    const layout = layoutOgCard(file.input);
    const key = ogCardKey(layout, site.shortName, fingerprint);
    const cached = join(cacheDir, `${key}.png`);
    if (!existsSync(cached)) {
      await cachedPng(cacheDir, key, () => renderOgPng(layout, site.shortName, fonts));
      drawn++;
    }
    const target = join(outDir, file.path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    placeCachedFile(cached, target);
  }
  log(`  ${files.length} ảnh chia sẻ của mô hình (${drawn} ảnh vẽ mới, còn lại lấy từ bộ nhớ đệm)`);
  return true;
}

// In a worker thread at a lower priority (scripts/lib/step-worker.ts), like the other steps that run
// while Astro renders: on a first build, drawn at the usual priority, the cards kept the search
// index waiting 37 s after Astro at 10,000 profiles.
export const modelCardsStep: PostBuildStep = {
  name: "Ghi ảnh chia sẻ của mô hình",
  run: (context) => runStepInWorker(new URL(import.meta.url), "writeModelCards", context),
  contentOnly: true,
};
