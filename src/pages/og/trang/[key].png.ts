import type { APIRoute, GetStaticPaths } from "astro";
import { loadPageCards } from "../../../data/content.ts";
import type { OgCardInput } from "../../../lib/share-cards/model-card-layout.ts";
import { shareCardPng } from "../../../lib/build/share-card-cache.ts";
import { pageCardKey } from "../../../lib/share-cards/page-cards.ts";

// One card per page kind and page (src/lib/share-cards/page-cards.ts), drawn and cached exactly like a profile's card.
export const getStaticPaths = (async () =>
  (await loadPageCards()).map((card) => ({ params: { key: pageCardKey(card.path) }, props: card.input }))) satisfies GetStaticPaths;

export const GET: APIRoute<OgCardInput> = async ({ props }) =>
  new Response(new Uint8Array(await shareCardPng(props)), { headers: { "Content-Type": "image/png" } });
