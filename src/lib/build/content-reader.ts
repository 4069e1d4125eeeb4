/**
 * The one reader of content files, used by the checker, Astro's loader (src/lib/build/astro-content-loader.ts),
 * the post-build steps and the tests. It reads files the way editors save them: UTF-8 with or
 * without BOM, CRLF or LF, text in NFC or not. Everything is normalised before parsing so the site
 * never depends on the editor used, and positions are 1-based lines and columns of the file.
 */
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import type { z } from "zod";
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from "../content/registry.ts";

export type { CollectionName } from "../content/registry.ts";

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
  /** The file's whole text after normalisation (BOM, CRLF, NFC). */
  text?: string;
  /** Line of the file where the MDX body starts (the line after the closing ---). */
  bodyLine?: number;
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
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return { line, column };
}

/** Parses JSON and, on failure, says in Vietnamese what is wrong and where, the way editors count lines and columns. */
export function parseJson(text: string): { data?: unknown; problem?: ParseProblem } {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    return { problem: explainJsonError(text, error instanceof Error ? error.message : String(error)) };
  }
}

/** Calls `visit` with each character outside double-quoted JSON strings (opening quotes included) and its offset; stops at the first offset `visit` returns. */
function scanOutsideStrings(text: string, visit: (c: string, i: number) => number | undefined): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else {
      // The opening quote is visited too: it is a token between two commas.
      if (c === '"') inString = true;
      const found = visit(c, i);
      if (found !== undefined) return found;
    }
  }
  return -1;
}

/** Offset of the first `char` outside double-quoted strings, or -1. */
function firstOutsideStrings(text: string, char: string): number {
  return scanOutsideStrings(text, (c, i) => (c === char ? i : undefined));
}

/** Offset of the second comma of the first ",," (spaces between allowed) outside strings, or -1. */
function doubledComma(text: string): number {
  let lastComma = -1;
  return scanOutsideStrings(text, (c, i) => {
    if (c === ",") {
      if (lastComma !== -1) return i;
      lastComma = i;
    } else if (!/\s/.test(c)) lastComma = -1;
    return undefined;
  });
}

const CURLY_QUOTES = "“”„‟‘’‚‛«»";

/** Turns V8's JSON.parse message into a Vietnamese problem at the place the editor must look. */
export function explainJsonError(text: string, message: string): ParseProblem {
  const position = /position (\d+)/.exec(message);
  const token = /Unexpected token '(.)'/u.exec(message)?.[1];
  let offset = position ? Number(position[1]) : token ? firstOutsideStrings(text, token) : -1;
  if (offset < 0) offset = text.length;
  const at = text[offset] ?? "";
  const before = text.slice(0, offset).replace(/\s+$/, "");
  const prev = before.at(-1) ?? "";
  const problem = (message: string, where = offset): ParseProblem => ({ kind: "json", message, ...lineColumn(text, where) });
  const nearby = text.slice(Math.max(0, offset - 1), offset + 2);
  if (/Unexpected end of JSON input|Unterminated string/.test(message))
    return problem("tệp JSON bị cắt ngang: thiếu dấu đóng } hoặc ] hoặc dấu nháy kép đóng");
  // ",," : V8 asks for a property name (objects) or names the comma (arrays); the editor typed one comma too many.
  const doubled = /Expected double-quoted property name|Expected property name|Unexpected token ','/.test(message)
    ? doubledComma(text)
    : -1;
  if (doubled !== -1)
    return problem("hai dấu phẩy liền nhau: xóa một dấu phẩy (giữa hai trường hoặc hai phần tử chỉ có một dấu phẩy)", doubled);
  if (at === "%" && /[0-9]$/.test(prev))
    return problem('cần một số, không kèm dấu %: ghi số không có dấu % (ví dụ "value": 100), đơn vị % ghi ở trường unit ("unit": "%")');
  if ([...CURLY_QUOTES].some((q) => nearby.includes(q)))
    return problem(
      'dấu nháy cong “ ” (Word tự đổi) không dùng được trong JSON: gõ lại bằng dấu nháy thẳng " (tắt tự sửa dấu nháy, hoặc sửa tệp trong VS Code)',
    );
  if (at === "'") return problem("JSON chỉ dùng dấu nháy kép: đổi 'chữ' thành \"chữ\"");
  if (at === "/")
    return problem('JSON không có ghi chú (// hoặc /* */): xóa ghi chú; điều cần ghi lại cho người đọc đặt vào trường "note" nếu có');
  if ((at === "}" || at === "]") && prev === ",")
    return problem(`dấu phẩy thừa trước ${at}: xóa dấu phẩy ở cuối phần tử cuối cùng`, before.length - 1);
  if (/^[0-9]$/.test(at) && prev === "," && /[0-9]$/.test(before.slice(0, -1)))
    return problem(
      "số thập phân dùng dấu chấm, không dùng dấu phẩy (3843.93); số nguyên không có dấu phân cách (137226)",
      before.length - 1,
    );
  if (at === "." || (/^[0-9]$/.test(at) && /[0-9.]$/.test(prev)))
    return problem(
      "số viết sai: không dùng dấu chấm phân cách hàng nghìn (ghi 137226, không ghi 137.226); số thập phân chỉ có một dấu chấm",
    );
  if (at === '"' && /after (property value|array element)/.test(message)) {
    return problem("thiếu dấu phẩy giữa hai trường hoặc hai phần tử: thêm dấu , vào đây (cuối giá trị)", before.length);
  }
  if (/after (property value|array element)/.test(message))
    return problem("sau một giá trị cần dấu phẩy (nếu còn trường tiếp theo) hoặc dấu đóng } ]");
  if (/Bad control character/.test(message))
    return problem("có xuống dòng hoặc tab nằm trong chuỗi: viết cả chuỗi trên một dòng, dùng \\n nếu cần xuống dòng");
  if (/Expected double-quoted property name|Expected property name/.test(message))
    return problem('tên trường phải đặt trong dấu nháy kép, ví dụ "summary": …');
  if (/^[\p{L}]$/u.test(at))
    return problem('chữ ở chỗ cần một giá trị: số ghi không dấu nháy (1658), chữ đặt trong dấu nháy kép ("…"), hoặc true, false, null');
  return problem("JSON không hợp lệ ở đây: kiểm tra dấu nháy kép, dấu phẩy và dấu ngoặc quanh vị trí này");
}

