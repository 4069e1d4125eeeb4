import type { APIRoute, GetStaticPaths } from "astro";
import { loadModels } from "../../../data/content.ts";
import type { OgCardInput } from "../../../lib/share-cards/model-card-layout.ts";
import { shareCardPng } from "../../../lib/build/share-card-cache.ts";
import { modelCardFiles } from "../../../lib/models/model-share-cards.ts";

// The live preview draws a card when it is asked for. A build writes the same files outside Astro
// (scripts/lib/share-card-step.ts), copying cached cards while Astro renders the pages: through this
// route each cached card cost about 2.4 ms of page generation, 24 s at 10,000 profiles.
export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? modelCardFiles(await loadModels()).map((file) => ({ params: { id: file.id }, props: file.input }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<OgCardInput> = async ({ props }) =>
  new Response(new Uint8Array(await shareCardPng(props)), { headers: { "Content-Type": "image/png" } });
