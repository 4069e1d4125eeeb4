/**
 * Excel workbooks (.xlsx) of download tables, written at build time only (Node; never shipped to
 * the browser) with write-excel-file. Numbers are number cells with a grouping format, so Excel
 * and LibreOffice show them in the reader's own convention (137.226 under vi-VN); identifiers and
 * labels are text cells formatted "@", so 2.10 stays 2.10 and 2019 stays a label. Each workbook
 * has its data sheet(s), a "Cột" sheet (header, machine name, meaning) and a "Nguồn" sheet
 * (source of every row, notes, sum checks, licence, permanent address, date).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import writeXlsxFile, { type Cell, type SheetData } from "write-excel-file/node";
import { buildCacheDir, cachedFile } from "./build-cache.ts";
import { t } from "../../i18n/vi.ts";
import type { CellValue, DownloadMeta, DownloadTable, RowSource } from "../downloads/download-table.ts";
import { formatNumber } from "../browser/format.ts";

/** Number format of a number cell: grouped thousands, exactly the decimals the value has. */
export function numberFormat(value: number): string {
  const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0;
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
}

/** One data cell: a number cell, a boolean cell, a text cell ("@") or empty. */
export function workbookCell(value: CellValue): Cell {
  if (value === null || value === "") return null;
  if (typeof value === "number") return { value, type: Number, format: numberFormat(value) };
  if (typeof value === "boolean") return { value, type: Boolean };
  return { value, type: String, format: "@" };
}

const headerCell = (text: string): Cell => ({ value: text, type: String, fontWeight: "bold" });
const textCell = (text: string): Cell => (text === "" ? null : { value: text, type: String, format: "@" });

export interface WorkbookSheet {
  name: string;
  data: SheetData;
  /** Column widths in characters. */
  widths: number[];
}

/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. A longer title is cut at the last
 * whole word that fits (never mid-word: "nội dun"), without a trailing comma.
 */
export function sheetName(title: string): string {
  const clean = title.replace(/[:\\/?*[\]]/g, "-");
  if (clean.length <= 31) return clean;
  const cut = clean
    .slice(0, 32)
    .replace(/\s+\S*$/, "")
    .replace(/[\s,;–-]+$/, "");
  return cut.length > 0 ? cut : clean.slice(0, 31);
}

const width = (texts: readonly string[]) => Math.min(60, Math.max(8, ...texts.map((s) => s.length + 2)));

/**
 * The data sheet of one table: the Vietnamese header row, then one row per table row. Its cells are
 * made when first read (when the workbook is written): a workbook found in the cache needs only
 * the table's digest (sheetDigest), and a 50,000-row sheet is two million cell objects.
 */
export function dataSheet(name: string, table: Pick<DownloadTable, "columns" | "rows">): WorkbookSheet {
  // Widths from the header and the first rows: enough to read, cheap on 50,000 rows.
  const sample = table.rows.slice(0, 200);
  const widths = table.columns.map((c, i) => width([c.header, ...sample.map((row) => (row[i] === null ? "" : String(row[i])))]));
  let data: SheetData | undefined;
  const sheet: WorkbookSheet = {
    name,
    get data() {
      return (data ??= [table.columns.map((c) => headerCell(c.header)), ...table.rows.map((row) => row.map(workbookCell))]);
    },
    widths,
  };
  sheetTables.set(sheet, table);
  return sheet;
}

/**
 * Consecutive rows with the same source as one line: "1–50.000" (data rows, counted from 1 under
 * the header row), so a 50,000-row list from one decision takes one line, not 50,000.
 */
export function sourceRuns(sources: readonly RowSource[]): { rows: string; source: RowSource }[] {
  const runs: { first: number; last: number; source: RowSource }[] = [];
  sources.forEach((source, i) => {
    const last = runs.at(-1);
    if (last && last.source.document === source.document && last.source.section === source.section && last.source.url === source.url)
      last.last = i + 1;
    else runs.push({ first: i + 1, last: i + 1, source });
  });
  return runs.map((r) => ({
    rows: r.first === r.last ? formatNumber(r.first) : `${formatNumber(r.first)}–${formatNumber(r.last)}`,
    source: r.source,
  }));
}

/** Every sheet of a workbook: one data sheet per table, then "Cột" and "Nguồn". */
export function workbookSheets(tables: readonly { sheet: string; table: DownloadTable }[], meta: DownloadMeta): WorkbookSheet[] {
  const columnRows: Cell[][] = tables.flatMap(({ sheet, table }) =>
    table.columns.map((c) => [textCell(sheet), textCell(c.header), textCell(c.name), textCell(c.description)]),
  );
  const columns: WorkbookSheet = {
    name: t("workbook.sheet.columns"),
    data: [t("workbook.columns.header").split("|").map(headerCell), ...columnRows],
    widths: [20, 28, 24, 60],
  };
  const line = (label: string, value: string): Cell[] => [headerCell(label), textCell(value)];
  const notes = tables.flatMap(({ table }) => table.notes);
  const checks = tables.flatMap(({ table }) => table.checks);
  const sourceRows: Cell[][] = tables.flatMap(({ sheet, table }) =>
    sourceRuns(table.sources).map((run) => [
      textCell(sheet),
      textCell(run.rows),
      textCell(run.source.document),
      textCell(run.source.section),
      textCell(run.source.url),
    ]),
  );
  const sources: WorkbookSheet = {
    name: t("workbook.sheet.sources"),
    data: [
      line(t("workbook.sources.title"), meta.title),
      line(t("workbook.sources.page"), meta.pageUrl),
      line(t("workbook.sources.file"), meta.fileUrl),
      line(t("workbook.sources.publisher"), meta.publisher),
      line(t("workbook.sources.licence"), `${meta.licence.name} — ${meta.licence.url}`),
      line(t("workbook.sources.updated"), meta.updated),
      ...(notes.length > 0 ? [[null], [headerCell(t("workbook.sources.notes"))], ...notes.map((n) => [textCell(n)])] : []),
      ...(checks.length > 0 ? [[null], [headerCell(t("workbook.sources.checks"))], ...checks.map((c) => [textCell(c)])] : []),
      [null],
      [headerCell(t("workbook.sources.rows"))],
      t("workbook.sources.rowsHeader").split("|").map(headerCell),
      ...sourceRows,
    ],
    widths: [24, 10, 40, 50, 50],
  };
  return [...tables.map(({ sheet, table }) => dataSheet(sheet, table)), columns, sources];
}

