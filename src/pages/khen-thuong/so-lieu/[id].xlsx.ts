import type { APIRoute, GetStaticPaths } from "astro";
import { loadCommendations, loadDocumentMap } from "../../../data/content.ts";
import { arrangeCommendations } from "../../../lib/commendation-rules.ts";
import { fileResponse } from "../../../lib/file-response.ts";
import { commendationPaths, paths } from "../../../lib/paths.ts";
import { siteTallyTable, tallyRows, viTallyLabels } from "../../../lib/tallies.ts";
import { tableWorkbook } from "../../../lib/workbook.ts";
import { site } from "../../../config/site.ts";

export const getStaticPaths = (async () => {
  const entries = await loadCommendations();
  const documents = await loadDocumentMap();
  const { awards } = arrangeCommendations(entries);
  return entries.flatMap(({ id, data }) => {
    if (data.kind !== "tally") return [];
    const table = siteTallyTable(data.title, tallyRows(data, awards, viTallyLabels), documents, site.baseUrl);
    const meta = { title: data.title, pageUrl: new URL(`${paths.commendations()}#${id}`, site.baseUrl).href, fileUrl: new URL(commendationPaths.tallyXlsx(id), site.baseUrl).href, updated: data.updated, publisher: site.publisher, licence: site.licence };
    return [{ params: { id }, props: { table, meta } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<Awaited<ReturnType<typeof getStaticPaths>>[number]["props"]> = async ({ props }) => fileResponse(await tableWorkbook(props.table, props.meta), "xlsx");
