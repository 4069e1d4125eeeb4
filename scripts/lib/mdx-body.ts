/**
 * Compiles a model's MDX body with the compiler Astro's MDX integration uses (satteri), so
 * everything that would stop the build is found by `npm run check` first, at the editor's line
 * and column, in Vietnamese: HTML comments, a bare `<` or `{`, unclosed tags, components the site
 * does not have, <So id="…" /> citing a figure that does not exist, import/export lines and a
 * second level-1 heading.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mdxToJs, mdxToMdast } from "satteri";
import { describeCodePoint, HIDDEN_FIX, HIDDEN_IN_TEXT, makeVisible } from "../../src/lib/content/hidden-characters.ts";
import { buildCacheDir } from "../../src/lib/build/build-cache.ts";
import { closestName } from "./field-names.ts";

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

/** HTML elements that never have content: an editor writes them alone, `<br>`, and the compiler asks for `</br>`. */
const VOID_ELEMENTS = new Set([
  "br",
  "hr",
  "img",
  "input",
  "meta",
  "link",
  "wbr",
  "col",
  "area",
  "base",
  "embed",
  "source",
  "track",
  "param",
]);

/** Curly quotes Word and phones put in place of ". */
const CURLY = /[“”„‟‘’‚‛]/;

/** Vietnamese explanation of a compiler message (never the compiler's English). */
function explain(message: string, excerpt: string): string {
  // <So id=”x” />: the tag as written up to its end has curly quotes where " belongs.
  if (/^<[A-Za-z]/.test(excerpt) && CURLY.test(excerpt.replace(/>.*$/, "")))
    return `trong thẻ, giá trị viết trong dấu nháy thẳng ", không dùng dấu nháy cong “ ” (Word tự đổi): ${SO_EXAMPLE}`;
  if (/before name/.test(message) && excerpt.startsWith("<!"))
    return "MDX không nhận ghi chú HTML <!-- … -->: xóa ghi chú, hoặc viết nó thành {/* ghi chú */}";
  if (/Unexpected character.*(before name|after `<`)/.test(message))
    return 'dấu < trong văn bản bị hiểu là mở một thẻ: viết \\< (thêm dấu \\ phía trước), hoặc viết bằng chữ ("dưới 5")';
  if (/closing tag for `<([^>]*)>`/.test(message)) {
    const name = /closing tag for `<([^>]*)>`/.exec(message)![1]!;
    if (VOID_ELEMENTS.has(name.toLowerCase())) {
      return name.toLowerCase() === "br"
        ? "bài viết không dùng thẻ <br>: muốn sang đoạn mới, để một dòng trống; muốn xuống dòng trong đoạn, kết thúc dòng bằng dấu \\"
        : `bài viết không dùng thẻ HTML <${name}>: xóa thẻ; ảnh khai báo trong trường images`;
    }
    return name === "So"
      ? `thẻ <So …> phải tự đóng: viết ${SO_EXAMPLE} (có dấu / trước >)`
      : `thẻ <${name}> mở mà không đóng: thêm </${name}>, hoặc viết <${name} … /> nếu thẻ không bao gì`;
  }
  if (/Unexpected closing (slash|tag)/.test(message)) return "có thẻ đóng mà không có thẻ mở tương ứng: xóa thẻ đóng thừa hoặc thêm thẻ mở";
  if (/expression|brace|`\{`|`\}`/.test(message))
    return "dấu { hoặc } trong văn bản bị hiểu là mở một biểu thức: viết \\{ và \\} (thêm dấu \\ phía trước), hoặc bỏ dấu ngoặc";
  if (/import|export/.test(message))
    return "dòng bắt đầu bằng import/export không được dùng trong bài viết: viết lại câu hoặc thêm chữ phía trước";
  return "đoạn này không đọc được theo cú pháp MDX: kiểm tra các dấu <, >, {, } và thẻ đóng/mở quanh vị trí này";
}

interface JsxNode {
  type: string;
  name?: string | null;
  url?: string;
  /** Label of a reference definition (`[a]: /x/`) and of the links and images that use it (`[text][a]`). */
  identifier?: string;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: JsxNode[];
}

/** A link or image of the body, for the checks that need the site's addresses and files. */
export interface BodyReference {
  kind: "link" | "image";
  url: string;
  line: number;
  column: number;
}

