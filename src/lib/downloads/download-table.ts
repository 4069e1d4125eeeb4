/**
 * One shape for every table the site offers as a download (a chart, a tally, a recipient list, an
 * open dataset): columns named by one scheme (machine name, Vietnamese header, description, all
 * from src/i18n/vi.ts), typed cells, and where every row comes from. The CSV and the Excel
 * workbook are both written from it, so they cannot disagree.
 */
import { vi, type MessageKey } from "../../i18n/vi.ts";
import { csvByteLength, toCsv } from "./csv.ts";
import { inconsistentSums, type SumItem } from "../statistics/sum-checks.ts";
import { formatDifference, formatNumber } from "../browser/format.ts";

export type CellValue = string | number | boolean | null;

/** Columns whose values are labels even when written with digits (years, ordinal numbers): text in every download. */
export const LABEL_COLUMNS: ReadonlySet<string> = new Set(["year", "launched", "goal"]);

export interface TableColumn {
  /** Machine name: the same as the key in the JSON download. */
  name: string;
  /** Vietnamese column header. */
  header: string;
  /** What the column holds, for the "Cột" sheet and the open data page. */
  description: string;
}

/** Where one row comes from. */
export interface RowSource {
  document: string;
  section: string;
  /** Absolute address of the document's page. */
  url: string;
}

export interface DownloadTable {
  /** Name of the table (the sheet name in the all-data workbook). */
  title: string;
  columns: TableColumn[];
  rows: CellValue[][];
  /** Source of each row, in row order; rows with the same source may share one entry by index. */
  sources: RowSource[];
  /** Notes a reader needs beside the numbers. */
  notes: string[];
  /** Totals whose reported parts do not add up, one sentence each. */
  checks: string[];
}

/** What every download says about itself: permanent address, licence, date. */
export interface DownloadMeta {
  title: string;
  /** Page that shows the data (its permanent address). */
  pageUrl: string;
  /** Address of the file itself. */
  fileUrl: string;
  /** Latest date (NNNN-TT-NN) any row changed. */
  updated: string;
  publisher: string;
  licence: { name: string; url: string };
}

const lookup = (prefix: string, name: string, scope?: string): string | undefined => {
  const specific = scope ? `${prefix}.${scope}.${name}` : undefined;
  if (specific && specific in vi) return vi[specific as MessageKey];
  const general = `${prefix}.${name}`;
  return general in vi ? vi[general as MessageKey] : undefined;
};

/**
 * A column of the one naming scheme: header from "data.head.<scope>.<name>" or "data.head.<name>",
 * description from "data.col.…" likewise. `header` overrides the header (a chart's label column
 * is named after what its rows are). A name without a header falls back to the machine name,
 * which tests/unit/open-data.test.ts reports.
 */
export function tableColumn(name: string, scope?: string, header?: string): TableColumn {
  return { name, header: header ?? lookup("data.head", name, scope) ?? name, description: lookup("data.col", name, scope) ?? "" };
}

/**
 * The value as every download writes it: label columns as text; true/false as the text "true" and
 * "false" (spreadsheets name booleans in their own language, ĐÚNG/SAI under vi-VN, and a CSV
 * "true" is not a boolean there); everything else unchanged.
 */
export function cellFor(name: string, value: CellValue | undefined): CellValue {
  if (value === undefined) return null;
  if (typeof value === "boolean") return String(value);
  return LABEL_COLUMNS.has(name) && typeof value === "number" ? String(value) : value;
}

/** Rows of records in the order of the columns, label columns as text. */
export function rowsOf(columns: readonly TableColumn[], records: readonly Record<string, CellValue | undefined>[]): CellValue[][] {
  return records.map((record) => columns.map((c) => cellFor(c.name, record[c.name])));
}

/** The CSV download of a table: Vietnamese headers, one line per row. */
export function tableCsv(table: Pick<DownloadTable, "columns" | "rows">): string {
  return toCsv(
    table.columns.map((c) => c.header),
    table.rows,
  );
}

/** Bytes of `tableCsv(table)`, without making the text (csvByteLength). */
export function tableCsvByteLength(table: Pick<DownloadTable, "columns" | "rows">): number {
  return csvByteLength(
    table.columns.map((c) => c.header),
    table.rows,
  );
}

/** Sentences for the totals whose parts do not add up ("metric": reported, parts sum, difference). */
export function checkSentences(
  items: readonly (SumItem & { label: string; unit: string })[],
  template: (vars: Record<string, string>) => string,
): string[] {
  return inconsistentSums(items).map(({ total, reported, sum, difference }) =>
    template({
      total: total.label,
      reported: `${formatNumber(reported)} ${total.unit}`,
      sum: `${formatNumber(sum)} ${total.unit}`,
      difference: formatDifference(difference),
    }),
  );
}

/** Latest of several NNNN-TT-NN dates (ISO dates sort as text). */
export function latestDate(dates: readonly string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a), "");
}
