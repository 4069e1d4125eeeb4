import type { APIRoute, GetStaticPaths } from "astro";
import { loadPageCards } from "../../../data/content.ts";
import type { OgCardInput } from "../../../lib/og-card.ts";
import { shareCardPng } from "../../../lib/og-cache.ts";
import { pageCardKey } from "../../../lib/page-cards.ts";

// One card per page kind and page (src/lib/page-cards.ts), drawn and cached exactly like a profile's card.
export const getStaticPaths = (async () => (await loadPageCards()).map((card) => ({ params: { key: pageCardKey(card.path) }, props: card.input }))) satisfies GetStaticPaths;

export const GET: APIRoute<OgCardInput> = async ({ props }) => new Response(new Uint8Array(await shareCardPng(props)), { headers: { "Content-Type": "image/png" } });
