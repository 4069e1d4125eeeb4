/**
 * Share cards kept between builds (src/lib/build/build-cache.ts). A card takes about 40 ms to render,
 * which at 10,000 profiles was most of the build; its key (ogCardKey) covers everything that shapes
 * the PNG, so a cached card is byte-identical to a fresh one.
 */
import { buildCacheDir, cachedFile } from "./build-cache.ts";
import { site } from "../../config/site.ts";
import { layoutOgCard, type OgCardInput } from "../share-cards/model-card-layout.ts";
import { loadOgFonts, ogCardKey, ogRendererFingerprint, renderOgPng } from "./share-card-png.ts";

/** The cache folder: OG_CACHE_DIR when set (the benchmark measures cold builds with it), else under node_modules/.cache. */
export function ogCacheDir(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): string {
  return buildCacheDir("OG_CACHE_DIR", "antq-og-cards", env, root);
}

/** The cached PNG of `key`, or a fresh render stored under it. */
export function cachedPng(dir: string, key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
  return cachedFile(dir, `${key}.png`, render);
}

// Fonts and the renderer fingerprint are read once per build, not once per image.
let renderer: { fonts: ReturnType<typeof loadOgFonts>; fingerprint: string; cacheDir: string } | undefined;

/**
 * A share card's 1200×630 PNG for the og routes: from the cache when an identical card was drawn
 * before (possibly by the second process, scripts/lib/og-prerender.ts), else drawn and stored.
 */
export async function shareCardPng(input: OgCardInput): Promise<Uint8Array> {
  if (!renderer) {
    const fonts = loadOgFonts();
    renderer = { fonts, fingerprint: ogRendererFingerprint(fonts), cacheDir: ogCacheDir() };
  }
  const { fonts, fingerprint, cacheDir } = renderer;
  const layout = layoutOgCard(input);
  return cachedPng(cacheDir, ogCardKey(layout, site.shortName, fingerprint), () => renderOgPng(layout, site.shortName, fonts));
}
