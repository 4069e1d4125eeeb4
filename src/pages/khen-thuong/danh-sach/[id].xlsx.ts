import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendationContent, loadDocumentMap, loadRecipientLists } from "../../../data/content.ts";
import { fileResponse } from "../../../lib/downloads/file-response.ts";
import { paths } from "../../../lib/site/public-urls.ts";
import { recipientTable, siteListLabels } from "../../../lib/commendations/recipient-list-pages.ts";
import { tableWorkbook } from "../../../lib/build/xlsx-workbook.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => {
  const [lists, { awards }, documents] = await Promise.all([loadRecipientLists(), loadCommendationContent(), loadDocumentMap()]);
  return lists.map(({ id, data, rows }) => ({
    params: { id },
    props: {
      id,
      data,
      table: recipientTable(data, rows, awards, siteListLabels(), site.baseUrl, (doc) => documents.get(doc)?.shortTitle ?? doc),
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]["props"]> = async ({ props: { id, data, table } }) => {
  const meta = {
    title: data.title,
    pageUrl: new URL(paths.recipientList(id), site.baseUrl).href,
    fileUrl: new URL(paths.recipientListFile(id, "xlsx"), site.baseUrl).href,
    updated: data.updated,
    publisher: site.publisher,
    licence: site.licence,
  };
  return fileResponse(await tableWorkbook(table, meta), "xlsx");
};
