/**
 * Data shaping for charts: statistics groups become rows, rows become a chart.js config, a CSV and
 * a JSON file. The same rows feed the canvas, the HTML table and both downloads, so they cannot
 * disagree.
 */
import type { ChartConfiguration } from "chart.js";
import type { Qualifier, SourceRef } from "../schemas/common.ts";
import type { StatisticGroup } from "../schemas/statistic.ts";
import type { DocumentData } from "../schemas/document.ts";
import { t } from "../i18n/vi.ts";
import { checkSentences, tableColumn, tableCsv, type DownloadTable, type TableColumn } from "./download-table.ts";
import { paths } from "./paths.ts";
import { formatFigure, formatPeriod } from "./format.ts";
import { sourceLink, type SourceLink } from "./documents.ts";
import { resolveFigures, type ResolvedFigure } from "./figures.ts";
import { heightForLabels, wrapLabel } from "./chart-layout.ts";

export { wrapLabel } from "./chart-layout.ts";

/** One bar and one table row. */
export interface ChartRow {
  /** Row label: what or who the number is for. */
  label: string;
  /** The number as reported. */
  value: number;
  /** "trên", "hơn"… shown before the number. */
  qualifier?: Qualifier | undefined;
  /** The y of an "x/y" figure. */
  outOf?: number | undefined;
  /** Unit as written. */
  unit: string;
  /** Anything the reader needs to read the row right. */
  note?: string | undefined;
  /** Figure id, when the row is a statistics figure (used by prose links and consistency notes). */
  figureId?: string | undefined;
  /** Figure id of the reported total this row is a part of. */
  partOf?: string | undefined;
  /** Where the row comes from, when it differs between rows (a statistics figure's own source). */
  source?: SourceRef | undefined;
}

/** Everything one chart (or table-only figure) shows; also the unit of the embed page and downloads. */
export interface ChartSpec {
  /** Chart id: the statistics group id; also the embed and download file name. */
  id: string;
  title: string;
  /** One sentence saying what the chart shows. */
  summary: string;
  /** Header of the label column of the table. */
  labelHeading: string;
  rows: ChartRow[];
  sources: SourceLink[];
  /** Period as readers read it. */
  period: string;
  /** Date the data last changed (NNNN-TT-NN). */
  updated: string;
  /** Draw a bar chart (only when every row shares one unit). */
  chart: boolean;
  /** Page the chart lives on, for the embed page's link back. */
  homeHref: string;
}

/**
 * Rows of a group. When every figure counts the same thing, the reporting body tells the rows
 * apart; otherwise the metric does (with the body added when bodies differ too).
 */
export function rowsFromFigures(figures: readonly ResolvedFigure[], groupPeriod?: string): { labelHeading: string; rows: ChartRow[] } {
  const sameMetric = new Set(figures.map((f) => f.metric)).size === 1 && figures.length > 1;
  const sameBody = new Set(figures.map((f) => f.reportingBody)).size === 1;
  const rows = figures.map((f) => {
    const label = sameMetric ? f.reportingBody : sameBody ? f.metric : `${f.metric} (${f.reportingBody})`;
    const ownPeriod = formatPeriod(f.period);
    // A figure covering another period than its group's says so in its row.
    const periodNote = groupPeriod !== undefined && ownPeriod !== groupPeriod ? t("chart.row.period", { period: ownPeriod }) : undefined;
    const note = [f.note, periodNote].filter(Boolean).join(" ") || undefined;
    return { label, value: f.value, qualifier: f.qualifier, outOf: f.outOf, unit: f.unit, note, figureId: f.id, partOf: f.partOf, source: f.source };
  });
  return { labelHeading: t(sameMetric ? "chart.column.body" : "chart.column.metric"), rows };
}

/** Bars only make sense when every row counts in the same unit. */
export function canChart(rows: readonly ChartRow[]): boolean {
  return rows.length > 0 && new Set(rows.map((r) => r.unit)).size === 1;
}

