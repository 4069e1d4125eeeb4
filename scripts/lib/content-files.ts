/**
 * Reading content files the way editors save them: UTF-8 with or without BOM, CRLF or LF, text in
 * NFC or not. Everything is normalised before parsing so the site never depends on the editor used.
 */
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import { CORE_SCHEMA, load } from "js-yaml";

export const COLLECTIONS = {
  documents: { ext: ".json" },
  models: { ext: ".mdx" },
  statistics: { ext: ".json" },
  commendations: { ext: ".json" },
  targets: { ext: ".json" },
  assessments: { ext: ".json" },
  responsibilities: { ext: ".json" },
  events: { ext: ".json" },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** Problem found while reading a file, before any schema check. */
export interface ParseProblem {
  kind: "json" | "yaml" | "frontmatter" | "extension" | "encoding";
  message: string;
  line?: number;
  column?: number;
}

export interface RawEntry {
  collection: CollectionName;
  /** File name without extension: the entry's id and URL segment. */
  id: string;
  /** Path relative to the project root, as editors see it. */
  file: string;
  data?: unknown;
  body?: string;
  /** Line where the data starts in the file (front matter starts at line 2). */
  dataLineOffset: number;
  /** Text of the data part after normalisation, to locate fields by line. */
  dataText?: string;
  problem?: ParseProblem;
}

/** Strips a BOM, turns CRLF/CR into LF and composes text to NFC. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}

/** Parses JSON and, on failure, reports the line and column the way editors count them. */
export function parseJson(text: string): { data?: unknown; problem?: ParseProblem } {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const where = position ? lineColumn(text, Number(position[1])) : lineColumn(text, text.length);
    return {
      problem: {
        kind: "json",
        message: describeJsonError(message),
        ...where,
      },
    };
  }
}

function describeJsonError(message: string): string {
  if (/Unexpected end of JSON input|Unterminated/.test(message)) return "tệp JSON bị cắt ngang: thiếu dấu đóng } hoặc ] hoặc dấu nháy kép";
  if (/Expected double-quoted property name/.test(message)) return "tên trường phải đặt trong dấu nháy kép, hoặc có dấu phẩy thừa trước dấu }";
  if (/Expected ',' or '[}\]]'/.test(message)) return "thiếu dấu phẩy giữa hai trường hoặc hai phần tử";
  if (/Bad control character/.test(message)) return "có ký tự xuống dòng hoặc tab nằm trong chuỗi: dùng \\n thay cho xuống dòng";
  return `JSON không hợp lệ (${message.replace(/ in JSON at position \d+.*$/, "")})`;
}

/** Splits an MDX file into front matter data and body. */
export function parseMdx(text: string): { data?: unknown; body?: string; dataText?: string; problem?: ParseProblem } {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match) {
    return { problem: { kind: "frontmatter", message: "tệp MDX phải mở đầu bằng phần thông tin nằm giữa hai dòng ---", line: 1, column: 1 } };
  }
  const yamlText = match[1]!;
  // js-yaml is what Astro reads front matter with, and several times faster; CORE_SCHEMA keeps dates
  // as text, as our schemas expect. The slower \`yaml\` parser runs only to place an error precisely.
  try {
    return { data: load(yamlText, { schema: CORE_SCHEMA }), body: text.slice(match[0].length), dataText: yamlText };
  } catch {
    // Reported below with line and column.
  }
  const doc = parseDocument(yamlText, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    return {
      problem: {
        kind: "yaml",
        message: `phần thông tin (YAML) không hợp lệ: ${error.message.split("\n")[0]}`,
        line: (at?.line ?? 1) + 1,
        column: at?.col ?? 1,
      },
    };
  }
  return { data: doc.toJS(), body: text.slice(match[0].length), dataText: yamlText };
}

/** Reads every file of every collection under `contentDir`. */
export function readContent(contentDir: string, root = process.cwd()): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const [collection, { ext }] of Object.entries(COLLECTIONS) as [CollectionName, { ext: string }][]) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.startsWith(".") || name.toLowerCase() === "readme.md" || statSync(path).isDirectory()) continue;
      const file = relative(root, path);
      const id = name.slice(0, name.lastIndexOf(".") === -1 ? undefined : name.lastIndexOf("."));
      if (!name.endsWith(ext)) {
        entries.push({ collection, id, file, dataLineOffset: 0, problem: { kind: "extension", message: `thư mục ${collection} chỉ chứa tệp ${ext}` } });
        continue;
      }
      const bytes = readFileSync(path);
      const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
      if (decoded.includes("\uFFFD")) {
        entries.push({ collection, id, file, dataLineOffset: 0, problem: { kind: "encoding", message: "tệp không được lưu ở mã UTF-8: hãy lưu lại với mã UTF-8" } });
        continue;
      }
      const text = normaliseText(decoded);
      if (ext === ".json") {
        const parsed = parseJson(text);
        entries.push({ collection, id, file, dataLineOffset: 0, dataText: text, ...parsed });
      } else {
        const parsed = parseMdx(text);
        entries.push({ collection, id, file, dataLineOffset: 1, ...parsed });
      }
    }
  }
  return entries;
}
