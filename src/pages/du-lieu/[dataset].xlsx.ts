import type { APIRoute, GetStaticPaths } from "astro";
import { datasetDownloadTable, loadDatasets } from "../../data/content.ts";
import { datasetUpdated, type Dataset } from "../../lib/downloads/open-data.ts";
import { fileResponse } from "../../lib/downloads/file-response.ts";
import { paths } from "../../lib/site/public-urls.ts";
import { tableWorkbook } from "../../lib/build/xlsx-workbook.ts";
import { site } from "../../config/site.ts";

export const getStaticPaths = (async () => {
  const datasets = await loadDatasets();
  return datasets.map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = async ({ props }) => {
  const table = datasetDownloadTable(props.dataset);
  const meta = {
    title: table.title,
    pageUrl: new URL(`${paths.openData()}#bo-du-lieu-${props.dataset.id}`, site.baseUrl).href,
    fileUrl: new URL(paths.dataset(props.dataset.id, "xlsx"), site.baseUrl).href,
    updated: datasetUpdated(props.dataset),
    publisher: site.publisher,
    licence: site.licence,
  };
  return fileResponse(await tableWorkbook(table, meta), "xlsx");
};