/** The first YAML error of front matter, explained in Vietnamese at its line (counted from the top of the file) and column. */
export function explainYamlError(yamlText: string, reason: string, line: number, column: number): ParseProblem {
  const lines = yamlText.split("\n");
  const fileLine = (n: number) => n + 1; // the opening --- is line 1
  const problem = (message: string, n = line, col = column): ParseProblem => ({
    kind: "yaml",
    message: `phần thông tin (YAML): ${message}`,
    line: fileLine(n),
    column: col,
  });
  const current = lines[line - 1] ?? "";
  // A quote left open swallows the lines after it, so the parser stops somewhere else: look for it first.
  const open = lines.findIndex(
    (l) =>
      (
        l
          .replace(/\\"/g, "")
          .replace(/'[^']*'/g, "")
          .match(/"/g) ?? []
      ).length %
        2 ===
      1,
  );
  if (open !== -1)
    return problem(
      'thiếu dấu nháy kép đóng: đoạn chữ mở bằng " phải kết thúc bằng " trên cùng dòng',
      open + 1,
      lines[open]!.lastIndexOf('"') + 1,
    );
  if (/tab characters/.test(reason) || /^\s*\t/.test(current))
    return problem("dùng dấu cách để thụt lề, không dùng phím Tab: thay mỗi Tab bằng 2 dấu cách", line, 1);
  const indent = (l: string) => /^\s*/.exec(l)![0].length;
  if (/duplicated mapping key/.test(reason)) {
    // The same key again at the indentation of a list item's fields: a new item without its "- ".
    const item = lines
      .slice(0, line - 1)
      .reverse()
      .find((l) => indent(l) < indent(current) || /^\s*- /.test(l));
    if (item && /^\s*- /.test(item) && indent(item) + 2 === indent(current)) {
      return problem(
        "mỗi mục mới của danh sách phải bắt đầu bằng “- ” (dấu gạch và một dấu cách), thẳng cột với dấu - của mục trên",
        line,
        indent(item) + 1,
      );
    }
    return problem("trường này được ghi hai lần: giữ một dòng, xóa dòng kia");
  }
  const plain = /^(\s*(?:- )?[\w.-]+):\s+([^"'\s][^#]*?:\s.*)$/.exec(current);
  if (/bad indentation of a mapping entry|compact mappings|implicit key/.test(reason) && plain) {
    return problem(
      `giá trị có dấu hai chấm và dấu cách (“: ”) phải đặt trong dấu nháy kép: ${plain[1]!.trim()}: "${plain[2]!.trim()}"`,
      line,
      plain[1]!.length + 3,
    );
  }
  if (/bad indentation of a mapping entry/.test(reason))
    return problem("thụt lề không khớp: các trường cùng cấp phải bắt đầu ở cùng một cột (mỗi cấp thụt 2 dấu cách)", line, 1);
  if (/bad indentation of a sequence entry/.test(reason))
    return problem("các trường của một mục danh sách phải thẳng cột với chữ đầu tiên sau “- ”", line, 1);
  return problem("phần thông tin (YAML) không đọc được ở đây: kiểm tra thụt lề (2 dấu cách), dấu hai chấm và dấu nháy kép");
}

/** Front matter of an MDX file: the text between the opening and the closing --- lines. */
const FRONT_MATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/;

/**
 * An MDX file's normalised text with its front matter emptied: the --- lines stay and every data
 * line becomes an empty line, so the body keeps its own line and column numbers. For the MDX
 * compiler, which needs only the body: the data is read by this module, and left in, it was parsed
 * a second time and copied into every compiled page module. Text without front matter is returned as is.
 */
export function blankFrontMatter(text: string): string {
  const match = FRONT_MATTER.exec(text);
  if (!match) return text;
  const [whole, data = ""] = match;
  return `---\n${data.replace(/[^\n]/g, "")}\n---${whole.endsWith("\n") ? "\n" : ""}${text.slice(whole.length)}`;
}

/** Splits an MDX file into front matter data and body. */
export function parseMdx(text: string): { data?: unknown; body?: string; dataText?: string; problem?: ParseProblem } {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return {
      problem: { kind: "frontmatter", message: "tệp MDX phải mở đầu bằng phần thông tin nằm giữa hai dòng ---", line: 1, column: 1 },
    };
  }
  const yamlText = match[1]!;
  // js-yaml with CORE_SCHEMA keeps dates as text, as our schemas expect (and the loader gives
  // Astro the same data, so an unquoted date publishes as it is checked).
  try {
    return { data: load(yamlText, { schema: CORE_SCHEMA }), body: text.slice(match[0].length), dataText: yamlText };
  } catch (error) {
    const e = error as { reason?: string; message?: string; mark?: { line: number; column: number } };
    return { problem: explainYamlError(yamlText, e.reason ?? e.message ?? "", (e.mark?.line ?? 0) + 1, (e.mark?.column ?? 0) + 1) };
  }
}

/** Reads one entry file of `collection` at `path`; `file` in the result is relative to `root`. */
export function readEntryFile(collection: CollectionName, path: string, root = process.cwd()): RawEntry {
  const { ext } = COLLECTIONS[collection];
  const name = path.split(/[\\/]/).pop()!;
  const file = relative(root, path);
  const id = name.slice(0, name.lastIndexOf(".") === -1 ? undefined : name.lastIndexOf("."));
  if (!name.endsWith(ext)) {
    return {
      collection,
      id,
      file,
      dataLineOffset: 0,
      problem: { kind: "extension", message: `thư mục ${COLLECTIONS[collection].folder} chỉ chứa tệp ${ext}` },
    };
  }
  const bytes = readFileSync(path);
  const decoded = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (decoded.includes("\uFFFD")) {
    return {
      collection,
      id,
      file,
      dataLineOffset: 0,
      problem: { kind: "encoding", message: "tệp không được lưu ở mã UTF-8: hãy lưu lại với mã UTF-8" },
    };
  }
  const text = normaliseText(decoded);
  if (ext === ".json") return { collection, id, file, text, dataLineOffset: 0, dataText: text, ...parseJson(text) };
  const parsed = parseMdx(text);
  const bodyLine = parsed.body === undefined ? undefined : text.slice(0, text.length - parsed.body.length).split("\n").length;
  return { collection, id, file, text, dataLineOffset: 1, ...parsed, ...(bodyLine !== undefined ? { bodyLine } : {}) };
}

/** Whether a name in a collection folder is an entry file at all (not hidden, not a README). */
export function isEntryName(name: string): boolean {
  return !name.startsWith(".") && name.toLowerCase() !== "readme.md";
}

/** Paths of every entry file of one collection under `contentDir`, sorted by name. */
export function entryPaths(contentDir: string, collection: CollectionName): string[] {
  const dir = join(contentDir, COLLECTIONS[collection].folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter(isEntryName)
    .map((name) => join(dir, name))
    .filter((path) => !statSync(path).isDirectory());
}

/** Reads every file of every collection under `contentDir`, in the registry's order. */
export function readContent(contentDir: string, root = process.cwd()): RawEntry[] {
  return COLLECTION_NAMES.flatMap((collection) => entryPaths(contentDir, collection).map((path) => readEntryFile(collection, path, root)));
}

type Parsed<K extends CollectionName> = { id: string; data: z.output<(typeof COLLECTIONS)[K]["schema"]>; body?: string };

/**
 * Every readable entry parsed with its collection's schema (defaults applied), by collection, in
 * file-name order: the same data Astro's loader stores. For code that runs after the check passed
 * (post-build steps, tests); an entry that does not parse throws.
 */
export function readParsedContent<K extends CollectionName = CollectionName>(
  contentDir: string,
  only: readonly K[] = COLLECTION_NAMES as K[],
): { [C in K]: Parsed<C>[] } {
  const out = {} as { [C in K]: Parsed<C>[] };
  for (const collection of only) {
    out[collection] = entryPaths(contentDir, collection).map((path) => {
      const entry = readEntryFile(collection, path);
      if (entry.problem) throw new Error(`${entry.file}: ${entry.problem.message}`);
      const { draft: _draft, ...raw } = entry.data as Record<string, unknown>;
      const data = COLLECTIONS[collection].schema.parse(raw) as Parsed<typeof collection>["data"];
      return { id: entry.id, data, ...(entry.body !== undefined ? { body: entry.body } : {}) };
    });
  }
  return out;
}
