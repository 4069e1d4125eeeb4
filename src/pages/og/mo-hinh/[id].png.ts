import type { APIRoute, GetStaticPaths } from "astro";
import { loadModels } from "../../../data/content.ts";
import type { OgCardInput } from "../../../lib/share-cards/model-card-layout.ts";
import { shareCardPng } from "../../../lib/build/share-card-cache.ts";
import { ogCardInput } from "../../../lib/models/model-profile.ts";
import { modelRedirects, redirectsOf } from "../../../lib/models/model-redirects.ts";

export const getStaticPaths = (async () => {
  const models = await loadModels();
  const byId = new Map(models.map((m) => [m.id, m]));
  // A former id keeps its share image as a copy of the current one (same card, so a cache hit).
  const copies = redirectsOf(modelRedirects(models), "ogImage").map((r) => ({
    params: { id: r.alias },
    props: ogCardInput(byId.get(r.target)!.data),
  }));
  return [...models.map((m) => ({ params: { id: m.id }, props: ogCardInput(m.data) })), ...copies];
}) satisfies GetStaticPaths;

export const GET: APIRoute<OgCardInput> = async ({ props }) =>
  new Response(new Uint8Array(await shareCardPng(props)), { headers: { "Content-Type": "image/png" } });
