import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendationContent, loadRecipientLists } from "../../../data/content.ts";
import { recipientJson } from "../../../lib/commendations/recipient-list-pages.ts";
import { fileResponse } from "../../../lib/downloads/file-response.ts";
import { downloadJson } from "../../../lib/downloads/json.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => {
  const [lists, { awards }] = await Promise.all([loadRecipientLists(), loadCommendationContent()]);
  return lists.map(({ id, data, rows }) => ({ params: { id }, props: { id, data, rows, awards } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]["props"]> = ({ props: { id, data, rows, awards } }) =>
  fileResponse(downloadJson(recipientJson(id, data, rows, awards, site.licence)), "json");
