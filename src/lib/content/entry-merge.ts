/**
 * Turns what the editing screen saves into the text of a content file, formatted the way the
 * files are written today, so an edit's git diff touches only the edited lines:
 * - form values become file values by the schema: "1.700" where a number belongs is 1700, an
 *   empty box is null where the field may be null and is left out otherwise, and a field the file
 *   did not have is not added when the form only filled in its default;
 * - JSON keeps the file's key order and its two-space layout;
 * - MDX front matter is edited in place with the `yaml` library's document model, so quotes,
 *   key order and layout of every untouched field stay byte for byte; the body is kept unless
 *   its text changed.
 * New files get the layout of `npm run new` (src/lib/content/starters.ts).
 */
import { Document, isScalar, parseDocument, Scalar, visit } from "yaml";
import type { z } from "zod";
import { fieldInfo, unionOption, type FieldInfo } from "./schema-fields.ts";
import { parseVietnameseNumber } from "../browser/format.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Form value → file value for one field described by `info`; `before` is the field's value in the
 * file as it was (undefined for a new file or a new field). Returns undefined to leave the field out.
 */
export function toFileValue(info: FieldInfo, value: unknown, before: unknown): unknown {
  if (value === undefined) return undefined;
  if (value === "" || (typeof value === "string" && value.trim() === "" && info.kind !== "string")) {
    if (info.nullable) return null;
    return info.optional ? undefined : value;
  }
  if (value === null) return info.nullable ? null : info.optional ? undefined : null;
  switch (info.kind) {
    case "number":
      if (typeof value === "string") return parseVietnameseNumber(value) ?? value;
      return value;
    case "object": {
      if (!isPlainObject(value)) return value;
      return mergeObject(info.fields, value, isPlainObject(before) ? before : undefined);
    }
    case "list": {
      if (!Array.isArray(value)) return value;
      const old = Array.isArray(before) ? before : [];
      return value.map((item, i) => toFileValue(info.element, item, old[i])).filter((v) => v !== undefined);
    }
    case "union": {
      const option = unionOption(info, value);
      return option ? toFileValue(option, value, before) : value;
    }
    default:
      return value;
  }
}

function mergeObject(fields: Record<string, FieldInfo>, value: Record<string, unknown>, before: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // The file's order first, then fields the form added, in the form's (the schema's) order.
  // A new file follows the schema's order. A field the form leaves empty but the schema wants
  // present as null ("launched: null" when the document gives no year) is written as null.
  const wanted = Object.keys(fields).filter((k) => k in value || (fields[k]!.nullable && !fields[k]!.optional));
  const keys = before
    ? [...Object.keys(before).filter((k) => k in value || wanted.includes(k)), ...wanted.filter((k) => !(k in before)), ...Object.keys(value).filter((k) => !(k in before) && !(k in fields))]
    : [...wanted, ...Object.keys(value).filter((k) => !(k in fields))];
  for (const key of keys) {
    const info = fields[key];
    const old = before?.[key];
    const next = info ? (key in value ? toFileValue(info, value[key], old) : info.nullable && !info.optional ? null : undefined) : value[key];
    if (next === undefined) continue;
    // A field the file did not have stays out when the form only shows its default (a new file
    // keeps them, as `npm run new` writes them).
    const added = info !== undefined && before !== undefined && !(key in before);
    if (added && info.defaultValue !== undefined && deepEqual(next, info.defaultValue)) continue;
    if (added && info.optional && info.defaultValue === undefined && (deepEqual(next, []) || next === false)) continue;
    out[key] = next;
  }
  return out;
}

/** File data for an entry of `schema` from the form's data and the file's data before (if any). */
export function fileData(schema: z.ZodType, formData: Record<string, unknown>, before: Record<string, unknown> | undefined): Record<string, unknown> {
  const result = toFileValue(fieldInfo(schema), formData, before);
  return isPlainObject(result) ? result : formData;
}

/** JSON file text, two-space layout and final newline, like every file in content/. */
export function jsonText(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Words that the files write without quotes in front matter: ids and choice values. */
const PLAIN = /^[a-z][a-z0-9-]*$/;

function styleNewScalars(node: unknown): void {
  visit(node as Document, {
    Scalar(key, scalar) {
      if (key !== "key" && typeof scalar.value === "string" && !PLAIN.test(scalar.value) && scalar.type === undefined) scalar.type = Scalar.QUOTE_DOUBLE;
    },
  });
}

function applyYamlChanges(doc: Document, path: (string | number)[], before: unknown, after: unknown): void {
  if (deepEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...path, key]);
    for (const key of Object.keys(after)) {
      if (key in before) applyYamlChanges(doc, [...path, key], before[key], after[key]);
      else setNew(doc, [...path, key], after[key]);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((item, i) => applyYamlChanges(doc, [...path, i], before[i], item));
    return;
  }
  const node = doc.getIn(path, true);
  if (isScalar(node) && (after === null || typeof after !== "object")) {
    // Same node, new value: its quoting stays as the file had it.
    node.value = after;
    if (typeof after === "string" && node.type === Scalar.PLAIN && !PLAIN.test(after)) node.type = Scalar.QUOTE_DOUBLE;
    return;
  }
  setNew(doc, path, after);
}

function setNew(doc: Document, path: (string | number)[], value: unknown): void {
  const node = doc.createNode(value);
  styleNewScalars(node);
  doc.setIn(path, node);
}

/** MDX file text with `data` as front matter and `body` after it. */
export function mdxText(data: Record<string, unknown>, body: string, original?: { text: string; data: Record<string, unknown>; body: string }): string {
  const keepBody = original && original.body.trim() === body.replace(/\r\n?/g, "\n").trim() ? original.body : `\n${body.replace(/\r\n?/g, "\n").trim()}\n`;
  if (original) {
    const match = /^---\n([\s\S]*?\n)---\n/.exec(original.text);
    if (match) {
      const doc = parseDocument(match[1]!);
      applyYamlChanges(doc, [], original.data, data);
      return `---\n${doc.toString({ lineWidth: 0 })}---\n${keepBody}`;
    }
  }
  const doc = new Document(data as Json);
  styleNewScalars(doc);
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${keepBody}`;
}

/** JSON file text for `data`, keeping the key order of the file before (fileData already did). */
export function entryText(ext: ".json" | ".mdx", data: Record<string, unknown>, body: string | undefined, original?: { text: string; data: Record<string, unknown>; body?: string }): string {
  if (ext === ".json") return jsonText(data);
  return mdxText(data, body ?? "", original ? { text: original.text, data: original.data, body: original.body ?? "" } : undefined);
}
