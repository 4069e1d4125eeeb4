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

/**
 * Size in bytes (UTF-8) of `downloadJson(value)`, without making the text: a page that shows a
 * download's size needs no copy of a 50,000-row list's 45 MB file (the download step writes it).
 * Follows `format` above and JSON.stringify's rules (ECMA-262 SerializeJSONProperty: toJSON, keys
 * whose value is undefined, a function or a symbol left out, such array items and non-finite
 * numbers written null).
 */
export function downloadJsonByteLength(value: unknown): number {
  const strings = new Map<string, number>();
  const stringBytes = (text: string) => {
    let bytes = strings.get(text);
    if (bytes === undefined) strings.set(text, (bytes = Buffer.byteLength(JSON.stringify(text), "utf8")));
    return bytes;
  };
  const omitted = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";
  const jsonValue = (v: unknown, key: string) =>
    isRecord(v) && typeof (v as { toJSON?: unknown }).toJSON === "function" ? (v as { toJSON: (key: string) => unknown }).toJSON(key) : v;
  /** Bytes of JSON.stringify(v) for a value JSON.stringify writes (not an omitted one). */
  const compact = (v: unknown): number => {
    if (v === null) return 4;
    if (typeof v === "string") return stringBytes(v);
    if (typeof v === "number") return Number.isFinite(v) ? String(v).length : 4;
    if (typeof v === "boolean") return v ? 4 : 5;
    if (!isRecord(v)) return Buffer.byteLength(JSON.stringify(v), "utf8"); // a BigInt: throws as JSON.stringify does
    if (Array.isArray(v)) {
      let total = 2 + Math.max(v.length - 1, 0);
      v.forEach((item, i) => {
        const shown = jsonValue(item, String(i));
        total += omitted(shown) ? 4 : compact(shown);
      });
      return total;
    }
    let total = 2;
    let count = 0;
    for (const k of Object.keys(v)) {
      const raw = (v as Record<string, unknown>)[k];
      // Most fields of a recipient row are empty.
      if (raw === null) {
        total += stringBytes(k) + 5;
        count++;
        continue;
      }
      const shown = jsonValue(raw, k);
      if (omitted(shown)) continue;
      total += stringBytes(k) + 1 + compact(shown);
      count++;
    }
    return total + Math.max(count - 1, 0);
  };
  /** Bytes of JSON.stringify(v) ?? "null", as format writes a primitive, a toJSON value or a record. */
  const whole = (v: unknown): number => {
    const shown = jsonValue(v, "");
    return omitted(shown) ? 4 : compact(shown);
  };
  /** Bytes of format(v, indent), for an indentation `indent` spaces deep. */
  const formatted = (v: unknown, indent: number): number => {
    if (!isRecord(v) || typeof (v as { toJSON?: unknown }).toJSON === "function") return whole(v);
    const inner = indent + 2;
    // "[\n" or "{\n", the ",\n" between items, "\n", the closing line's indentation and bracket.
    const frame = (count: number) => 2 + (count - 1) * 2 + 1 + indent + 1;
    if (Array.isArray(v)) {
      if (v.length === 0) return 2;
      const records = v.every(isRecord);
      let total = frame(v.length);
      for (const item of v) total += inner + (records ? whole(item) : formatted(item, inner));
      return total;
    }
    const entries = Object.entries(v).filter(([, x]) => !omitted(x));
    if (entries.length === 0) return 2;
    let total = frame(entries.length);
    for (const [k, x] of entries) total += inner + stringBytes(k) + 2 + formatted(x, inner);
    return total;
  };
  return formatted(value, 0) + 1;
}
