/** CSV as RFC 4180 describes it, with a UTF-8 byte order mark so Excel shows Vietnamese letters. */

const BOM = "\uFEFF";

/** Quotes a field only when it holds a comma, a quote or a line break; quotes inside are doubled. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header and rows joined with CRLF (RFC 4180), BOM first, ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
