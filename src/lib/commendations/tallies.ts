/**
 * Commendation tallies shaped for tables, charts and downloads. Whether reported parts add up to
 * the reported total is consistency.ts's one rule, as for statistics; parts that do not add up are
 * shown next to the total, never fixed.
 */
import type { AwardData, TallyData } from "../../schemas/commendation.ts";
import type { Period, Qualifier, SourceRef } from "../../schemas/common.ts";
import type { RecipientType } from "../browser/recipient-table-rows.ts";
import { checkSentences, tableColumn, tableCsv, type DownloadTable, type TableColumn } from "../downloads/download-table.ts";
import { canChart, chartDownloads, type ChartDownloads, type ChartRow, type ChartSpec } from "../statistics/chart-data.ts";
import { sourceLink, type SourceLink } from "../documents/document-links.ts";
import { formatPeriod } from "../browser/format.ts";
import { paths } from "../site/public-urls.ts";
import type { DocumentData } from "../../schemas/document.ts";
import { t } from "../../i18n/vi.ts";
import { compareVi } from "../browser/vietnamese-order.ts";
import { checkParts, type PartsCheck } from "../statistics/sum-checks.ts";
import { downloadJson } from "../downloads/json.ts";

/** One tally row with everything a table cell, a chart bar or a CSV line needs. */
export interface TallyRow {
  id: string;
  /** Short label for charts: award title (or "all awards") and recipient type. */
  label: string;
  value: number;
  unit: string;
  qualifier?: Qualifier | undefined;
  award: string | null;
  awardTitle: string | null;
  authority: string | null;
  recipientType: RecipientType | null;
  partOf: string | null;
  note: string | null;
  period: Period;
  source: SourceRef;
  reportingBody: string;
}

export interface TallyLabels {
  allAwards: string;
  recipientType: Record<RecipientType, string>;
  bothTypes: string;
}

/** Flattens one tally entry into rows, filling award titles and authorities from the award entries. */
export function tallyRows(tally: TallyData, awards: ReadonlyMap<string, AwardData>, labels: TallyLabels): TallyRow[] {
  return tally.rows.map((row) => {
    const award = row.award ? awards.get(row.award) : undefined;
    const type = row.recipientType ?? null;
    const who = type ? labels.recipientType[type] : labels.bothTypes;
    return {
      id: row.id,
      label: `${award?.title ?? labels.allAwards} — ${who}`,
      value: row.value,
      unit: row.unit,
      qualifier: row.qualifier,
      award: row.award ?? null,
      awardTitle: award?.title ?? null,
      authority: award?.authority ?? null,
      recipientType: type,
      partOf: row.partOf ?? null,
      note: row.note ?? null,
      period: tally.period,
      source: tally.source,
      reportingBody: tally.reportingBody,
    };
  });
}

export type TallyColumn = RecipientType | "ca-hai";

export interface TallyMatrix {
  columns: TallyColumn[];
  /** One line per award (highest award first), cells keyed by column. */
  awards: { award: string; title: string; authority: string; cells: Partial<Record<TallyColumn, TallyRow>> }[];
  /** Rows reported for all awards together (the document's totals), by column. */
  totals: Partial<Record<TallyColumn, TallyRow>>;
}

const columnOf = (row: TallyRow): TallyColumn => row.recipientType ?? "ca-hai";
const COLUMN_ORDER: TallyColumn[] = ["tap-the", "ca-nhan", "ca-hai"];

/** Award × recipient type table of one tally; award lines follow the awards' own order. */
export function tallyMatrix(rows: readonly TallyRow[], awards: ReadonlyMap<string, AwardData>): TallyMatrix {
  const columns = COLUMN_ORDER.filter((c) => rows.some((r) => columnOf(r) === c));
  const byAward = new Map<string, Partial<Record<TallyColumn, TallyRow>>>();
  const totals: Partial<Record<TallyColumn, TallyRow>> = {};
  for (const row of rows) {
    if (row.award === null) {
      totals[columnOf(row)] = row;
      continue;
    }
    const cells = byAward.get(row.award) ?? {};
    cells[columnOf(row)] = row;
    byAward.set(row.award, cells);
  }
  const lines = [...byAward].map(([award, cells]) => {
    const data = awards.get(award);
    return { award, title: data?.title ?? award, authority: data?.authority ?? "", order: data?.order ?? 100, cells };
  });
  lines.sort((a, b) => a.order - b.order || compareVi(a.title, b.title));
  return { columns, awards: lines.map(({ award, title, authority, cells }) => ({ award, title, authority, cells })), totals };
}

