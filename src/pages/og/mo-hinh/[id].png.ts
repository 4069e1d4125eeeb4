import type { APIRoute, GetStaticPaths } from "astro";
import { loadModels } from "../../../data/content.ts";
import { layoutOgCard } from "../../../lib/og-card.ts";
import { loadOgFonts, renderOgPng } from "../../../lib/og-image.ts";
import { placeLabel } from "../../../lib/model-profile.ts";
import { site } from "../../../config/site.ts";
import { t } from "../../../i18n/vi.ts";

export const getStaticPaths = (async () => {
  const models = await loadModels();
  return models.map((m) => ({ params: { id: m.id }, props: { name: m.data.name, kind: t(`model.kind.${m.data.kind}`), place: placeLabel(m.data.location) } }));
}) satisfies GetStaticPaths;

// Read once per build, not once per image.
let fonts: ReturnType<typeof loadOgFonts> | undefined;

export const GET: APIRoute<{ name: string; kind: string; place: string | null }> = async ({ props }) => {
  fonts ??= loadOgFonts();
  const png = await renderOgPng(layoutOgCard(props), site.shortName, fonts);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
