/**
 * Astro integration for `npm run dev`: after every save in content/ it runs the same check as
 * `npm run check` (drafts allowed), prints one short line — or, when something is wrong, the very
 * report `npm run check` prints — and hands the report to the pages (src/lib/dev-content-state.ts)
 * so the browser shows it in Astro's error overlay. When the file is fixed the page reloads.
 */
import { basename, resolve, sep } from "node:path";
import type { AstroIntegration } from "astro";
import { validateContent } from "./validate.ts";
import { formatProblems } from "./report.ts";
import { setContentProblems } from "../../src/lib/dev-content-state.ts";
import { contentRoot } from "../../src/lib/content-loader.ts";

/** Settle time after a save: editors' "save" is often several writes (temp file, rename). */
const SETTLE_MS = 120;

/** One line for a save: time, file, and whether the content is valid. */
export function saveLine(time: Date, files: readonly string[], problemCount: number): string {
  // The same clock as Astro's own log lines.
  const clock = [time.getHours(), time.getMinutes(), time.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
  const what = files.length === 1 ? files[0]! : `${files.length} tệp`;
  return problemCount === 0 ? `${clock} ✓ đã lưu ${what}: nội dung hợp lệ, trang đã cập nhật` : `${clock} ✗ đã lưu ${what}: nội dung có ${problemCount} lỗi (xem dưới đây và trên trình duyệt)`;
}

export function devContentIntegration(dir = contentRoot()): AstroIntegration {
  const root = resolve(dir);
  return {
    name: "antq-dev-content",
    hooks: {
      "astro:server:setup": ({ server }) => {
        let broken = false;
        const check = (files: readonly string[]) => {
          const { problems } = validateContent(root, process.cwd(), { allowDrafts: true });
          const text = problems.length > 0 ? formatProblems(problems) : "";
          const first = problems[0];
          setContentProblems(first ? { text, first: { file: resolve(first.file), ...(first.line !== undefined ? { line: first.line } : {}), ...(first.column !== undefined ? { column: first.column } : {}) } } : undefined);
          if (files.length > 0) console.log(saveLine(new Date(), files, problems.length));
          if (text) console.error(text);
          // Broken → fine may not change any stored entry (the fix can restore the last good
          // text), so the page is told to reload; broken → broken reloads to show the new report.
          if (files.length > 0 && (broken || problems.length > 0)) server.hot.send({ type: "full-reload" });
          broken = problems.length > 0;
        };
        check([]);
        if (!broken) console.log("Nội dung hợp lệ. Mỗi lần lưu một tệp trong content/, trang tự cập nhật.");
        let pending = new Set<string>();
        let timer: NodeJS.Timeout | undefined;
        server.watcher.add(root);
        server.watcher.on("all", (_event, path) => {
          // Only entry files: editors' temporary files (sed, Word, VS Code) come and go with a save.
          if (!resolve(path).startsWith(root + sep) || !/\.(json|mdx)$/.test(path) || basename(path).startsWith(".")) return;
          pending.add(path.slice(resolve(process.cwd()).length + 1));
          clearTimeout(timer);
          timer = setTimeout(() => {
            const files = [...pending];
            pending = new Set();
            check(files);
          }, SETTLE_MS);
        });
      },
    },
  };
}