/** Workbooks kept between builds: WORKBOOK_CACHE_DIR when set (the benchmark's cold builds), else under node_modules/.cache. */
export const workbookCacheDir = (env: NodeJS.ProcessEnv = process.env) => buildCacheDir("WORKBOOK_CACHE_DIR", "antq-workbooks", env);

let writerFingerprint: string | undefined;

// A cell's type is a constructor (String, Number, Boolean), which JSON drops: the key adds every
// cell's type name. (A replacer function in JSON.stringify did the same at 5% of a 2,000-profile build.)
function cellTypes(data: SheetData): string {
  let types = "";
  for (const row of data)
    for (const cell of row)
      types += cell && typeof cell === "object" && "type" in cell && typeof cell.type === "function" ? cell.type.name[0] : "-";
  return types;
}

// Hashing a 50,000-row sheet takes a good part of a second; a table shared by two workbooks (a
// dataset's own and the all-data one) is hashed once.
const sheetDigests = new WeakMap<object, string>();
// The table each data sheet is made from (dataSheet): its plain values are a third of the JSON of
// the cells they become, and the cells follow from them by headerCell and workbookCell, whose code
// is part of the key (workbookKey).
const sheetTables = new WeakMap<WorkbookSheet, Pick<DownloadTable, "columns" | "rows">>();

/** SHA-256 of a sheet's cells: the table they are made from, else their JSON and every cell's type. */
function sheetDigest(sheet: WorkbookSheet): string {
  const table = sheetTables.get(sheet);
  const source: object = table ?? sheet.data;
  let digest = sheetDigests.get(source);
  if (digest === undefined) {
    digest = (
      table
        ? createHash("sha256")
            .update("table")
            .update(JSON.stringify(table.columns.map((c) => c.header)))
            .update(JSON.stringify(table.rows))
        : createHash("sha256").update("cells").update(JSON.stringify(sheet.data)).update(cellTypes(sheet.data))
    ).digest("hex");
    sheetDigests.set(source, digest);
  }
  return digest;
}

/**
 * Cache key of a workbook: its sheets, its date, the writer's version and this module's writing
 * code, so equal keys mean byte-identical files and any change to either writes it anew.
 */
export function workbookKey(sheets: readonly WorkbookSheet[], updated: string): string {
  writerFingerprint ??= [
    JSON.parse(readFileSync(resolve("node_modules/write-excel-file/package.json"), "utf8")).version,
    renderWorkbook,
    setZipDates,
    headerCell,
    workbookCell,
    numberFormat,
  ].join("|");
  return createHash("sha256")
    .update(writerFingerprint)
    .update(updated)
    .update(JSON.stringify(sheets.map((s) => ({ name: s.name, widths: s.widths, data: sheetDigest(s) }))))
    .digest("hex");
}

/**
 * The .xlsx bytes. Zip entries are dated `updated` (NNNN-TT-NN) instead of the clock, so two
 * builds of the same content write identical files. A 50,000-row list takes seconds to write, so
 * a workbook already written with the same key comes from the cache (src/lib/build/build-cache.ts).
 */
export function writeWorkbook(sheets: readonly WorkbookSheet[], updated: string): Promise<Uint8Array> {
  return cachedFile(workbookCacheDir(), `${workbookKey(sheets, updated)}.xlsx`, () => renderWorkbook(sheets, updated));
}

async function renderWorkbook(sheets: readonly WorkbookSheet[], updated: string): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(
    sheets.map((s) => ({ data: s.data, sheet: s.name, columns: s.widths.map((w) => ({ width: w })), stickyRowsCount: 1 })),
    { fontFamily: "Arial", fontSize: 11 },
  ).toBuffer();
  return setZipDates(new Uint8Array(buffer), updated);
}

/** Sets the modification date of every entry of a zip file (local and central headers) to `date`, at midnight. */
export function setZipDates(zip: Uint8Array, date: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const [y, m, d] = (/^(\d{4})-(\d{2})-(\d{2})/.exec(date) ?? [, "1980", "01", "01"]).slice(1).map(Number) as [number, number, number];
  const dosDate = ((Math.max(y, 1980) - 1980) << 9) | (m << 5) | d;
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("Tệp .xlsx hỏng: không thấy mục lục zip");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("Tệp .xlsx hỏng: mục lục zip sai");
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}

/** The .xlsx bytes of one or more download tables (one data sheet each) with their "Cột" and "Nguồn" sheets. */
export function tablesWorkbook(tables: readonly { sheet: string; table: DownloadTable }[], meta: DownloadMeta): Promise<Uint8Array> {
  return writeWorkbook(workbookSheets(tables, meta), meta.updated);
}

/** The .xlsx bytes of a single table, its data sheet named "Dữ liệu". */
export function tableWorkbook(table: DownloadTable, meta: DownloadMeta): Promise<Uint8Array> {
  return tablesWorkbook([{ sheet: t("workbook.sheet.data"), table }], meta);
}
