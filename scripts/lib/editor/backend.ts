/**
 * The editing screen's local backend: Decap CMS's proxy protocol (POST {action, params}, as
 * decap-server speaks it) over the content folder, with one difference that matters: before a
 * file is written, the entry goes through the same validator as `npm run check`, on a copy of the
 * content folder holding the new file. If the check finds a problem in that file (or one the
 * change causes elsewhere, such as a figure id still cited), nothing is written and the answer is
 * 422 with the checker's Vietnamese words, for the field. Files are written through
 * src/lib/content/entry-merge.ts so an edit changes only the edited lines.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { COLLECTIONS, collectionOfPath } from "../../../src/lib/content/registry.ts";
import { parseJson, parseMdx, normaliseText, isEntryName } from "../../../src/lib/build/content-reader.ts";
import { entryText, fileData } from "../../../src/lib/content/entry-merge.ts";
import { FIELD_LABELS, fieldLabel } from "../../../src/schemas/labels.ts";
import { validateContent, type Problem } from "../validate.ts";
import { t } from "../../../src/i18n/vi.ts";

export interface BackendOptions {
  /** The content folder (content/ or CONTENT_DIR). Paths in the protocol are "content/<folder>/<file>". */
  contentDir: string;
  /** Folder that "public/…" media paths are under (the project root). */
  publicRoot: string;
}

export interface BackendAnswer {
  status: number;
  body: unknown;
}

/** A problem as the screen shows it at a field. */
export interface FieldProblem {
  /** Dotted path, e.g. "location.district"; "" for the whole file. */
  field: string;
  /** The field in the editor's words, e.g. "Địa bàn › Huyện, thành phố". */
  label: string;
  /** Vietnamese label of each named part of the path, to find the field on the screen. */
  labels: string[];
  line?: number;
  column?: number;
  found: string;
  expected: string;
}

const sha = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");

/** The protocol's "content/models/x.mdx" as a file in the content folder; undefined if it is outside or not an entry. */
function entryFile(options: BackendOptions, path: string): { file: string; collection: ReturnType<typeof collectionOfPath> } | undefined {
  const match = /^content\/([a-z]+)\/([^/\\]+)$/.exec(path);
  if (!match || !isEntryName(match[2]!)) return undefined;
  const collection = collectionOfPath(path);
  if (!collection || !match[2]!.endsWith(COLLECTIONS[collection].ext)) return undefined;
  return { file: join(options.contentDir, match[1]!, match[2]!), collection };
}

function mediaFile(options: BackendOptions, path: string): string | undefined {
  if (!/^public\/images\/[\w./-]+$/.test(path) || path.includes("..")) return undefined;
  return join(options.publicRoot, path);
}

function readEntry(options: BackendOptions, path: string, label?: string) {
  const target = entryFile(options, path);
  if (!target || !existsSync(target.file)) return { data: null, file: { path, label, id: null } };
  const text = readFileSync(target.file, "utf8");
  return { data: text, file: { path, label, id: sha(text) } };
}

const problemKey = (p: Problem) => `${p.file}|${p.field}|${p.found}|${p.expected}`;

/**
 * Checks `text` as the new content of `relPath` ("models/x.mdx") in a copy of the content folder.
 * Returns the problems the save would bring: every problem of that file, and problems elsewhere
 * that the content folder did not already have.
 */
