/**
 * Data shaping for charts: statistics groups become rows, rows become a chart.js config, a CSV and
 * a JSON file. The same rows feed the canvas, the HTML table and both downloads, so they cannot
 * disagree.
 */
import { escapeHtml } from "../site/html-text.ts";
import type { ChartConfiguration } from "chart.js";
import type { Qualifier, SourceRef } from "../../schemas/common.ts";
import type { StatisticGroup } from "../../schemas/statistic.ts";
import type { DocumentData } from "../../schemas/document.ts";
import { t } from "../../i18n/vi.ts";
import { checkSentences, tableColumn, tableCsv, type DownloadTable, type TableColumn } from "../downloads/download-table.ts";
import { paths } from "../site/public-urls.ts";
import { formatFigure, formatPeriod, formatValue } from "../browser/format.ts";
import { sourceLink, type SourceLink } from "../documents/document-links.ts";
import { resolveFigures, type ResolvedFigure } from "./figures.ts";
import { barLayout, labelCharsFor, padLabels, wrapLabel } from "../browser/bar-chart-geometry.ts";
import { site } from "../../config/site.ts";
import { EMBED_MESSAGE } from "../browser/embed-protocol.ts";
import { downloadJson } from "../downloads/json.ts";

export { wrapLabel } from "../browser/bar-chart-geometry.ts";

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
    return {
      label,
      value: f.value,
      qualifier: f.qualifier,
      outOf: f.outOf,
      unit: f.unit,
      note,
      figureId: f.id,
      partOf: f.partOf,
      source: f.source,
    };
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
  return {
    id,
    title: group.title,
    summary: group.description,
    labelHeading,
    rows,
    sources,
    period,
    updated: group.updated,
    chart: group.chart && canChart(rows),
    homeHref,
  };
}

/**
 * Splits rows into bars and reported totals. A row that other rows of the chart name as their total
 * (`partOf`) is never a bar beside its own parts: the chart states it in a line above the bars and
 * the table keeps it as a row.
 */
export function splitTotals<T extends ChartRow>(rows: readonly T[]): { bars: T[]; totals: T[] } {
  const named = new Set(rows.flatMap((r) => (r.partOf ? [r.partOf] : [])));
  const isTotal = (r: T) => r.figureId !== undefined && named.has(r.figureId);
  return { bars: rows.filter((r) => !isTotal(r)), totals: rows.filter(isTotal) };
}

/** The value printed at the end of a bar, as the document states it: "trên 650.000", "199/199", "14,66%". */
export function barValueLabel(row: Pick<ChartRow, "value" | "qualifier" | "outOf" | "unit">): string {
  const value = formatValue(row.value, row);
  return row.unit === "%" ? `${value}%` : value;
}

/** Share of the largest bar under which a bar is too short to read at its true length. */
export const TINY_SHARE = 0.01;

/**
 * The values printed at the bar ends. A bar under 1% of the largest is drawn as a short stub
 * (minBarLength), longer than its true length, so its number says so: "3.500 (quá nhỏ, không vẽ theo tỉ lệ)".
 */
export function barValueLabels(bars: readonly Pick<ChartRow, "value" | "qualifier" | "outOf" | "unit">[]): string[] {
  const max = Math.max(0, ...bars.map((r) => r.value));
  return bars.map((r) => (r.value < max * TINY_SHARE ? t("chart.tiny", { value: barValueLabel(r) }) : barValueLabel(r)));
}

/** The line above the bars naming a reported total that is not drawn: "Tổng theo văn bản — …: 1.658 nhân viên bảo vệ". */
export function totalCaption(total: Pick<ChartRow, "label" | "value" | "qualifier" | "outOf" | "unit">): string {
  return t("chart.total", { label: total.label, value: formatFigure(total) });
}

/** Canvas height in CSS pixels for the bars of these rows, labels wrapped for a wide screen. */
export function chartHeight(rows: readonly ChartRow[]): number {
  return barLayout(splitTotals(rows).bars.map((r) => wrapLabel(r.label))).height;
}

export type BarConfig = ChartConfiguration<"bar", number[], string[]>;

