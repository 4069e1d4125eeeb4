import type { APIRoute, GetStaticPaths } from "astro";
import { loadModels } from "../../../data/content.ts";
import { layoutOgCard, type OgCardInput } from "../../../lib/og-card.ts";
import { loadOgFonts, ogCardKey, ogRendererFingerprint, renderOgPng } from "../../../lib/og-image.ts";
import { cachedPng, ogCacheDir } from "../../../lib/og-cache.ts";
import { ogCardInput } from "../../../lib/model-profile.ts";
import { modelRedirects, redirectsOf } from "../../../lib/redirects.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => {
  const models = await loadModels();
  const byId = new Map(models.map((m) => [m.id, m]));
  // A former id keeps its share image as a copy of the current one (same card, so a cache hit).
  const copies = redirectsOf(modelRedirects(models), "ogImage").map((r) => ({ params: { id: r.alias }, props: ogCardInput(byId.get(r.target)!.data) }));
  return [...models.map((m) => ({ params: { id: m.id }, props: ogCardInput(m.data) })), ...copies];
}) satisfies GetStaticPaths;

// Read once per build, not once per image.
let renderer: { fonts: ReturnType<typeof loadOgFonts>; fingerprint: string; cacheDir: string } | undefined;

// The build may have started drawing these cards in a second process (scripts/lib/og-prerender.ts); whichever comes first stores the card.
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
