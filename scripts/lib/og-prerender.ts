/**
 * Draws the share cards into the card cache in a second process while Astro builds the pages, so
 * a first build uses both cores. It walks the cards from the last to the first while the build's
 * card step (scripts/lib/share-card-step.ts) walks from the first: they meet in the middle and each
 * card is drawn about once. Whatever this process has not drawn when the step reaches a card, the
 * step draws itself (same key, same bytes).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { layoutOgCard, type OgCardInput } from "../../src/lib/share-cards/model-card-layout.ts";
import { collectEvery, loadOgFonts, ogCardKey, ogRendererFingerprint, renderOgPng } from "../../src/lib/build/share-card-png.ts";
import { cachedPng } from "../../src/lib/build/share-card-cache.ts";

/** Draws every card missing from `cacheDir`, last first; returns how many it drew. */
export async function prerenderCards(
  cards: readonly OgCardInput[],
  siteName: string,
  cacheDir: string,
  root = process.cwd(),
): Promise<number> {
  // This process holds little besides the cards, so collecting often is cheap and keeps it small.
  collectEvery(64);
  const fonts = loadOgFonts(root);
  const fingerprint = ogRendererFingerprint(fonts, root);
  let drawn = 0;
  for (const card of [...cards].reverse()) {
    const layout = layoutOgCard(card);
    const key = ogCardKey(layout, siteName, fingerprint);
    if (existsSync(join(cacheDir, `${key}.png`))) continue;
    await cachedPng(cacheDir, key, () => renderOgPng(layout, siteName, fonts));
    drawn++;
  }
  return drawn;
}