const TALLY_COLUMNS = [
  "id",
  "awardLabel",
  "authority",
  "recipientTypeLabel",
  "qualifier",
  "value",
  "unit",
  "partOf",
  "periodText",
  "reportingBody",
  "sourceTitle",
  "sourceSection",
  "note",
] as const;

/**
 * A tally as a download table: one line per reported row, with award, authority, period and source
 * spelled out. `header` names the columns in TALLY_COLUMNS order (the site's are in
 * "commendations.tally.csv.header"); parts that do not add up to their total are listed as checks.
 */
export function tallyTable(
  title: string,
  rows: readonly TallyRow[],
  header: readonly string[],
  labels: TallyLabels,
  documentTitle: (id: string) => string,
  formatPeriod: (p: Period) => string,
  siteUrl: string,
): DownloadTable {
  const columns: TableColumn[] = TALLY_COLUMNS.map((name, i) => tableColumn(name, undefined, header[i]));
  return {
    title,
    columns,
    rows: rows.map((r) => [
      r.id,
      r.awardTitle ?? labels.allAwards,
      r.authority,
      r.recipientType ? labels.recipientType[r.recipientType] : labels.bothTypes,
      r.qualifier ?? null,
      r.value,
      r.unit,
      r.partOf,
      formatPeriod(r.period),
      r.reportingBody,
      documentTitle(r.source.document),
      r.source.section,
      r.note,
    ]),
    sources: rows.map((r) => ({
      document: documentTitle(r.source.document),
      section: r.source.section,
      url: new URL(paths.document(r.source.document), siteUrl).href,
    })),
    notes: rows.flatMap((r) => (r.note ? [`${r.label}: ${r.note}`] : [])),
    checks: checkSentences(rows, (vars) => t("workbook.sources.check", vars)),
  };
}

/** CSV of one tally (see tallyTable). */
export function tallyCsv(
  rows: readonly TallyRow[],
  header: readonly string[],
  labels: TallyLabels,
  documentTitle: (id: string) => string,
  formatPeriod: (p: Period) => string,
): string {
  return tableCsv(tallyTable("", rows, header, labels, documentTitle, formatPeriod, "https://localhost/"));
}

/** The site's Vietnamese labels for tallies. */
export const viTallyLabels: TallyLabels = {
  allAwards: t("commendations.tally.allAwards"),
  recipientType: { "tap-the": t("recipient.tap-the"), "ca-nhan": t("recipient.ca-nhan") },
  bothTypes: t("commendations.tally.both"),
};

/** What the tally's chart draws, and the award rows left out of the bars because they count in another unit. */
export interface TallyChart {
  spec: ChartSpec;
  /** Award rows not drawn because their unit differs from the chart's; the table still shows them. */
  notDrawn: TallyRow[];
}

export interface TallyChartInput {
  id: string;
  title: string;
  reportingBody: string;
  /** Period as readers read it. */
  period: string;
  updated: string;
  source: SourceLink;
  /** The page that shows the tally (the embed page links back to it). */
  homeHref: string;
}

/**
 * The chart of one tally: one bar per award and recipient type, in the table's order. The reported
 * totals are not bars (the bars are their parts; the table's last line shows them). Bars share one
 * unit, the unit of the reported totals: rows the document counts otherwise ("01 tập thể" beside
 * "lượt") stay in the table and are named under the chart, never converted.
 */
export function tallyChart(input: TallyChartInput, matrix: TallyMatrix, rows: readonly TallyRow[]): TallyChart {
  const byAward = matrix.awards.flatMap((line) => matrix.columns.flatMap((c) => (line.cells[c] ? [line.cells[c]] : [])));
  const candidates = byAward.length > 0 ? byAward : [...rows];
  const unit = chartUnit(
    rows.filter((r) => r.award === null),
    candidates,
  );
  const drawn = candidates.filter((r) => r.unit === unit);
  const chartRows: ChartRow[] = drawn.map((r) => ({
    label: r.label,
    value: r.value,
    qualifier: r.qualifier,
    unit: r.unit,
    note: r.note ?? undefined,
    figureId: r.id,
  }));
  return {
    spec: {
      id: input.id,
      title: input.title,
      summary: t("commendations.chart.summary", { body: input.reportingBody, unit }),
      labelHeading: t("commendations.chart.labelHeading"),
      rows: chartRows,
      sources: [input.source],
      period: input.period,
      updated: input.updated,
      chart: canChart(chartRows),
      homeHref: input.homeHref,
    },
    notDrawn: candidates.filter((r) => r.unit !== unit),
  };
}