export function checkBeforeWrite(contentDir: string, relPath: string, text: string | null): Problem[] {
  const root = mkdtempSync(join(tmpdir(), "quan-tri-"));
  try {
    const copy = join(root, "content");
    cpSync(contentDir, copy, { recursive: true });
    const target = join(copy, relPath);
    if (text === null) rmSync(target, { force: true });
    else {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    // Drafts are the screen's unpublished state: saved and previewed like `npm run dev` shows them
    // (their «…» placeholders too); `npm run check` and the build still refuse to publish them.
    const options = { allowDrafts: true };
    const before = new Set(validateContent(contentDir, resolve(contentDir, ".."), options).problems.map(problemKey));
    const file = `content/${relPath}`;
    return validateContent(copy, root, options).problems.filter((p) => p.file === file || !before.has(problemKey(p)));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The MDX body of a parse result, if it has one. */
function bodyOf(parsed: object): string | undefined {
  const body = (parsed as { body?: unknown }).body;
  return typeof body === "string" ? body : undefined;
}

/** Turns the form's file (Decap's serialisation) into our file text; returns the problems if any. */
export function prepareSave(
  options: BackendOptions,
  path: string,
  raw: string,
): { text: string; file: string; problems: Problem[] } | { error: string } {
  const target = entryFile(options, path);
  if (!target?.collection) return { error: `Không lưu được: "${path}" không phải tệp nội dung` };
  const { collection, file } = target;
  const { ext, schema } = COLLECTIONS[collection];
  const formParsed = ext === ".json" ? parseJson(normaliseText(raw)) : parseMdx(normaliseText(raw));
  if (formParsed.problem || formParsed.data === null || typeof formParsed.data !== "object")
    return { error: `Không đọc được dữ liệu của biểu mẫu: ${formParsed.problem?.message ?? "không phải một mục"}` };
  let original: { text: string; data: Record<string, unknown>; body?: string } | undefined;
  if (existsSync(file)) {
    const text = normaliseText(readFileSync(file, "utf8"));
    const parsed = ext === ".json" ? parseJson(text) : parseMdx(text);
    if (!parsed.problem && parsed.data && typeof parsed.data === "object") {
      const body = bodyOf(parsed);
      original = { text, data: parsed.data as Record<string, unknown>, ...(body !== undefined ? { body } : {}) };
    }
  }
  const data = fileData(schema, formParsed.data as Record<string, unknown>, original?.data);
  const body = bodyOf(formParsed);
  const text = entryText(ext, data, body, original);
  const relPath = path.slice("content/".length);
  return { text, file, problems: checkBeforeWrite(options.contentDir, relPath, text) };
}

/**
 * The notice of a refused save or delete, in the checker's words only: each field (or, for a
 * problem in another file, that file) and what is expected there.
 */
export function refusal(key: "editor.refused.save" | "editor.refused.delete", problems: Problem[], files: readonly string[]): string {
  const lines = problems.map(
    (p) => `${files.includes(p.file) ? "" : `${p.file} › `}${p.field ? `${fieldLabel(p.field)}: ` : ""}${p.expected}`,
  );
  return `${t(key)} ${lines.join("; ")}`;
}

function fieldProblems(problems: Problem[]): FieldProblem[] {
  return problems.map((p) => ({
    field: p.field,
    label: fieldLabel(p.field),
    labels: p.field
      .split(".")
      .filter((s) => s !== "" && !/^\d+$/.test(s))
      .map((s) => FIELD_LABELS[s] ?? s),
    ...(p.line !== undefined ? { line: p.line } : {}),
    ...(p.column !== undefined ? { column: p.column } : {}),
    found: p.found,
    expected: p.expected,
  }));
}

function listFolder(options: BackendOptions, folder: string, extension: string) {
  const dir = join(options.contentDir, folder.replace(/^content\/?/, ""));
  if (!folder.startsWith("content/") || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => isEntryName(name) && name.endsWith(`.${extension}`) && !statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => readEntry(options, `${folder}/${name}`));
}

/** Answers one request of Decap's proxy protocol. */
export function handleBackend(options: BackendOptions, request: { action?: string; params?: Record<string, unknown> }): BackendAnswer {
  const params = request.params ?? {};
  switch (request.action) {
    case "info":
      return { status: 200, body: { repo: basename(resolve(options.contentDir, "..")), publish_modes: ["simple"], type: "local_fs" } };
    case "entriesByFolder":
      return { status: 200, body: listFolder(options, String(params["folder"] ?? ""), String(params["extension"] ?? "")) };
    case "entriesByFiles":
      return {
        status: 200,
        body: ((params["files"] as { path: string; label?: string }[] | undefined) ?? []).map((f) => readEntry(options, f.path, f.label)),
      };
    case "getEntry":
      return { status: 200, body: readEntry(options, String(params["path"] ?? "")) };
    case "persistEntry": {
      const dataFiles = (params["dataFiles"] as { path: string; raw: string }[] | undefined) ?? [];
      const prepared = dataFiles.map((f) => prepareSave(options, f.path, f.raw));
      const failed = prepared.find((p) => "error" in p);
      if (failed && "error" in failed) return { status: 422, body: { error: failed.error, problems: [] } };
      const problems = prepared.flatMap((p) => ("problems" in p ? p.problems : []));
      if (problems.length > 0) {
        return {
          status: 422,
          body: {
            error: refusal(
              "editor.refused.save",
              problems,
              dataFiles.map((f) => f.path),
            ),
            problems: fieldProblems(problems),
          },
        };
      }
      for (const p of prepared) {
        if (!("text" in p)) continue;
        mkdirSync(dirname(p.file), { recursive: true });
        writeFileSync(p.file, p.text);
      }
      for (const asset of (params["assets"] as { path: string; content: string; encoding: BufferEncoding }[] | undefined) ?? []) {
        const target = mediaFile(options, asset.path);
        if (target) {
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, Buffer.from(asset.content, asset.encoding));
        }
      }
      return { status: 200, body: { message: "entry persisted" } };
    }
    case "deleteFile":
    case "deleteFiles": {
      const paths = request.action === "deleteFile" ? [String(params["path"] ?? "")] : ((params["paths"] as string[] | undefined) ?? []);
      for (const path of paths) {
        const target = entryFile(options, path);
        if (!target) continue;
        // Deleting an entry others cite (a document, a figure) would break the build: check first.
        const problems = checkBeforeWrite(options.contentDir, path.slice("content/".length), null);
        if (problems.length > 0)
          return { status: 422, body: { error: refusal("editor.refused.delete", problems, [path]), problems: fieldProblems(problems) } };
        if (existsSync(target.file)) unlinkSync(target.file);
      }
      return { status: 200, body: { message: "deleted" } };
    }
    case "getMedia": {
      const dir = mediaFile(options, String(params["mediaFolder"] ?? ""));
      if (!dir || !existsSync(dir)) return { status: 200, body: [] };
      return {
        status: 200,
        body: readdirSync(dir)
          .filter((n) => !statSync(join(dir, n)).isDirectory())
          .map((name) => mediaAnswer(options, `${params["mediaFolder"]}/${name}`)),
      };
    }
    case "getMediaFile":
      return { status: 200, body: mediaAnswer(options, String(params["path"] ?? "")) };
    case "persistMedia": {
      const asset = params["asset"] as { path: string; content: string; encoding: BufferEncoding };
      const target = mediaFile(options, asset.path);
      if (!target) return { status: 422, body: { error: "Ảnh phải nằm trong public/images/" } };
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, Buffer.from(asset.content, asset.encoding));
      return { status: 200, body: mediaAnswer(options, asset.path) };
    }
    case "getDeployPreview":
      return { status: 200, body: null };
    default:
      // Drafts are files with draft: true, not Decap's editorial workflow (not offered: publish_modes is "simple").
      return { status: 422, body: { error: `Thao tác không hỗ trợ: ${request.action}` } };
  }
}

function mediaAnswer(options: BackendOptions, path: string) {
  const file = mediaFile(options, path);
  const buffer = file && existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  return { id: sha(buffer), content: buffer.toString("base64"), encoding: "base64", path, name: basename(path) };
}