/** How many compiler errors one file may report before the rest are left for the next run. */
const MAX_COMPILE_ERRORS = 20;

/**
 * Checks one MDX body. `bodyLine` is the file line the body starts on; `figureIds` the ids of every
 * figure (statistics and tallies). Returns [] for a body the build compiles and renders. Every
 * independent slip is reported, not only the first: after a compiler error its line is blanked
 * (lengths kept, so later positions stay right) and the body compiled again. Links and images
 * are handed to `onReference`, at their file line and column. The figure ids the body cites are
 * added to `cited`.
 */
export function checkMdxBody(
  body: string,
  bodyLine: number,
  figureIds: ReadonlySet<string>,
  onReference?: (ref: BodyReference) => void,
  cited: string[] = [],
): BodyProblem[] {
  const lines = body.split("\n");
  const at = (line: number, column: number) => ({ line: line + bodyLine - 1, column });
  const excerpt = (line: number, column: number) => makeVisible((lines[line - 1] ?? "").slice(Math.max(0, column - 1), column + 39));
  const problems: BodyProblem[] = [];
  // Hidden characters compile and are published; each is reported where it is.
  lines.forEach((text, i) => {
    for (const m of text.matchAll(HIDDEN_IN_TEXT)) {
      const where = at(i + 1, m.index + 1);
      const around = makeVisible(text.slice(Math.max(0, m.index - 20), m.index + 20));
      problems.push({ ...where, found: `“${around}” (có ký tự ẩn ${describeCodePoint(m[0])})`, expected: HIDDEN_FIX });
    }
  });
  const patched = [...lines];
  const blanked = new Set<number>();
  for (let attempt = 0; ; attempt++) {
    try {
      mdxToJs(patched.join("\n"), { jsxImportSource: "astro" });
      break;
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
      problems.push({ ...at(line, column), found: `“${text}”`, expected: explain(message, text) });
      // The same line failing again, or too many errors: the rest cannot be told apart from this one.
      if (blanked.has(line) || attempt >= MAX_COMPILE_ERRORS || patched[line - 1] === undefined) return problems;
      blanked.add(line);
      patched[line - 1] = patched[line - 1]!.replace(/./g, " ");
    }
  }
  const walk = (node: JsxNode) => {
    const start = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    // import/export compiles, then the build fails on it in English at a line of its own making.
    // Figures are cited with <So>, so a body never needs one.
    if (node.type === "mdxjsEsm") {
      problems.push({
        ...at(start.line, start.column),
        found: `“${excerpt(start.line, start.column)}”`,
        expected: "bài viết không dùng dòng import/export; bỏ dòng này (số liệu ghi bằng <So id=… />)",
      });
      return;
    }
    // The page already shows the model's name as its one level-1 heading.
    if (node.type === "heading" && node.depth === 1) {
      problems.push({
        ...at(start.line, start.column),
        found: `“${excerpt(start.line, start.column)}”`,
        expected: "bài viết không dùng tiêu đề cấp 1 (# …): tên mô hình đã là tiêu đề của trang; viết ## cho tiêu đề mục",
      });
    }
    // {…} that compiles is still code, not prose: the build would run it ({ANTT} stops the build,
    // {1/3} publishes 0.333…). Editors write braces as \{ \}.
    if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
      problems.push({
        ...at(start.line, start.column),
        found: `“${excerpt(start.line, start.column)}”`,
        expected: explain("expression", ""),
      });
      return;
    }
    // Raw HTML in prose is refused: <so> loses the figure, <script> and <iframe> bring code, <img> skips
    // the required description. Figures go through <So id="…" />, images through the images field.
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && /^[a-z]/.test(node.name)) {
      const found = excerpt(start.line, start.column).replace(/>.*$/, ">");
      const expected =
        node.name.toLowerCase() === "so"
          ? `viết hoa chữ S: ${SO_EXAMPLE}`
          : `bài viết không dùng thẻ HTML <${node.name}>: viết chữ thường; dẫn số liệu bằng ${SO_EXAMPLE}, ảnh khai báo trong trường images`;
      problems.push({ ...at(start.line, start.column), found, expected });
      return;
    }
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name && /^[A-Z]/.test(node.name)) {
      const where = at(node.position?.start.line ?? 1, node.position?.start.column ?? 1);
      const spec = BODY_COMPONENTS[node.name];
      const found = excerpt(node.position?.start.line ?? 1, node.position?.start.column ?? 1).replace(/>.*$/, ">");
      if (!spec) {
        problems.push({
          ...where,
          found,
          expected: `trang web không có thành phần <${node.name}>; trong bài viết chỉ dùng được ${SO_EXAMPLE} để dẫn một số liệu`,
        });
      } else {
        const attributes = node.attributes ?? [];
        for (const attribute of attributes) {
          if (attribute.type !== "mdxJsxAttribute" || !spec.allowed.includes(attribute.name ?? "")) {
            problems.push({ ...where, found, expected: `<${node.name}> chỉ nhận các thuộc tính ${spec.allowed.join(", ")}` });
          }
        }
        const id = attributes.find((a) => a.name === "id");
        if (!id) problems.push({ ...where, found, expected: `thẻ <So> cần mã số liệu: ${SO_EXAMPLE}` });
        else if (typeof id.value !== "string")
          problems.push({ ...where, found, expected: `mã số liệu viết trong dấu nháy kép: ${SO_EXAMPLE}` });
        else if (!figureIds.has(id.value)) {
          const guess = closestName(id.value, [...figureIds]);
          problems.push({
            ...where,
            found,
            expected: `${guess ? `có phải ý bạn là <So id="${guess}" />? ` : ""}mã (id) của một số liệu có trong content/statistics/ (hoặc một dòng của bảng khen thưởng)`,
          });
        } else cited.push(id.value);
      }
    }
    if ((node.type === "link" || node.type === "image") && typeof node.url === "string") {
      onReference?.({ kind: node.type, url: node.url, ...at(start.line, start.column) });
    }
    // Reference-style links and images (`[text][a]`, `![ảnh][b]`, with `[a]: /x/` on a line of its
    // own) are checked at their definition, as an image when an image uses it.
    if (node.type === "definition" && typeof node.url === "string") definitions.push({ node, line: start.line, column: start.column });
    if (node.type === "imageReference" && node.identifier) imageLabels.add(node.identifier);
    node.children?.forEach(walk);
  };
  const definitions: { node: JsxNode; line: number; column: number }[] = [];
  const imageLabels = new Set<string>();
  walk(mdxToMdast(patched.join("\n")) as unknown as JsxNode);
  for (const { node, line, column } of definitions) {
    onReference?.({ kind: imageLabels.has(node.identifier ?? "") ? "image" : "link", url: node.url!, ...at(line, column) });
  }
  // Compiler errors first, then the rest, each in the order of the text.
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** A body that compiled cleanly: the figure ids it cites and its links and images. */
interface CachedBody {
  cited: string[];
  refs: BodyReference[];
}

