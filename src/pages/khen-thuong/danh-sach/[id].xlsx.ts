import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendations, loadDocumentMap, loadModels } from "../../../data/content.ts";
import { arrangeCommendations } from "../../../lib/commendations/commendation-sections.ts";
import { fileResponse } from "../../../lib/downloads/file-response.ts";
import { modelMatcher } from "../../../lib/commendations/recipient-model-match.ts";
import { paths } from "../../../lib/site/public-urls.ts";
import { recipientRows, recipientTable, siteListLabels } from "../../../lib/commendations/recipient-list-pages.ts";
import { tableWorkbook } from "../../../lib/build/xlsx-workbook.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => {
  const entries = await loadCommendations();
  const models = await loadModels();
  const documents = await loadDocumentMap();
  const matcher = modelMatcher(models.map((m) => ({ id: m.id, hosts: m.data.hosts })));
  const { awards, lists } = arrangeCommendations(entries);
  return lists.map(({ id, data }) => ({
    params: { id },
    props: {
      id,
      data,
      table: recipientTable(
        data,
        recipientRows(data, matcher),
        awards,
        siteListLabels(),
        site.baseUrl,
        (doc) => documents.get(doc)?.shortTitle ?? doc,
      ),
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
