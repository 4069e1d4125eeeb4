/**
 * Every download file of the site, in one list: the open datasets and the all-data workbook
 * (/du-lieu/), every chart's files (/so-lieu/tai-ve/, and the tallies' former /khen-thuong/so-lieu/
 * copies) and every recipient list's files (/khen-thuong/danh-sach/<id>.csv|json|xlsx).
 *
 * A build writes them in a content-only post-build step (scripts/lib/download-step.ts) while Astro
 * renders the pages; the live preview serves them through the download routes of src/pages, which
 * take their files from this same list (DOWNLOAD_ROUTES), so both give the same bytes.
 */
import type { SiteData } from "../data/site-data.ts";
import { paths } from "../site/public-urls.ts";
import { site } from "../../config/site.ts";
import { t, vi, type MessageKey } from "../../i18n/vi.ts";
import { datasetUpdated } from "./open-data.ts";
import { latestDate } from "./download-table.ts";
import { downloadJson } from "./json.ts";
import { sheetName, tableWorkbook, tablesWorkbook } from "../build/xlsx-workbook.ts";
import { recipientCsv, recipientJson, recipientTable, siteListLabels } from "../commendations/recipient-list-pages.ts";

export type DownloadKind = "csv" | "json" | "xlsx";

// A type, not an interface: Astro's route props need an index signature.
export type DownloadFile = {
  /** Site path, e.g. "/du-lieu/khen-thuong.csv" (from paths.* of src/lib/site/public-urls.ts). */
  path: string;
  kind: DownloadKind;
  /** The file's bytes (text is written as UTF-8); made when called, so a list of files holds no file. */
  make: () => Promise<string | Uint8Array>;
};

/**
 * Every download file, datasets first, then charts, then recipient lists. Throws if two files claim
 * one path ("tat-ca" is never a dataset id, but a new dataset must not take it).
 */
export async function downloadFiles(data: SiteData): Promise<DownloadFile[]> {
  const [datasets, charts, { awards, lists }, documents] = await Promise.all([
    data.loadDatasets(),
    data.loadChartFiles(),
    data.loadCommendationContent(),
    data.loadDocumentMap(),
  ]);
  const file = (path: string, kind: DownloadKind, make: () => string | Uint8Array | Promise<string | Uint8Array>): DownloadFile => ({
    path,
    kind,
    make: async () => make(),
  });
  const chartFiles = (chart: (typeof charts)[number], at: (id: string, kind: DownloadKind) => string) => [
    file(at(chart.id, "csv"), "csv", () => chart.csv),
    file(at(chart.id, "json"), "json", () => chart.json),
    file(at(chart.id, "xlsx"), "xlsx", () => tableWorkbook(chart.table, chart.meta)),
  ];
  // A list's rows (organisations matched to model profiles) are made when its first file is; a
  // build's memo shares them between its three files.
  const rowsOf = async (id: string) => (await data.loadRecipientLists()).find((list) => list.id === id)!.rows;
  const files = [
    ...datasets.flatMap((dataset) => [
      file(paths.dataset(dataset.id, "csv"), "csv", () => data.datasetDownloadText(dataset, "csv")),
      file(paths.dataset(dataset.id, "json"), "json", () => data.datasetDownloadText(dataset, "json")),
    ]),
    ...datasets.map((dataset) =>
      file(paths.dataset(dataset.id, "xlsx"), "xlsx", () => {
        const table = data.datasetDownloadTable(dataset);
        return tableWorkbook(table, {
          title: table.title,
          pageUrl: new URL(`${paths.openData()}#bo-du-lieu-${dataset.id}`, site.baseUrl).href,
          fileUrl: new URL(paths.dataset(dataset.id, "xlsx"), site.baseUrl).href,
          updated: datasetUpdated(dataset),
          publisher: site.publisher,
          licence: site.licence,
        });
      }),
    ),
    // Every open dataset, one sheet each, in the order of the open data page (new datasets join by themselves).
    file(paths.allData(), "xlsx", () => {
      // A title too long for a sheet tab has a short name of its own ("data.sheet.<id>").
      const tab = (id: string, title: string) => (`data.sheet.${id}` in vi ? t(`data.sheet.${id}` as MessageKey) : t(title as MessageKey));
      const tables = datasets.map((dataset) => ({
        sheet: sheetName(tab(dataset.id, dataset.title)),
        table: data.datasetDownloadTable(dataset),
      }));
      return tablesWorkbook(tables, {
        title: t("data.title"),
        pageUrl: new URL(paths.openData(), site.baseUrl).href,
        fileUrl: new URL(paths.allData(), site.baseUrl).href,
        updated: latestDate(datasets.map(datasetUpdated)),
        publisher: site.publisher,
        licence: site.licence,
      });
    }),
    // Every chart's files, statistics group or commendation tally: the one download scheme (charts.ts chartDownloads).
    ...charts.flatMap((chart) => chartFiles(chart, paths.chartDownload)),
    // Former addresses of a tally's files (before statistics and tallies shared /so-lieu/tai-ve/):
    // byte-identical copies, the way the redirect mechanism keeps files (redirects.ts), so links
    // already published keep working. urls.manifest.txt lists them.
    ...charts.filter((chart) => chart.kind === "tally").flatMap((chart) => chartFiles(chart, paths.formerTallyDownload)),
    ...lists.flatMap(({ id, data: list }) => [
      // The text is made when the file is written, not for every list up front: a 50,000-row list's CSV is megabytes.
      file(paths.recipientListFile(id, "csv"), "csv", async () => recipientCsv(await rowsOf(id), awards, siteListLabels(), site.baseUrl)),
      file(paths.recipientListFile(id, "json"), "json", async () =>
        downloadJson(recipientJson(id, list, await rowsOf(id), awards, site.licence)),
      ),
      file(paths.recipientListFile(id, "xlsx"), "xlsx", async () =>
        tableWorkbook(
          recipientTable(list, await rowsOf(id), awards, siteListLabels(), site.baseUrl, (doc) => documents.get(doc)?.shortTitle ?? doc),
          {
            title: list.title,
            pageUrl: new URL(paths.recipientList(id), site.baseUrl).href,
            fileUrl: new URL(paths.recipientListFile(id, "xlsx"), site.baseUrl).href,
            updated: list.updated,
            publisher: site.publisher,
            licence: site.licence,
          },
        ),
      ),
    ]),
  ];
  const seen = new Set<string>();
  for (const { path } of files) {
    if (seen.has(path)) throw new Error(`Hai tệp tải về cùng địa chỉ ${path}`);
    seen.add(path);
  }
  return files;
}