/**
 * The chart.js config of a horizontal bar chart of the bars of `rows` (reported totals left out, see
 * splitTotals), as plain JSON. Each label sits on its own lines above its bar (mirrored y ticks
 * moved up by barLayout); values are written at the bar ends by the browser script, which also
 * adds colours and motion, since it knows the reader's scheme and preferences.
 */
export function buildChartConfig(rows: readonly ChartRow[], datasetLabel: string): BarConfig {
  const { bars } = splitTotals(rows);
  const wrapped = bars.map((r) => wrapLabel(r.label));
  const layout = barLayout(wrapped);
  return {
    type: "bar",
    data: {
      labels: padLabels(wrapped, layout.lines),
      // A tiny value next to a large one still gets a visible stub (minBarLength) and its number.
      datasets: [{ label: datasetLabel, data: bars.map((r) => r.value), borderWidth: 0, barThickness: layout.bar, minBarLength: 3 }],
    },
    options: {
      indexAxis: "y",
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: layout.paddingTop, right: 8 } },
      plugins: { legend: { display: false } },
      scales: {
        // Every bar carries its number, so grid lines would only cross the labels above the bars.
        x: { beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: datasetLabel } },
        y: {
          grid: { display: false },
          border: { display: false },
          ticks: { autoSkip: false, mirror: true, padding: 0, labelOffset: layout.labelOffset },
        },
      },
    },
  };
}

/** What the browser script needs: the config, each bar's value and tooltip, and the texts of the PNG export. */
export interface ChartPayload {
  config: BarConfig;
  /** Each bar's label, unwrapped (the browser re-wraps it to the canvas width). */
  labels: string[];
  /** Each bar's value as printed at its end (barValueLabel). */
  values: string[];
  tooltips: string[];
  /** Lines above the bars naming the reported totals left out of them. */
  totals: string[];
  title: string;
  source: string;
  /** Site name and address, printed at the foot of the PNG export. */
  credit: string;
}

export function chartPayload(spec: ChartSpec): ChartPayload {
  const unit = spec.rows[0]?.unit ?? "";
  const { bars, totals } = splitTotals(spec.rows);
  return {
    config: buildChartConfig(spec.rows, unit),
    labels: bars.map((r) => r.label),
    values: barValueLabels(bars),
    tooltips: bars.map((r) => formatFigure(r)),
    totals: totals.map(totalCaption),
    title: spec.title,
    source: `${t("source.label")}: ${spec.sources.map((s) => `${s.title}, ${s.section}`).join("; ")}`,
    credit: `${site.shortName} — ${new URL(spec.homeHref, site.baseUrl).href}`,
  };
}

const CHART_COLUMNS = ["label", "value", "qualifier", "outOf", "unit", "note"] as const;

/** Columns of a chart's downloads: the label column is named after what the rows are. */
function chartColumns(spec: ChartSpec): TableColumn[] {
  return CHART_COLUMNS.map((name) => tableColumn(name, undefined, name === "label" ? spec.labelHeading : undefined));
}

const chartCells = (spec: ChartSpec) =>
  spec.rows.map((r) => [r.label, r.value, r.qualifier ?? null, r.outOf ?? null, r.unit, r.note ?? null]);

/**
 * The chart as a download table: the rows, the source of each row (its figure's own source, else
 * the chart's), and the totals whose parts do not add up. `siteUrl` makes the source links absolute.
 */
export function chartTable(spec: ChartSpec, siteUrl: string): DownloadTable {
  const sourceOf = (row: ChartRow) => {
    const own = row.source
      ? spec.sources.find((s) => s.href === paths.document(row.source!.document) && s.section === row.source!.section)
      : undefined;
    const link = own ?? spec.sources[0];
    return link
      ? { document: link.title, section: link.section, url: new URL(link.href, siteUrl).href }
      : { document: "", section: "", url: "" };
  };
  const items = spec.rows.flatMap((r) =>
    r.figureId ? [{ id: r.figureId, value: r.value, partOf: r.partOf, label: r.label, unit: r.unit }] : [],
  );
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
/** Where a chart's downloads live and the CSV's size: what StatChart links to. */
export interface ChartDownloads {
  csv: string;
  json: string;
  xlsx: string;
  /** Bytes of the CSV file as served (UTF-8, BOM included). */
  csvBytes: number;
}

/**
 * The one URL scheme and sizing of every chart's downloads, statistics group or commendation
 * tally alike: /so-lieu/tai-ve/<chart id>.<format>, sized from the CSV text as served.
 */
export function chartDownloads(id: string, csv: string): ChartDownloads {
  return {
    csv: paths.chartDownload(id, "csv"),
    json: paths.chartDownload(id, "json"),
    xlsx: paths.chartDownload(id, "xlsx"),
    csvBytes: new TextEncoder().encode(csv).length,
  };
}

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
  return downloadJson(data);
}

