/**
 * Compiles a model's MDX body with the compiler Astro's MDX integration uses (satteri), so
 * everything that would stop the build is found by `npm run check` first, at the editor's line
 * and column, in Vietnamese: HTML comments, a bare `<` or `{`, unclosed tags, components the site
 * does not have, and <So id="…" /> citing a figure that does not exist.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mdxToJs, mdxToMdast } from "satteri";
import { makeVisible } from "../../src/lib/characters.ts";
import { buildCacheDir } from "../../src/lib/build-cache.ts";

/** A body problem; line and column are in the whole file. */
export interface BodyProblem {
  line: number;
  column: number;
  found: string;
  expected: string;
}

/** Components an MDX body may use, with the attributes each takes. */
export const BODY_COMPONENTS: Record<string, { required: string[]; allowed: string[] }> = {
  So: { required: ["id"], allowed: ["id", "link"] },
};

const SO_EXAMPLE = '<So id="mã-số-liệu" />';

/** Vietnamese explanation of a compiler message (never the compiler's English). */
function explain(message: string, excerpt: string): string {
  if (/before name/.test(message) && excerpt.startsWith("<!")) return "MDX không nhận ghi chú HTML <!-- … -->: xóa ghi chú, hoặc viết nó thành {/* ghi chú */}";
  if (/Unexpected character.*(before name|after `<`)/.test(message)) return "dấu < trong văn bản bị hiểu là mở một thẻ: viết \\< (thêm dấu \\ phía trước), hoặc viết bằng chữ (\"dưới 5\")";
  if (/closing tag for `<([^>]*)>`/.test(message)) {
    const name = /closing tag for `<([^>]*)>`/.exec(message)![1];
    return name === "So" ? `thẻ <So …> phải tự đóng: viết ${SO_EXAMPLE} (có dấu / trước >)` : `thẻ <${name}> mở mà không đóng: thêm </${name}>, hoặc viết <${name} … /> nếu thẻ không bao gì`;
  }
  if (/Unexpected closing (slash|tag)/.test(message)) return "có thẻ đóng mà không có thẻ mở tương ứng: xóa thẻ đóng thừa hoặc thêm thẻ mở";
  if (/expression|brace|`\{`|`\}`/.test(message)) return "dấu { hoặc } trong văn bản bị hiểu là mở một biểu thức: viết \\{ và \\} (thêm dấu \\ phía trước), hoặc bỏ dấu ngoặc";
  if (/import|export/.test(message)) return "dòng bắt đầu bằng import/export không được dùng trong bài viết: viết lại câu hoặc thêm chữ phía trước";
  return "đoạn này không đọc được theo cú pháp MDX: kiểm tra các dấu <, >, {, } và thẻ đóng/mở quanh vị trí này";
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: JsxNode[];
}

/**
 * Checks one MDX body. `bodyLine` is the file line the body starts on; `figureIds` the ids of every
 * figure (statistics and tallies). Returns [] for a body the build compiles and renders; the figure
 * ids it cites are then added to `cited`.
 */
