import type { APIRoute, GetStaticPaths } from "astro";
import { loadModels } from "../../../data/content.ts";
import { layoutOgCard } from "../../../lib/og-card.ts";
import { loadOgFonts, ogCardKey, ogRendererFingerprint, renderOgPng } from "../../../lib/og-image.ts";
import { cachedPng, ogCacheDir } from "../../../lib/og-cache.ts";
import { placeLabel } from "../../../lib/model-profile.ts";
import { site } from "../../../config/site.ts";
import { t } from "../../../i18n/vi.ts";

export const getStaticPaths = (async () => {
  const models = await loadModels();
  return models.map((m) => ({ params: { id: m.id }, props: { name: m.data.name, kind: t(`model.kind.${m.data.kind}`), place: placeLabel(m.data.location) } }));
}) satisfies GetStaticPaths;

// Read once per build, not once per image.
let renderer: { fonts: ReturnType<typeof loadOgFonts>; fingerprint: string; cacheDir: string } | undefined;

export const GET: APIRoute<{ name: string; kind: string; place: string | null }> = async ({ props }) => {
  if (!renderer) {
    const fonts = loadOgFonts();
    renderer = { fonts, fingerprint: ogRendererFingerprint(fonts), cacheDir: ogCacheDir() };
  }
  const { fonts, fingerprint, cacheDir } = renderer;
  const layout = layoutOgCard(props);
  const png = await cachedPng(cacheDir, ogCardKey(layout, site.shortName, fingerprint), () => renderOgPng(layout, site.shortName, fonts));
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
