/**
 * Every .xlsx and .csv of the built site (and the recipient lists of the fictional fixture site,
 * its 50,000-row list included, when `npm run build:fixtures` has run) opened in LibreOffice Calc
 * under vi-VN and en-US settings, as a journalist would open them. For every cell of every data
 * sheet: a number is a number cell equal to the value the file was written with, an identifier
 * (ids, target numbers such as 2.10, years, dates, decision numbers) is a text cell unchanged,
 * and Vietnamese text comes back letter for letter. The JSON download beside each file (the
 * content's values) is the reference for the workbook, the workbook for the CSV, and the CSV's own
 * text for both.
 *
 * The one thing a CSV cannot do under a decimal-comma locale is read 3843.93 as a number: there
 * the test requires the decimal to stay the text 3843.93 (never another number), which is why
 * every CSV link tells readers with Vietnamese settings to take the .xlsx.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test, expect } from "./fixtures.ts";
import { DIST } from "./published-site.ts";
import { listFiles } from "../../scripts/lib/dist-files.ts";
import { openInLibreOffice, SOFFICE, type SheetCell, type Workbook } from "../../scripts/lib/quality/spreadsheets.ts";
import { parseCsv, unprotect } from "../../src/lib/downloads/csv.ts";
import { t } from "../../src/i18n/vi.ts";

const FIXTURE = "dist-fixtures/recipients";
const LOCALES = ["vi-VN", "en-US"] as const;
/** Machine names of columns that hold codes and labels, never quantities. */
const IDENTIFIERS = new Set([
  "id",
  "number",
  "year",
  "goal",
  "launched",
  "decision",
  "partOf",
  "sourceDocument",
  "award",
  "updated",
  "date",
  "decisionDate",
  "periodFrom",
  "periodTo",
  "deadline",
  "achievementAsOf",
]);
const isIdentifier = (name: string) => IDENTIFIERS.has(name) || /Id$/.test(name);

const files = (root: string, under = "") =>
  existsSync(root)
    ? listFiles(join(root, under))
        .filter((f) => /\.(csv|xlsx)$/.test(f))
        .map((f) => join(root, under, f))
    : [];
const siteFiles = files(DIST);
const fixtureFiles = files(FIXTURE, "khen-thuong/danh-sach");
const SPECIAL_SHEETS = new Set([t("workbook.sheet.columns"), t("workbook.sheet.sources")]);

test.describe.configure({ mode: "serial" });

/** Data sheets of a workbook with their columns' machine names (from its "Cột" sheet). */
function dataSheets(book: Workbook): { name: string; rows: SheetCell[][]; names: string[] }[] {
  const columns = book.get(t("workbook.sheet.columns")) ?? [];
  return [...book]
    .filter(([name]) => !SPECIAL_SHEETS.has(name))
    .map(([name, rows]) => ({ name, rows, names: columns.filter((r) => r[0]?.text === name).map((r) => r[2]!.text) }));
}

const cellAt = (rows: SheetCell[][], r: number, c: number): SheetCell => rows[r]?.[c] ?? { type: "empty", text: "" };
const describeCell = (cell: SheetCell) => `${cell.type}${cell.value !== undefined ? `(${cell.value})` : ""} "${cell.text}"`;

/**
 * Problems of one data sheet read back from a workbook, against the CSV written beside it: numbers
 * equal to the CSV's number, text equal to the CSV's text, identifiers text.
 */
function workbookProblems(file: string, sheet: { rows: SheetCell[][]; names: string[] }, csv: string[][]): string[] {
  const problems: string[] = [];
  if (sheet.names.length !== csv[0]!.length)
    problems.push(`${file}: sheet has ${sheet.names.length} described columns, CSV ${csv[0]!.length}`);
  csv.forEach((line, r) =>
    line.forEach((raw, c) => {
      const cell = cellAt(sheet.rows, r, c);
      const text = unprotect(raw);
      const where = `${file} row ${r + 1} column ${sheet.names[c] ?? c + 1}`;
      if (raw === "") {
        if (cell.type !== "empty" || cell.text !== "") problems.push(`${where}: expected empty, got ${describeCell(cell)}`);
      } else if (r > 0 && raw === text && /^-?\d+(\.\d+)?$/.test(raw)) {
        if (cell.type !== "float" || Number(cell.value) !== Number(raw))
          problems.push(`${where}: expected the number ${raw}, got ${describeCell(cell)}`);
        if (isIdentifier(sheet.names[c] ?? "")) problems.push(`${where}: identifier written as a number ${raw}`);
      } else if (r > 0 && (raw === "true" || raw === "false")) {
        if (cell.type !== "boolean" || cell.value !== raw) problems.push(`${where}: expected ${raw}, got ${describeCell(cell)}`);
      } else if (cell.type !== "string" || cell.text !== text)
        problems.push(`${where}: expected the text "${text}", got ${describeCell(cell)}`);
    }),
  );
  if (sheet.rows.length !== csv.length) problems.push(`${file}: ${sheet.rows.length} rows in the workbook, ${csv.length} in the CSV`);
  return problems;
}