/** Width of the iframe the fallback height is computed for: a phone's article column. */
export const EMBED_FALLBACK_WIDTH = 360;

/**
 * Height in CSS pixels the embed page needs in a 360 px column, estimated from its text: the
 * snippet's fallback when the host strips the resizing script. Lines are counted at about 40
 * characters of body text and 26 of heading text a line at that width; the table's label column
 * holds about 16 characters a line. `extraHeight` is room for what slots add (tally tables, notes).
 */
export function embedFallbackHeight(
  spec: Pick<ChartSpec, "title" | "summary" | "rows" | "sources" | "period" | "chart">,
  extraHeight = 0,
): number {
  const lines = (text: string, perLine: number) => Math.max(1, Math.ceil([...text].length / perLine));
  const body = 24;
  const title = lines(spec.title, 26) * 34 + 16;
  const sources = spec.sources.reduce((acc, s) => acc + lines(`Nguồn: ${s.title}, ${s.section}.`, 40) * body + 8, 0);
  const summary = lines(spec.summary, 40) * body + 12;
  const meta = lines(`Thời gian số liệu: ${spec.period}`, 40) * body + body + 16;
  const { bars, totals } = splitTotals(spec.rows);
  const chartWidth = EMBED_FALLBACK_WIDTH - 32;
  const canvas = spec.chart
    ? barLayout(bars.map((r) => wrapLabel(r.label, labelCharsFor(chartWidth)))).height +
      16 +
      totals.reduce((acc, r) => acc + lines(totalCaption(r), 40) * body + 8, 0)
    : 0;
  const table =
    60 + spec.rows.reduce((acc, r) => acc + Math.max(lines(r.label, 16), lines(r.unit, 8), r.note ? lines(r.note, 14) : 1) * body + 17, 0);
  const tools = 4 * body + 40;
  // The estimate runs short where tables stack per row at 360 px and notes wrap (measured 58–115% of
  // the real height across the site's embeds): a cut table is worse than blank space below, so the
  // fallback takes a quarter more and a fixed margin.
  return Math.ceil((40 + title + sources + summary + meta + canvas + table + tools) * FALLBACK_MARGIN + FALLBACK_PAD + extraHeight);
}

/** See embedFallbackHeight: how much the fallback height exceeds the text-based estimate. */
const FALLBACK_MARGIN = 1.25;
const FALLBACK_PAD = 300;

/**
 * The snippet a newsroom pastes: the iframe, with a fallback height right for a 360 px column, and
 * a tiny script that sets the iframe's height to the height the embed page posts (only messages
 * from the site's own origin, only to the iframe that sent them). A host that strips the script
 * keeps the iframe and its fallback height.
 */
export function embedSnippet(
  spec: Pick<ChartSpec, "id" | "title" | "summary" | "rows" | "sources" | "period" | "chart">,
  embedUrl: string,
  extraHeight = 0,
): string {
  const height = embedFallbackHeight(spec, extraHeight);
  const title = escapeHtml(spec.title);
  const origin = new URL(embedUrl).origin;
  const script = `(function(){addEventListener("message",function(e){var d=e.data;if(e.origin!=="${origin}"||!d||d.type!=="${EMBED_MESSAGE}"||!(d.height>0))return;var f=document.querySelectorAll("iframe[data-antq-embed]");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+"px"})})();`;
  return `<iframe src="${embedUrl}" title="${title}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" data-antq-embed="${spec.id}"></iframe>\n<script>${script}</script>`;
}
