import type { APIRoute, GetStaticPaths } from "astro";
import { loadPageCards } from "../../../data/content.ts";
import { layoutOgCard, type OgCardInput } from "../../../lib/og-card.ts";
import { loadOgFonts, ogCardKey, ogRendererFingerprint, renderOgPng } from "../../../lib/og-image.ts";
import { cachedPng, ogCacheDir } from "../../../lib/og-cache.ts";
import { pageCardKey } from "../../../lib/page-cards.ts";
import { site } from "../../../config/site.ts";

// One card per page kind and page (src/lib/page-cards.ts), drawn and cached exactly like a profile's card.
export const getStaticPaths = (async () => (await loadPageCards()).map((card) => ({ params: { key: pageCardKey(card.path) }, props: card.input }))) satisfies GetStaticPaths;

let renderer: { fonts: ReturnType<typeof loadOgFonts>; fingerprint: string; cacheDir: string } | undefined;

export const GET: APIRoute<OgCardInput> = async ({ props }) => {
  if (!renderer) {
    const fonts = loadOgFonts();
    renderer = { fonts, fingerprint: ogRendererFingerprint(fonts), cacheDir: ogCacheDir() };
  }
  const { fonts, fingerprint, cacheDir } = renderer;
  const layout = layoutOgCard(props);
  const png = await cachedPng(cacheDir, ogCardKey(layout, site.shortName, fingerprint), () => renderOgPng(layout, site.shortName, fonts));
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