/** Problems of a CSV read back by LibreOffice under `locale`, against the same table read from its workbook. */
function csvProblems(file: string, locale: string, read: SheetCell[][], reference: SheetCell[][], csv: string[][]): string[] {
  const problems: string[] = [];
  const decimalComma = locale === "vi-VN";
  reference.forEach((line, r) =>
    line.forEach((want, c) => {
      const got = cellAt(read, r, c);
      const raw = csv[r]?.[c] ?? "";
      const where = `${file} (${locale}) row ${r + 1} column ${c + 1}`;
      if (want.type === "float") {
        // Under a decimal-comma locale a CSV decimal can only stay text: exactly as written, never another number.
        const ok =
          got.type === "float"
            ? Number(got.value) === Number(want.value)
            : decimalComma && raw.includes(".") && got.type === "string" && got.text === raw;
        if (!ok) problems.push(`${where}: expected the number ${want.value}, got ${describeCell(got)}`);
      } else if (want.type === "boolean") {
        if (got.type !== "boolean" || got.value !== want.value) problems.push(`${where}: expected ${want.value}, got ${describeCell(got)}`);
      } else if (got.type !== want.type || got.text !== want.text)
        problems.push(`${where}: expected ${describeCell(want)}, got ${describeCell(got)}`);
    }),
  );
  if (read.length !== reference.length) problems.push(`${file} (${locale}): ${read.length} rows, workbook has ${reference.length}`);
  return problems;
}

const csvOf = (file: string) => parseCsv(readFileSync(file, "utf8"), { raw: true });

/**
 * Problems of a sheet against the JSON download beside it, the content's values as published:
 * every column whose machine name is a key of the JSON rows holds that value (a number as an equal
 * number cell, or as text where the column is an identifier; text letter for letter; null empty).
 */
function jsonProblems(file: string, sheet: { rows: SheetCell[][]; names: string[] }, rows: Record<string, unknown>[]): string[] {
  const problems: string[] = [];
  rows.forEach((row, i) =>
    sheet.names.forEach((name, c) => {
      if (!(name in row)) return;
      const want = row[name];
      const got = cellAt(sheet.rows, i + 1, c);
      const where = `${file} row ${i + 2} column ${name}`;
      const ok =
        want === null || want === ""
          ? got.type === "empty"
          : typeof want === "number"
            ? isIdentifier(name)
              ? got.type === "string" && got.text === String(want)
              : got.type === "float" && Number(got.value) === want
            : got.type === "string" && got.text === String(want);
      if (!ok) problems.push(`${where}: the JSON says ${JSON.stringify(want)}, the sheet has ${describeCell(got)}`);
    }),
  );
  return problems;
}

for (const locale of LOCALES) {
  test(`LibreOffice Calc (${locale}) reads every number, identifier and Vietnamese text of every .xlsx and .csv as written`, async () => {
    // Two LibreOffice runs (CSV, workbooks) over a few hundred files plus the 50,000-row list.
    test.setTimeout(600_000);
    expect(SOFFICE, "LibreOffice is not installed: apt-get install libreoffice-calc-nogui (see .ci/run)").toBeDefined();
    const all = [...siteFiles, ...fixtureFiles];
    expect(siteFiles.filter((f) => f.endsWith(".xlsx")).length).toBeGreaterThan(5);
    test.info().annotations.push({ type: "files", description: `${siteFiles.length} from dist/, ${fixtureFiles.length} from ${FIXTURE}` });
    const books = openInLibreOffice(all, locale);
    const problems: string[] = [];
    const byHeader = new Map<string, string>();
    for (const file of all.filter((f) => f.endsWith(".csv"))) {
      const csv = csvOf(file);
      byHeader.set(csv[0]!.join("\u0000"), file);
      const twin = file.replace(/\.csv$/, ".xlsx");
      expect(existsSync(twin), `${twin} beside ${file}`).toBe(true);
      const [sheet] = dataSheets(books.get(twin)!);
      problems.push(...workbookProblems(twin, sheet!, csv));
      const json = file.replace(/\.csv$/, ".json");
      if (existsSync(json))
        problems.push(...jsonProblems(twin, sheet!, (JSON.parse(readFileSync(json, "utf8")) as { rows: Record<string, unknown>[] }).rows));
      problems.push(...csvProblems(file, locale, books.get(file)!.values().next().value!, sheet!.rows, csv));
    }
    // Workbooks with several tables (all the open data) hold exactly the tables of the CSVs.
    for (const file of all.filter((f) => f.endsWith(".xlsx") && !existsSync(f.replace(/\.xlsx$/, ".csv")))) {
      const sheets = dataSheets(books.get(file)!);
      expect(sheets.length, file).toBeGreaterThan(1);
      for (const sheet of sheets) {
        const csvFile = byHeader.get(sheet.rows[0]!.map((c) => c.text).join("\u0000"));
        if (!csvFile) problems.push(`${file} sheet ${sheet.name}: no CSV has its columns`);
        else problems.push(...workbookProblems(`${file} sheet ${sheet.name}`, sheet, csvOf(csvFile)));
      }
    }
    // Every workbook says where its data come from and under which licence.
    for (const file of all.filter((f) => f.endsWith(".xlsx"))) {
      const sources =
        books
          .get(file)!
          .get(t("workbook.sheet.sources"))
          ?.map((r) => r.map((c) => c.text).join(" ")) ?? [];
      if (!sources.some((line) => line.startsWith(t("workbook.sources.licence")) && /creativecommons|giấy phép|licen/i.test(line)))
        problems.push(`${file}: no licence on the "${t("workbook.sheet.sources")}" sheet`);
    }
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  });
}