/**
 * The download routes of src/pages, one per folder and kind: `src/pages<folder>[<param>].<kind>.ts`
 * serves, in the live preview, the files of that folder and kind (tat-ca.xlsx through the
 * [dataset].xlsx route). Together they serve every file of downloadFiles, each exactly once.
 */
export const DOWNLOAD_ROUTES = {
  datasetCsv: { folder: "/du-lieu/", kind: "csv", param: "dataset" },
  datasetJson: { folder: "/du-lieu/", kind: "json", param: "dataset" },
  datasetXlsx: { folder: "/du-lieu/", kind: "xlsx", param: "dataset" },
  chartCsv: { folder: "/so-lieu/tai-ve/", kind: "csv", param: "id" },
  chartJson: { folder: "/so-lieu/tai-ve/", kind: "json", param: "id" },
  chartXlsx: { folder: "/so-lieu/tai-ve/", kind: "xlsx", param: "id" },
  formerTallyCsv: { folder: "/khen-thuong/so-lieu/", kind: "csv", param: "id" },
  formerTallyJson: { folder: "/khen-thuong/so-lieu/", kind: "json", param: "id" },
  formerTallyXlsx: { folder: "/khen-thuong/so-lieu/", kind: "xlsx", param: "id" },
  listCsv: { folder: "/khen-thuong/danh-sach/", kind: "csv", param: "id" },
  listJson: { folder: "/khen-thuong/danh-sach/", kind: "json", param: "id" },
  listXlsx: { folder: "/khen-thuong/danh-sach/", kind: "xlsx", param: "id" },
} as const satisfies Record<string, DownloadRoute>;

export interface DownloadRoute {
  /** Site folder, with both slashes. */
  folder: string;
  kind: DownloadKind;
  /** Name of the route's one parameter: the file name without its extension. */
  param: string;
}

/** The static paths of one download route: the files directly in its folder with its kind, the file as props. */
export function downloadRoutePaths(
  files: readonly DownloadFile[],
  { folder, kind, param }: DownloadRoute,
): { params: Record<string, string>; props: DownloadFile }[] {
  const ending = `.${kind}`;
  return files
    .filter((f) => f.path.startsWith(folder) && f.path.endsWith(ending) && !f.path.slice(folder.length).includes("/"))
    .map((f) => ({ params: { [param]: f.path.slice(folder.length, -ending.length) }, props: f }));
}