export function checkMdxBody(body: string, bodyLine: number, figureIds: ReadonlySet<string>, cited: string[] = []): BodyProblem[] {
  const lines = body.split("\n");
  const at = (line: number, column: number) => ({ line: line + bodyLine - 1, column });
  const excerpt = (line: number, column: number) => makeVisible((lines[line - 1] ?? "").slice(Math.max(0, column - 1), column + 39));
  try {
    mdxToJs(body, { jsxImportSource: "astro" });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /^(\d+):(\d+)/.exec(message);
    const line = pos ? Number(pos[1]) : 1;
    let column = pos ? Number(pos[2]) : 1;
    // An expression error is found inside the braces; the editor must look at the { itself.
    if (/expression|brace/.test(message)) {
      const brace = (lines[line - 1] ?? "").lastIndexOf("{", column - 1);
      if (brace !== -1) column = brace + 1;
    }
    const text = excerpt(line, column);
    return [{ ...at(line, column), found: `“${text}”`, expected: explain(message, text) }];
  }
  const problems: BodyProblem[] = [];
  const walk = (node: JsxNode) => {
    const start = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    // {…} that compiles is still code, not prose: the build would run it ({ANTT} stops the build,
    // {1/3} publishes 0.333…). Editors write braces as \{ \}.
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      problems.push({ ...at(start.line, start.column), found: `“${excerpt(start.line, start.column)}”`, expected: explain("expression", "") });
      return;
    }
    // Raw HTML in prose is refused: <so> loses the figure, <script> and <iframe> bring code, <img> skips
    // the required description. Figures go through <So id="…" />, images through the images field.
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && /^[a-z]/.test(node.name)) {
      const found = excerpt(start.line, start.column).replace(/>.*$/, ">");
      const expected = node.name.toLowerCase() === "so" ? `viết hoa chữ S: ${SO_EXAMPLE}` : `bài viết không dùng thẻ HTML <${node.name}>: viết chữ thường; dẫn số liệu bằng ${SO_EXAMPLE}, ảnh khai báo trong trường images`;
      problems.push({ ...at(start.line, start.column), found, expected });
      return;
    }
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && /^[A-Z]/.test(node.name)) {
      const where = at(node.position?.start.line ?? 1, node.position?.start.column ?? 1);
      const spec = BODY_COMPONENTS[node.name];
      const found = excerpt(node.position?.start.line ?? 1, node.position?.start.column ?? 1).replace(/>.*$/, ">");
      if (!spec) {
        problems.push({ ...where, found, expected: `trang web không có thành phần <${node.name}>; trong bài viết chỉ dùng được ${SO_EXAMPLE} để dẫn một số liệu` });
      } else {
        const attributes = node.attributes ?? [];
        for (const attribute of attributes) {
          if (attribute.type !== "mdxJsxAttribute" || !spec.allowed.includes(attribute.name ?? "")) {
            problems.push({ ...where, found, expected: `<${node.name}> chỉ nhận các thuộc tính ${spec.allowed.join(", ")}` });
          }
        }
        const id = attributes.find((a) => a.name === "id");
        if (!id) problems.push({ ...where, found, expected: `thẻ <So> cần mã số liệu: ${SO_EXAMPLE}` });
        else if (typeof id.value !== "string") problems.push({ ...where, found, expected: `mã số liệu viết trong dấu nháy kép: ${SO_EXAMPLE}` });
        else if (!figureIds.has(id.value)) problems.push({ ...where, found, expected: "mã (id) của một số liệu có trong content/statistics/ (hoặc một dòng của bảng khen thưởng)" });
        else cited.push(id.value);
      }
    }
    node.children?.forEach(walk);
  };
  walk(mdxToMdast(body) as unknown as JsxNode);
  return problems;
}

/** What the compile cache depends on besides the body: satteri's version and this module's own code. */
function checkerFingerprint(root: string): string | null {
  try {
    const satteri = JSON.parse(readFileSync(resolve(root, "node_modules/satteri/package.json"), "utf8")).version as string;
    return createHash("sha256").update(satteri).update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 16);
  } catch {
    return null;
  }
}

/**
 * checkMdxBody with a cache between runs (node_modules/.cache/antq-check, or CHECK_CACHE_DIR): a
 * body that compiled without a problem before, under the same satteri and the same checking code,
 * is not compiled again, as long as every figure it cites still exists; any other body is checked
 * in full. `save()` keeps the bodies of this run only, so the cache never grows past the content.
 */
export function cachedMdxBodyChecker(root = process.cwd(), dir = buildCacheDir("CHECK_CACHE_DIR", "antq-check", process.env, root)) {
  const fingerprint = checkerFingerprint(root);
  const file = fingerprint === null ? null : join(dir, `mdx-${fingerprint}.json`);
  let known: Record<string, string[]> = {};
  try {
    if (file) known = JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>;
  } catch {
    // No cache yet, or a damaged one: every body is checked in full.
  }
  const kept: Record<string, string[]> = {};
  let changed = false;
  return {
    check(body: string, bodyLine: number, figureIds: ReadonlySet<string>): BodyProblem[] {
      const key = createHash("sha256").update(body).digest("base64url");
      const cited = Object.hasOwn(known, key) ? known[key]! : undefined;
      if (cited && cited.every((id) => figureIds.has(id))) {
        kept[key] = cited;
        return [];
      }
      const citing: string[] = [];
      const problems = checkMdxBody(body, bodyLine, figureIds, citing);
      if (problems.length === 0) {
        kept[key] = citing;
        changed = true;
      }
      return problems;
    },
    /** Writes the cache (through a temporary name); a cache that cannot be written is skipped. */
    save(): void {
      if (!file || (!changed && Object.keys(kept).length === Object.keys(known).length)) return;
      try {
        mkdirSync(dir, { recursive: true });
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, JSON.stringify(kept));
        renameSync(partial, file);
      } catch {
        // A read-only node_modules only costs the next check its speed.
      }
    },
  };
}