/** What the compile cache depends on besides the body: satteri's version and this module's own code. */
function checkerFingerprint(root: string): string | null {
  try {
    const satteri = JSON.parse(readFileSync(resolve(root, "node_modules/satteri/package.json"), "utf8")).version as string;
    return createHash("sha256")
      .update(satteri)
      .update(readFileSync(fileURLToPath(import.meta.url)))
      .digest("hex")
      .slice(0, 16);
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
  let known: Record<string, CachedBody> = {};
  try {
    if (file) known = JSON.parse(readFileSync(file, "utf8")) as Record<string, CachedBody>;
  } catch {
    // No cache yet, or a damaged one: every body is checked in full.
  }
  const kept: Record<string, CachedBody> = {};
  let changed = false;
  return {
    check(body: string, bodyLine: number, figureIds: ReadonlySet<string>, onReference?: (ref: BodyReference) => void): BodyProblem[] {
      // Links and images are kept at their file lines, so the body's first line is part of the key.
      const key = createHash("sha256").update(`${bodyLine}\n${body}`).digest("base64url");
      const hit = Object.hasOwn(known, key) ? known[key]! : undefined;
      if (hit && hit.cited.every((id) => figureIds.has(id))) {
        kept[key] = hit;
        // Links and images are checked against this run's addresses and files, never cached.
        if (onReference) hit.refs.forEach(onReference);
        return [];
      }
      const citing: string[] = [];
      const refs: BodyReference[] = [];
      const problems = checkMdxBody(body, bodyLine, figureIds, (ref) => refs.push(ref), citing);
      if (onReference) refs.forEach(onReference);
      if (problems.length === 0) {
        kept[key] = { cited: citing, refs };
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
