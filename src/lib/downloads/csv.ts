/**
 * CSV as RFC 4180 describes it, with a UTF-8 byte order mark so Excel shows Vietnamese letters,
 * written so that spreadsheets keep what they read: text that a spreadsheet would turn into a
 * number, a date or a formula is written as the formula ="…" (Excel, Google Sheets and LibreOffice
 * with "Evaluate formulas" read it back as that exact text), and numbers never look like a
 * thousands-grouped number under a decimal-comma locale.
 * Hand-written rather than a CSV library: RFC 4180 quoting is a few lines, and the rules that
 * matter here (keeping text as text in spreadsheets, the BOM) are ours, which no writer provides.
 */

const BOM = "\uFEFF";

/**
 * Text a spreadsheet would not keep as text: numbers in any locale's writing (2.10, 1,5, 12%,
 * 1e5), dates and fractions (2014-08, 15/8/2014, 1/2), times (8:30), booleans, and anything
 * starting like a formula (=, +, -, @).
 */
const LOOKS_CONVERTED = [
  /^\s*[-+]?[\d.,\s]*\d[\d.,\s]*(e[-+]?\d+)?\s*%?\s*$/i,
  /^\s*\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?\s*$/,
  /^\s*\d{1,2}:\d{2}/,
  /^(true|false|đúng|sai)$/i,
  /^[=+\-@]/,
];

/** True when a spreadsheet opening the CSV would turn this text into something else. */
export function looksConverted(text: string): boolean {
  return LOOKS_CONVERTED.some((re) => re.test(text));
}

/**
 * A number as CSV writes it: plain digits and a decimal point, no grouping. A number with exactly
 * three decimals (1.234) gets a trailing zero (1.2340): under vi-VN or de-DE settings "1.234" reads
 * as one thousand two hundred thirty-four, "1.2340" cannot be misread that way.
 */
export function csvNumber(value: number): string {
  const text = String(value);
  return /^-?\d+\.\d{3}$/.test(text) ? `${text}0` : text;
}

/**
 * One field. Numbers and booleans as values; text quoted when it holds a separator a spreadsheet
 * may use (comma, semicolon, tab), a quote or a line break, and written as ="…" when a spreadsheet
 * would convert it (see looksConverted).
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return csvNumber(value);
  if (typeof value === "boolean") return String(value);
  const text = looksConverted(value) ? `="${value.replace(/"/g, '""')}"` : value;
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type CsvValue = string | number | boolean | null | undefined;

/** Header and rows joined with CRLF (RFC 4180), BOM first, ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  // Most text repeats down a column (award, decision, source, district): each distinct text is
  // checked against the spreadsheet rules once, not once per row of a 50,000-row list.
  const written = new Map<string, string>();
  const field = (value: CsvValue) => {
    if (typeof value !== "string") return csvField(value);
    let text = written.get(value);
    if (text === undefined) written.set(value, (text = csvField(value)));
    return text;
  };
  const lines = [header, ...rows].map((row) => row.map(field).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}

/**
 * Size in bytes (UTF-8) of `toCsv(header, rows)`, without making the text: a page that shows a
 * download's size needs no copy of a 50,000-row list's 20 MB file (the download step writes it).
 */
export function csvByteLength(header: readonly string[], rows: readonly (readonly CsvValue[])[]): number {
  // Bytes of each distinct text as written (csvField): a 50,000-row list repeats most of its texts.
  const texts = new Map<string, number>();
  const size = (value: CsvValue) => {
    if (value === null || value === undefined) return 0;
    if (typeof value !== "string") return csvField(value).length; // digits, a point, a sign, true/false
    let bytes = texts.get(value);
    if (bytes === undefined) texts.set(value, (bytes = Buffer.byteLength(csvField(value), "utf8")));
    return bytes;
  };
  let total = Buffer.byteLength(BOM, "utf8");
  for (const row of [header, ...rows]) {
    // Fields, the commas between them, CRLF.
    total += Math.max(row.length - 1, 0) + 2;
    for (const value of row) total += size(value);
  }
  return total;
}

/** The text inside a field written as ="…" (see csvField); any other field unchanged. */
export function unprotect(field: string): string {
  const match = /^="((?:[^"]|"")*)"$/.exec(field);
  return match ? match[1]!.replace(/""/g, '"') : field;
}

/**
 * Parses CSV written by toCsv (used by tests and by readers' tools alike). Fields written as ="…"
 * come back as their text; pass `{ raw: true }` to see them as written.
 */
export function parseCsv(text: string, options: { raw?: boolean } = {}): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  const push = () => row.push(options.raw ? cell : unprotect(cell));
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") {
      push();
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      push();
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    push();
    rows.push(row);
  }
  return rows;
}
