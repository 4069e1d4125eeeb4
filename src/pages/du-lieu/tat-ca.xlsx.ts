import type { APIRoute } from "astro";
import { datasetDownloadTable, loadDatasets } from "../../data/content.ts";
import { datasetUpdated } from "../../lib/downloads/open-data.ts";
import { latestDate } from "../../lib/downloads/download-table.ts";
import { fileResponse } from "../../lib/downloads/file-response.ts";
import { paths } from "../../lib/site/public-urls.ts";
import { sheetName, tablesWorkbook } from "../../lib/build/xlsx-workbook.ts";
import { site } from "../../config/site.ts";
import { t, vi, type MessageKey } from "../../i18n/vi.ts";

/** Every open dataset, one sheet each, in the order of the open data page (new datasets join by themselves). */
export const GET: APIRoute = async () => {
  const datasets = await loadDatasets();
  // A title too long for a sheet tab has a short name of its own ("data.sheet.<id>").
  const tab = (id: string, title: string) => (`data.sheet.${id}` in vi ? t(`data.sheet.${id}` as MessageKey) : t(title as MessageKey));
  const tables = datasets.map((dataset) => ({
    sheet: sheetName(tab(dataset.id, dataset.title)),
    table: datasetDownloadTable(dataset),
  }));
  const meta = {
    title: t("data.title"),
    pageUrl: new URL(paths.openData(), site.baseUrl).href,
    fileUrl: new URL(paths.allData(), site.baseUrl).href,
    updated: latestDate(datasets.map(datasetUpdated)),
    publisher: site.publisher,
    licence: site.licence,
  };
  return fileResponse(await tablesWorkbook(tables, meta), "xlsx");
};
