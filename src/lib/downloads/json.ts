/**
 * Text of every JSON download (open datasets, charts, tallies, recipient lists): JSON (RFC 8259)
 * indented two spaces like JSON.stringify(value, null, 2), except that a list of records (objects or
 * arrays) keeps each record on one line. A reader scrolling the file sees one row a line, as in
 * the CSV; a 50,000-row list is about a third smaller than fully indented (no indentation and line
 * break per field) and V8 serialises each record on its fast path (no `space` argument).
 */

/** `value` as download text ending in a newline; parses back (JSON.parse) to what JSON.stringify(value) would give. */
export function downloadJson(value: unknown): string {
  return `${format(value, "")}\n`;
}

const isRecord = (value: unknown): value is object => typeof value === "object" && value !== null;

function format(value: unknown, indent: string): string {
  // Anything with its own toJSON (a Date) and every primitive: as JSON.stringify writes it.
  if (!isRecord(value) || typeof (value as { toJSON?: unknown }).toJSON === "function") return JSON.stringify(value) ?? "null";
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const records = value.every(isRecord);
    const items = value.map((item) => inner + (records ? (JSON.stringify(item) ?? "null") : format(item, inner)));
    return `[\n${items.join(",\n")}\n${indent}]`;
  }
  // JSON.stringify leaves out keys whose value is undefined, a function or a symbol.
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(",\n")}\n${indent}}`;
}
