/**
 * Opens the site's CSV and Excel files in LibreOffice Calc (headless, Debian's
 * libreoffice-calc-nogui) under a given locale, as a reader with those regional settings would,
 * and reads back every cell with its type. Used by tests/e2e/spreadsheets.spec.ts on the built site.
 *
 * Each locale gets its own LibreOffice user profile whose only setting is the locale
 * (Tools ▸ Options ▸ Language Settings ▸ Locale setting). Files are converted to flat ODS (.fods),
 * whose XML states each cell's type (float, string, date, boolean) and exact value. CSV files are
 * opened with the Text Import dialog's defaults for a new user (separators , ; and tab, quote ",
 * language from the locale, no special-number detection), plus "Evaluate formulas", which the
 * site asks LibreOffice users to tick so that ="2.10" reads as the text 2.10.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

export const SOFFICE = [process.env["SOFFICE_PATH"], "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice"].find((p): p is string =>
  Boolean(p && existsSync(p)),
);

/**
 * CSV import options as LibreOffice's filter string: separators , ; tab (44/59/9), quote ("), UTF-8
 * (76; the dialog picks it from the BOM), from line 1, no column types, language 0 (the locale),
 * quoted fields not forced to text, special numbers not detected, spaces kept, formulas evaluated.
 */
export const CSV_IMPORT = "CSV:44/59/9,34,76,1,,0,false,false,false,false,false,-1,true";

export interface SheetCell {
  type: "float" | "percentage" | "currency" | "string" | "date" | "time" | "boolean" | "empty";
  /** Numeric value (float, percentage, currency), ISO date, or "true"/"false". */
  value?: string;
  /** The cell's text as shown (string cells: the text itself). */
  text: string;
}

export type Workbook = Map<string, SheetCell[][]>;

/** A fresh LibreOffice profile whose locale setting is `locale` (e.g. "vi-VN"). */
function profile(locale: string): string {
  const dir = mkdtempSync(join(tmpdir(), `antq-lo-${locale}-`));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/**
 * Converts files to .fods with one LibreOffice run per file kind (CSV with CSV_IMPORT, workbooks as
 * they are) under `locale`; returns each input path's workbook. Inputs are copied under unique
 * names first, since files in different folders may share a name.
 */
export function openInLibreOffice(files: readonly string[], locale: string): Map<string, Workbook> {
  if (!SOFFICE) throw new Error("LibreOffice is not installed: apt-get install libreoffice-calc-nogui (see .ci/run)");
  const home = profile(locale);
  const work = mkdtempSync(join(tmpdir(), "antq-lo-files-"));
  const names = new Map(files.map((file, i) => [file, `${String(i).padStart(5, "0")}-${basename(file)}`]));
  const result = new Map<string, Workbook>();
  try {
    convertAll(SOFFICE, files, names, home, work, locale, result);
  } finally {
    rmSync(home, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
  return result;
}

function convertAll(
  soffice: string,
  files: readonly string[],
  names: ReadonlyMap<string, string>,
  home: string,
  work: string,
  locale: string,
  result: Map<string, Workbook>,
): void {
  for (const kind of ["csv", "xlsx"] as const) {
    const group = files.filter((f) => f.endsWith(`.${kind}`));
    if (group.length === 0) continue;
    const inDir = join(work, kind);
    const outDir = join(work, `${kind}-fods`);
    mkdirSync(inDir, { recursive: true });
    for (const file of group) copyFileSync(file, join(inDir, names.get(file)!));
    const args = [
      `-env:UserInstallation=${pathToFileURL(home).href}`,
      "--headless",
      "--norestore",
      ...(kind === "csv" ? [`--infilter=${CSV_IMPORT}`] : []),
      "--convert-to",
      "fods",
      "--outdir",
      outDir,
      ...group.map((f) => join(inDir, names.get(f)!)),
    ];
    const run = spawnSync(soffice, args, {
      encoding: "utf8",
      timeout: 600_000,
      env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" },
    });
    for (const file of group) {
      const out = join(outDir, names.get(file)!.replace(/\.\w+$/, ".fods"));
      if (!existsSync(out))
        throw new Error(`LibreOffice did not open ${file} (${locale}): ${run.stderr || run.stdout || run.error?.message}`);
      result.set(file, parseFods(readFileSync(out, "utf8")));
    }
  }
}

const decode = (xml: string) =>
  xml.replace(/&(lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-f]+));/gi, (_m, name: string, dec?: string, hex?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );

const attr = (attrs: string, name: string) => {
  const m = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]!) : undefined;
};

/** The text of a cell's <text:p> paragraphs, spaces, tabs and line breaks restored. */
function cellText(inner: string): string {
  return [...inner.matchAll(/<text:p[^>]*?(?:\/>|>([\s\S]*?)<\/text:p>)/g)]
    .map((p) =>
      decode(
        (p[1] ?? "")
          .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_m, n?: string) => " ".repeat(Number(n ?? 1)))
          .replace(/<text:tab\/>/g, "\t")
          .replace(/<text:line-break\/>/g, "\n")
          .replace(/<[^>]+>/g, ""),
      ),
    )
    .join("\n");
}

/** Every sheet of a flat ODS document: rows of typed cells, trailing empty cells and rows dropped. */
export function parseFods(xml: string): Workbook {
  const book: Workbook = new Map();
  for (const table of xml.matchAll(/<table:table [^>]*?table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
    const rows: SheetCell[][] = [];
    for (const row of table[2]!.matchAll(/<table:table-row([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
      const cells: SheetCell[] = [];
      for (const cell of (row[2] ?? "").matchAll(
        /<table:(?:covered-)?table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g,
      )) {
        const attrs = cell[1]!;
        const type = (attr(attrs, "office:value-type") ?? "empty") as SheetCell["type"];
        const value =
          attr(attrs, "office:value") ??
          attr(attrs, "office:date-value") ??
          attr(attrs, "office:boolean-value") ??
          attr(attrs, "office:time-value");
        const text = attr(attrs, "office:string-value") ?? cellText(cell[2] ?? "");
        const one: SheetCell = value === undefined ? { type, text } : { type, value, text };
        const repeat = Math.min(Number(attr(attrs, "table:number-columns-repeated") ?? 1), 1000);
        for (let i = 0; i < repeat; i++) cells.push(one);
      }
      while (cells.length > 0 && cells.at(-1)!.type === "empty" && cells.at(-1)!.text === "") cells.pop();
      const repeat = cells.length === 0 ? 1 : Math.min(Number(attr(row[1]!, "table:number-rows-repeated") ?? 1), 100_000);
      for (let i = 0; i < repeat; i++) rows.push(cells);
    }
    while (rows.length > 0 && rows.at(-1)!.length === 0) rows.pop();
    book.set(decode(table[1]!), rows);
  }
  return book;
}