/** Builds the chart spec of one statistics group. */
export function chartFromGroup(
  id: string,
  group: StatisticGroup,
  documents: ReadonlyMap<string, DocumentData>,
  homeHref: string,
): ChartSpec {
  const figures = resolveFigures([{ id, data: group }]);
  const period = formatPeriod(group.period);
  const { labelHeading, rows } = rowsFromFigures(figures, period);
  const seen = new Set<string>();
  const sources = figures
    .map((f) => f.source)
    .filter((s) => {
      const key = `${s.document}\u0000${s.section}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((s) => sourceLink(s, documents));
  return { id, title: group.title, summary: group.description, labelHeading, rows, sources, period, updated: group.updated, chart: group.chart && canChart(rows), homeHref };
}

/** Canvas height in CSS pixels for these rows, labels wrapped for a wide screen. */
export function chartHeight(rows: readonly ChartRow[]): number {
  return heightForLabels(rows.map((r) => wrapLabel(r.label)));
}

export type BarConfig = ChartConfiguration<"bar", number[], string[]>;

/**
 * The chart.js config of a horizontal bar chart, as plain JSON (colours, number formatting and
 * motion are added in the browser, where the reader's scheme and preferences are known).
 */
export function buildChartConfig(rows: readonly ChartRow[], datasetLabel: string): BarConfig {
  return {
    type: "bar",
    data: {
      labels: rows.map((r) => wrapLabel(r.label)),
      datasets: [{ label: datasetLabel, data: rows.map((r) => r.value), borderWidth: 0, maxBarThickness: 28 }],
    },
    options: {
      indexAxis: "y",
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, title: { display: true, text: datasetLabel } }, y: { ticks: { autoSkip: false } } },
    },
  };
}

/** What the browser script needs: the config and each row as the page writes it, for tooltips. */
export interface ChartPayload {
  config: BarConfig;
  tooltips: string[];
  title: string;
  source: string;
}

export function chartPayload(spec: ChartSpec): ChartPayload {
  const unit = spec.rows[0]?.unit ?? "";
  return {
    config: buildChartConfig(spec.rows, unit),
    tooltips: spec.rows.map((r) => formatFigure(r)),
    title: spec.title,
    source: `${t("source.label")}: ${spec.sources.map((s) => `${s.title}, ${s.section}`).join("; ")}`,
  };
}

const CHART_COLUMNS = ["label", "value", "qualifier", "outOf", "unit", "note"] as const;

/** Columns of a chart's downloads: the label column is named after what the rows are. */
function chartColumns(spec: ChartSpec): TableColumn[] {
  return CHART_COLUMNS.map((name) => tableColumn(name, undefined, name === "label" ? spec.labelHeading : undefined));
}

const chartCells = (spec: ChartSpec) => spec.rows.map((r) => [r.label, r.value, r.qualifier ?? null, r.outOf ?? null, r.unit, r.note ?? null]);

/**
 * The chart as a download table: the rows, the source of each row (its figure's own source, else
 * the chart's), and the totals whose parts do not add up. `siteUrl` makes the source links absolute.
 */
export function chartTable(spec: ChartSpec, siteUrl: string): DownloadTable {
  const sourceOf = (row: ChartRow) => {
    const own = row.source ? spec.sources.find((s) => s.href === paths.document(row.source!.document) && s.section === row.source!.section) : undefined;
    const link = own ?? spec.sources[0];
    return link ? { document: link.title, section: link.section, url: new URL(link.href, siteUrl).href } : { document: "", section: "", url: "" };
  };
  const items = spec.rows.flatMap((r) => (r.figureId ? [{ id: r.figureId, value: r.value, partOf: r.partOf, label: r.label, unit: r.unit }] : []));
  return {
    title: spec.title,
    columns: chartColumns(spec),
    rows: chartCells(spec),
    sources: spec.rows.map(sourceOf),
    notes: spec.rows.flatMap((r) => (r.note ? [`${r.label}: ${r.note}`] : [])),
    checks: checkSentences(items, (vars) => t("workbook.sources.check", vars)),
  };
}

/** The CSV download: one line per row, numbers unformatted so spreadsheets read them as numbers. */
export function chartCsv(spec: ChartSpec): string {
  return tableCsv({ columns: chartColumns(spec), rows: chartCells(spec) });
}

/** The JSON download: the rows plus what a reuser needs to cite them. */
export function chartJson(spec: ChartSpec, siteUrl: string, licence?: { name: string; url: string }): string {
  const data = {
    id: spec.id,
    ...(licence ? { licence } : {}),
    title: spec.title,
    summary: spec.summary,
    period: spec.period,
    updated: spec.updated,
    sources: spec.sources.map((s) => ({ document: s.title, section: s.section, url: new URL(s.href, siteUrl).href })),
    rows: spec.rows.map((r) => ({
      label: r.label,
      value: r.value,
      ...(r.qualifier ? { qualifier: r.qualifier } : {}),
      ...(r.outOf !== undefined ? { outOf: r.outOf } : {}),
      unit: r.unit,
      ...(r.note ? { note: r.note } : {}),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The snippet a newsroom pastes to embed the chart; `extraHeight` is room for what the embed shows besides the row table. */
export function embedSnippet(spec: Pick<ChartSpec, "id" | "title" | "rows">, embedUrl: string, extraHeight = 0): string {
  const height = chartHeight(spec.rows) + 260 + spec.rows.length * 40 + extraHeight;
  const title = spec.title.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return `<iframe src="${embedUrl}" title="${title}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
