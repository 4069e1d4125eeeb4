/** Named recipient lists turned into published rows, static pages and downloads. */
import type { AwardData, RecipientListData } from "../../schemas/commendation.ts";
import { tableColumn, tableCsv, type DownloadTable } from "../downloads/download-table.ts";
import { listPageSegment, paths } from "../site/public-urls.ts";
import { t } from "../../i18n/vi.ts";
import { filterOptions, pageCount, pageRows, PAGE_SIZE, type RecipientRow, type RecipientType } from "../browser/recipient-table-rows.ts";

/** Rows of a list as published: the list's award filled in, organisations linked to model profiles. */
export function recipientRows(list: RecipientListData, modelsOf: (organisation: string) => string[]): RecipientRow[] {
  return list.rows.map((r) => {
    const [model] = modelsOf(r.organisation);
    return {
      year: r.year,
      award: r.award ?? list.award,
      recipientType: r.recipientType,
      name: r.name,
      organisation: r.organisation,
      district: r.district,
      ...(model ? { model: paths.model(model) } : {}),
    };
  });
}

export interface ListPage {
  page: number;
  pages: number;
  rows: RecipientRow[];
  /** 1-based position of the first row of this page in the whole list. */
  first: number;
}

/** The static pages of one list. */
export function listPages(rows: readonly RecipientRow[], size = PAGE_SIZE): ListPage[] {
  const pages = pageCount(rows.length, size);
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, rows: pageRows(rows, i + 1, size), first: i * size + 1 }));
}

// Text and attribute values escaped exactly as Astro escapes `{expression}` and `attr={value}`, so
// the rows below read byte for byte as the template wrote them.
const HTML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;" };
const text = (value: string | number) => String(value).replace(/[&<>'"]/g, (c) => HTML_ENTITIES[c]!);
const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/**
 * The table rows (<tr>…</tr>, no spaces between) of one page of a list: year, award title (from
 * `awardTitles`, else its id), recipient type label, name, organisation (linked to its model
 * profile when it hosts one) and district (`noDistrict` when the list gives none). A string built
 * here instead of 500 rows of template expressions per page: the list pages are 100 of them for
 * 50,000 rows, and each template row cost Astro about as much as a small page.
 */
export function recipientRowsHtml(
  rows: readonly RecipientRow[],
  awardTitles: Readonly<Record<string, string>>,
  labels: { recipientType: Record<RecipientType, string>; noDistrict: string },
): string {
  let html = "";
  for (const r of rows) {
    const organisation = r.model ? `<a href="${attribute(r.model)}">${text(r.organisation)}</a>` : text(r.organisation);
    html +=
      `<tr><td class="num">${text(r.year)}</td><td>${text(awardTitles[r.award] ?? r.award)}</td>` +
      `<td>${text(labels.recipientType[r.recipientType])}</td><td>${text(r.name)}</td>` +
      `<td>${organisation}</td><td>${text(r.district ?? labels.noDistrict)}</td></tr>`;
  }
  return html;
}

export interface CsvLabels {
  header: readonly [string, string, string, string, string, string, string];
  recipientType: Record<RecipientType, string>;
}

/** The site's Vietnamese headers and recipient type labels for list downloads. */
export function siteListLabels(): CsvLabels {
  return {
    header: [
      t("list.col.year"),
      t("list.col.award"),
      t("list.col.recipientType"),
      t("list.col.name"),
      t("list.col.organisation"),
      t("list.col.district"),
      t("list.col.model"),
    ],
    recipientType: { "tap-the": t("recipient.tap-the"), "ca-nhan": t("recipient.ca-nhan") },
  };
}

const LIST_COLUMNS = ["year", "awardTitle", "recipientTypeLabel", "name", "organisation", "district", "modelUrl"] as const;

/**
 * A whole list as a download table, columns as in the page's table (headers from `labels`), plus
 * the model profile address when there is one. Every row shares the list's decision as source.
 */
export function recipientTable(
  list: Pick<RecipientListData, "title" | "source">,
  rows: readonly RecipientRow[],
  awards: ReadonlyMap<string, AwardData>,
  labels: CsvLabels,
  siteUrl: string,
  documentTitle: (id: string) => string = (id) => id,
): DownloadTable {
  const source = {
    document: documentTitle(list.source.document),
    section: list.source.section,
    url: new URL(paths.document(list.source.document), siteUrl).href,
  };
  // Many rows link the same model; parsing each address once saves a URL parse per row.
  const modelUrls = new Map<string, string>();
  const modelUrl = (path: string) => {
    let url = modelUrls.get(path);
    if (url === undefined) modelUrls.set(path, (url = new URL(path, siteUrl).href));
    return url;
  };
  return {
    title: list.title,
    columns: LIST_COLUMNS.map((name, i) => tableColumn(name, undefined, labels.header[i])),
    rows: rows.map((r) => [
      String(r.year),
      awards.get(r.award)?.title ?? r.award,
      labels.recipientType[r.recipientType],
      r.name,
      r.organisation,
      r.district ?? null,
      r.model ? modelUrl(r.model) : null,
    ]),
    sources: rows.map(() => source),
    notes: [],
    checks: [],
  };
}

/** CSV of a whole list (see recipientTable). */
export function recipientCsv(
  rows: readonly RecipientRow[],
  awards: ReadonlyMap<string, AwardData>,
  labels: CsvLabels,
  siteUrl: string,
): string {
  return tableCsv(recipientTable({ title: "", source: { document: "", section: "" } }, rows, awards, labels, siteUrl));
}

/** JSON download of a list: the decision, its awards, and every row. */
export function recipientJson(
  id: string,
  list: RecipientListData,
  rows: readonly RecipientRow[],
  awards: ReadonlyMap<string, AwardData>,
  licence?: { name: string; url: string },
) {
  const used = new Set([list.award, ...rows.map((r) => r.award)]);
  return {
    id,
    ...(licence ? { licence } : {}),
    title: list.title,
    award: list.award,
    decision: list.decision,
    decisionDate: list.decisionDate,
    source: list.source,
    updated: list.updated,
    awards: Object.fromEntries(
      [...used].map((a) => [a, { title: awards.get(a)?.title ?? a, authority: awards.get(a)?.authority ?? null }]),
    ),
    count: rows.length,
    rows,
  };
}

export type RecipientListJson = ReturnType<typeof recipientJson>;

/**
 * Every static page of every list, ready for getStaticPaths, from lists whose rows (recipientRows)
 * and filter options (filterOptions) are already worked out: the pages share them with the downloads.
 */
export function listRoutes<L extends RecipientListData>(
  lists: readonly { id: string; data: L; rows: readonly RecipientRow[]; options: ReturnType<typeof filterOptions> }[],
  size = PAGE_SIZE,
) {
  return lists.flatMap(({ id, data, rows, options }) =>
    listPages(rows, size).map((page) => ({
      params: { id, page: listPageSegment(page.page) },
      props: { id, list: data, page, count: rows.length, options },
    })),
  );
}
