import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendationContent, loadRecipientLists } from "../../../data/content.ts";
import { fileResponse } from "../../../lib/downloads/file-response.ts";
import { recipientCsv, siteListLabels } from "../../../lib/commendations/recipient-list-pages.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => {
  const [lists, { awards }] = await Promise.all([loadRecipientLists(), loadCommendationContent()]);
  return lists.map(({ id, rows }) => ({ params: { id }, props: { rows, awards } }));
}) satisfies GetStaticPaths;

// The text is made when the file is written, not for every list up front: a 50,000-row list's CSV is megabytes.
export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]["props"]> = ({ props }) =>
  fileResponse(recipientCsv(props.rows, props.awards, siteListLabels(), site.baseUrl), "csv");