/** The unit of the reported totals when they share one, else the unit most rows use (first seen on a tie). */
function chartUnit(totals: readonly TallyRow[], candidates: readonly TallyRow[]): string {
  const totalUnits = new Set(totals.map((r) => r.unit));
  if (totalUnits.size === 1) return [...totalUnits][0]!;
  const counts = new Map<string, number>();
  for (const r of candidates) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
  let best = candidates[0]?.unit ?? "";
  for (const [unit, count] of counts) if (count > (counts.get(best) ?? 0)) best = unit;
  return best;
}

/** Everything the tally figure shows: chart, award × type table, parts checks and downloads. */
export interface TallyFigureData extends TallyChart {
  matrix: TallyMatrix;
  rows: TallyRow[];
  checks: PartsCheck<TallyRow>[];
  downloads: ChartDownloads;
}

/** The tally table as the site publishes it (Vietnamese header, documents by short title). */
export function siteTallyTable(
  title: string,
  rows: readonly TallyRow[],
  documents: ReadonlyMap<string, DocumentData>,
  siteUrl: string,
): DownloadTable {
  return tallyTable(
    title,
    rows,
    t("commendations.tally.csv.header").split("|"),
    viTallyLabels,
    (doc) => documents.get(doc)?.shortTitle ?? doc,
    formatPeriod,
    siteUrl,
  );
}

/** The tally CSV as the site publishes it. */
export function siteTallyCsv(rows: readonly TallyRow[], documents: ReadonlyMap<string, DocumentData>): string {
  return tableCsv(siteTallyTable("", rows, documents, "https://localhost/"));
}

/** The tally JSON download: the entry's facts, its rows and the parts checks (consistency.ts). */
export function tallyJson(id: string, tally: TallyData, rows: readonly TallyRow[], licence: { name: string; url: string }): string {
  const checks = checkParts(rows).map((c) => ({
    total: c.total.id,
    parts: c.parts.map((p) => p.id),
    sum: c.sum,
    reported: c.reported,
    difference: c.difference,
    kind: c.kind,
    adds: c.adds,
  }));
  return downloadJson({
    id,
    licence,
    title: tally.title,
    period: tally.period,
    reportingBody: tally.reportingBody,
    source: tally.source,
    updated: tally.updated,
    rows,
    checks,
  });
}

/** Everything /khen-thuong/ and the tally's embed page show for one tally entry. */
export function tallyFigure(
  id: string,
  tally: TallyData,
  awards: ReadonlyMap<string, AwardData>,
  documents: ReadonlyMap<string, DocumentData>,
): TallyFigureData {
  const rows = tallyRows(tally, awards, viTallyLabels);
  const matrix = tallyMatrix(rows, awards);
  const chart = tallyChart(
    {
      id,
      title: tally.title,
      reportingBody: tally.reportingBody,
      period: formatPeriod(tally.period),
      updated: tally.updated,
      source: sourceLink(tally.source, documents),
      homeHref: paths.commendations(),
    },
    matrix,
    rows,
  );
  return { ...chart, matrix, rows, checks: checkParts(rows), downloads: chartDownloads(id, siteTallyCsv(rows, documents)) };
}

/**
 * Height the embed snippet adds for a tally: its table has a line per award plus the totals, and
 * notes, checks and rows not drawn sit under the chart. On a phone the award table stacks each
 * award into a block of its columns (about 200 px an award, measured on the 2014–2019 tally; 220 keeps a margin) and a note about 150 px.
 */
export function tallyEmbedExtraHeight(figure: Pick<TallyFigureData, "spec" | "matrix" | "notDrawn" | "checks" | "rows">): number {
  const tableLines = figure.matrix.awards.length + (Object.keys(figure.matrix.totals).length > 0 ? 1 : 0);
  const notes = figure.rows.filter((r) => r.note).length + figure.checks.length;
  return Math.max(0, (tableLines - figure.spec.rows.length + figure.notDrawn.length) * 220 + notes * 150);
}
