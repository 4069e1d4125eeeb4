/**
 * Astro integration for `npm run dev`: after every save in content/ it runs the same check as
 * `npm run check` (drafts allowed), prints one short line — and, when something is wrong, the very
 * report `npm run check` prints — then reloads the browser once. While the content is broken, every
 * page answers with that report in Astro's error overlay (nothing is rendered, so neither Astro nor
 * MDX adds English errors or stack traces); when the file is fixed, the page comes back by itself.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basename, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { validateContent, type Problem } from "./validate.ts";
import { formatProblems } from "./report.ts";
import { contentSync, setContentProblems, type ContentProblemReport } from "../../src/lib/build/dev-content-state.ts";
import { contentRoot } from "../../src/lib/build/astro-content-loader.ts";
import { normaliseText } from "../../src/lib/build/content-reader.ts";

/** Settle time after a save: editors' "save" is often several writes (temp file, rename). */
const SETTLE_MS = 120;
/** Longest wait for Astro's store after a save (it writes 0.5 s after the last change). */
const STORE_WAIT_MS = 3_000;

/** One line for a save: time, file(s), and whether the content is valid. `repeated`: same report as printed before. */
export function saveLine(time: Date, files: readonly string[], problemCount: number, repeated = false): string {
  // The same clock as Astro's own log lines.
  const clock = [time.getHours(), time.getMinutes(), time.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
  const what = files.length === 1 ? files[0]! : `${files.length} tệp`;
  if (problemCount === 0) return `${clock} ✓ đã lưu ${what}: nội dung hợp lệ, trang đã cập nhật`;
  return `${clock} ✗ đã lưu ${what}: nội dung có ${problemCount} lỗi (${repeated ? "vẫn như báo cáo ở trên" : "xem dưới đây"} và trên trình duyệt)`;
}

/** The report for the pages and the overlay, from the check's problems (undefined: content is fine). */
export function problemReport(problems: readonly Problem[], root = process.cwd()): ContentProblemReport | undefined {
  const first = problems[0];
  if (!first) return undefined;
  return {
    text: formatProblems(problems),
    first: {
      file: resolve(root, first.file),
      ...(first.line !== undefined ? { line: first.line } : {}),
      ...(first.column !== undefined ? { column: first.column } : {}),
    },
  };
}

export interface SaveQueueEffects {
  /** The check on the whole content folder (`validateContent`'s problems). */
  check: () => readonly Problem[];
  /** Resolves when Astro's store holds every change made since `since` (ms since 1970). */
  storeSettled: (since: number) => Promise<void>;
  /** Tells every open page to reload. */
  reload: () => void;
  log: (line: string) => void;
  error: (text: string) => void;
  /**
   * Which write of the file is on disk now (its modification time and a digest of its bytes;
   * undefined when it cannot be read). File watchers often report one write twice, and the editor
   * saw two "đã lưu" lines for one save: a report of the very write the last check read is dropped.
   */
  fingerprint?: (file: string) => string | undefined;
  now?: () => Date;
  settleMs?: number;
}

export interface SaveQueue {
  /** A content file was written (path as the check names files). */
  saved: (file: string) => void;
  /** Whether a save is being checked (from the first write until the page may reload). */
  readonly busy: boolean;
  /** Resolves once no save is being checked. */
  idle: () => Promise<void>;
  /** The latest check's report (undefined: content is fine). */
  readonly report: ContentProblemReport | undefined;
  /** How many times the pages were told to reload: a page made before the latest reload is out of date. */
  readonly round: number;
  /** Runs the check once (at start), printing the report when content is broken. */
  start: () => void;
}

/**
 * Groups the writes of one save, checks once, waits for Astro's store, then prints one line
 * and reloads the pages once. Saves that come while one is being handled join the next round.
 */
export function saveQueue(effects: SaveQueueEffects, root = process.cwd()): SaveQueue {
  const settleMs = effects.settleMs ?? SETTLE_MS;
  let pending = new Set<string>();
  // File → the write of it that the last check read (see SaveQueueEffects.fingerprint).
  const checked = new Map<string, string | undefined>();
  let since = 0;
  // A round checked new content but left the reload to the round after it.
  let reloadOwed = false;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let waiters: (() => void)[] = [];
  let report: ContentProblemReport | undefined;
  let printed = "";
  let round = 0;

  const tick = () => {
    timer = undefined;
    // A save that lands while a round runs gets its own round when that one ends.
    if (!running) void run();
  };

  const run = async () => {
    running = true;
    const from = since;
    const before = new Map([...pending].map((file) => [file, effects.fingerprint?.(file)]));
    pending = new Set();
    // A file is news unless the last check read this very write of it (a watcher's second report).
    const files = [...before.keys()].filter((file) => !effects.fingerprint || !checked.has(file) || checked.get(file) !== before.get(file));
    if (files.length === 0) {
      running = false;
      return finish(false);
    }
    try {
      const problems = effects.check();
      // What the check read: the write seen before it, unless the file was written again meanwhile.
      for (const [file, fingerprint] of before)
        if (effects.fingerprint?.(file) === fingerprint) checked.set(file, fingerprint);
        else checked.delete(file);
      report = problemReport(problems, root);
      setContentProblems(report);
      // A broken save changes nothing in the store (the loader keeps the last good entry): no wait.
      await effects.storeSettled(from);
      const text = report?.text ?? "";
      effects.log(saveLine(effects.now?.() ?? new Date(), files, problems.length, text !== "" && text === printed));
      if (text && text !== printed) effects.error(text);
      printed = text;
    } catch (error) {
      // Never leave pages waiting: report and go on (the next save checks again).
      effects.error(`Không kiểm tra được nội dung: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
    finish(true);
  };

  const finish = (changed: boolean) => {
    reloadOwed ||= changed;
    if (pending.size > 0) {
      // A newer save waits for its own round; that round's reload will show it.
      if (!timer) void run();
      return;
    }
    if (reloadOwed) {
      reloadOwed = false;
      round++;
      effects.reload();
    }
    const done = waiters;
    waiters = [];
    for (const resolveWaiter of done) resolveWaiter();
  };

  const queue: SaveQueue = {
    saved(file) {
      if (pending.size === 0) since = Date.now();
      pending.add(file);
      clearTimeout(timer);
      timer = setTimeout(tick, settleMs);
    },
    get busy() {
      return running || timer !== undefined || pending.size > 0;
    },
    idle() {
      return queue.busy ? new Promise<void>((r) => waiters.push(r)) : Promise.resolve();
    },
    get report() {
      return report;
    },
    get round() {
      return round;
    },
    start() {
      const problems = effects.check();
      report = problemReport(problems, root);
      setContentProblems(report);
      printed = report?.text ?? "";
      if (report) effects.error(report.text);
    },
  };
  return queue;
}

/** Waits until Astro's data store file is newer than the loader's last change (or gives up after STORE_WAIT_MS). */
export async function waitForStore(dataStoreFile: string, since: number, limitMs = STORE_WAIT_MS): Promise<void> {
  const start = Date.now();
  const mtime = () => (existsSync(dataStoreFile) ? statSync(dataStoreFile).mtimeMs : 0);
  for (;;) {
    const { running, lastChange } = contentSync();
    const written = lastChange < since || mtime() >= lastChange;
    if ((running === 0 && written) || Date.now() - start > limitMs) break;
    await new Promise((r) => setTimeout(r, 40));
  }
  // Astro reloads its store module right after the write; give that a moment.
  await new Promise((r) => setTimeout(r, 40));
}

/** Response header naming the reload round a page was made in (readable by the page, see below). */
export const ROUND_TIMING = "antq-content";

/**
 * Dev-only script on every page (and on the report page): a reload sent while the page was still
 * loading reaches nobody, so once connected the page asks which round the content is at and
 * reloads if it was made before. The round comes from the page's own Server-Timing header.
 */
export const ROUND_CHECK = `const made = performance.getEntriesByType("navigation")[0]?.serverTiming?.find((t) => t.name === "${ROUND_TIMING}")?.description;
if (hot && made !== undefined) {
  hot.on("antq:content-round", ({ round }) => {
    if (String(round) !== made) location.reload();
  });
  hot.send("antq:content-round?");
}`;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/**
 * The page every address answers with while content is broken: the report as plain text (readable
 * without JavaScript) and Astro's error overlay showing the same report at the editor's own file,
 * with the file's lines around the problem and no stack trace.
 */
export function problemPage(report: ContentProblemReport, fileText: string | undefined): string {
  const { file, line, column } = report.first;
  const code = fileText
    ? `<pre class="shiki"><code>${fileText
        .split("\n")
        .map((text, i) => `<span class="line${i + 1 === line ? " error-line" : ""}">${escapeHtml(text)}</span>`)
        .join("\n")}</code></pre>`
    : undefined;
  const err = {
    name: "Lỗi nội dung",
    title: "Nội dung có lỗi",
    // Shown as HTML by the overlay: escaped, with `npm run check` as code like the terminal's backticks.
    message: escapeHtml(report.text).replace(/`([^`]+)`/g, "<code>$1</code>"),
    hint: "Sửa tệp theo hướng dẫn trên rồi lưu lại: trang tự tải lại khi nội dung hợp lệ.",
    loc: { file, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}) },
    ...(code ? { highlightedCode: code } : {}),
    stack: "",
  };
  const script = `import { ErrorOverlay, createHotContext } from "/@vite/client";
const hot = createHotContext("/@antq/report-page");
${ROUND_CHECK}
const overlay = new ErrorOverlay(${JSON.stringify(err).replace(/</g, "\\u003c")});
const shadow = overlay.shadowRoot;
shadow.querySelector("#stack").style.display = "none";
const open = shadow.querySelector("#code header .link button");
if (open) open.textContent = "Mở tệp";
document.body.append(overlay);`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nội dung có lỗi</title>
<script type="module">${script}</script>
</head>
<body>
<h1>Nội dung có lỗi</h1>
<pre style="white-space: pre-wrap">${escapeHtml(report.text)}</pre>
<p>${escapeHtml(err.hint)}</p>
</body>
</html>
`;
}

/** Whether a request is for a page or file of the site (not Vite's own modules, public files or the editing screen). */
export function isSiteRequest(method: string | undefined, url: string | undefined, publicDir: string): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const raw = (url ?? "/").split("?")[0]!;
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // A malformed address is Astro's to answer (404), after any save in progress.
  }
  if (/^\/(@|__|node_modules\/|src\/|_astro\/|quan-tri(\/|$)|\.astro\/)/.test(path)) return false;
  const file = join(publicDir, path);
  return !(file.startsWith(publicDir + sep) && existsSync(file) && statSync(file).isFile());
}

export function devContentIntegration(dir = contentRoot()): AstroIntegration {
  const root = resolve(dir);
  let dataStoreFile = resolve(".astro/data-store.json");
  let publicDir = resolve("public");
  return {
    name: "antq-dev-content",
    hooks: {
      "astro:config:setup": ({ command, injectScript }) => {
        // Only on the dev server: built pages carry no script of the preview.
        if (command === "dev") injectScript("page", `const hot = import.meta.hot;\n${ROUND_CHECK}`);
      },
      "astro:config:done": ({ config }) => {
        // Where Astro 7 keeps the dev server's content store (`.astro/` of the project).
        dataStoreFile = fileURLToPath(new URL(".astro/data-store.json", config.root));
        publicDir = fileURLToPath(config.publicDir);
      },
      "astro:server:setup": ({ server }) => {
        const hot = server.environments.client.hot;
        const send = hot.send.bind(hot) as (payload: { type: "full-reload"; path: string }) => void;
        const queue = saveQueue({
          check: () => validateContent(root, process.cwd(), { allowDrafts: true }).problems,
          storeSettled: (since) => waitForStore(dataStoreFile, since),
          fingerprint: fileWrite,
          reload: () => send({ type: "full-reload", path: "*" }),
          log: (line) => console.log(line),
          error: (text) => console.error(text),
        });
        // Vite and Astro's store each reload the pages during a save, before the content is
        // checked and stored: a page could show the old text, or the new one only half way, and a
        // reload sent while a page is loading is lost. The queue sends the one reload instead.
        hot.send = ((payload: unknown, ...rest: unknown[]) => {
          if (queue.busy && typeof payload === "object" && payload !== null && (payload as { type?: unknown }).type === "full-reload")
            return;
          return (send as (...args: unknown[]) => void)(payload, ...rest);
        }) as typeof hot.send;
        hot.on("antq:content-round?", (_data: unknown, client: { send: (event: string, payload: unknown) => void }) => {
          void queue.idle().then(() => client.send("antq:content-round", { round: queue.round }));
        });
        queue.start();
        if (!queue.report) console.log("Nội dung hợp lệ. Mỗi lần lưu một tệp trong content/, trang tự cập nhật.");

        server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
          if (!isSiteRequest(req.method, req.url, publicDir)) return next();
          // A page asked for during a save waits for its check: never a half-saved page.
          void queue.idle().then(() => {
            res.setHeader("Server-Timing", `${ROUND_TIMING};desc="${queue.round}"`);
            const report = queue.report;
            if (!report) return next();
            const file = report.first.file;
            const body = problemPage(report, readText(file));
            res.writeHead(500, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
            res.end(req.method === "HEAD" ? undefined : body);
          });
        });

        server.watcher.add(root);
        server.watcher.on("all", (_event, path) => {
          // Only entry files: editors' temporary files (sed, Word, VS Code) come and go with a save.
          if (!resolve(path).startsWith(root + sep) || !/\.(json|mdx)$/.test(path) || basename(path).startsWith(".")) return;
          // Named as `npm run check` names it.
          queue.saved(relative(process.cwd(), resolve(path)));
        });
      },
    },
  };
}

/** Which write of a file is on disk: its modification time and the SHA-1 of its bytes; undefined when it cannot be read. */
function fileWrite(file: string): string | undefined {
  try {
    return `${statSync(file).mtimeMs} ${createHash("sha1").update(readFileSync(file)).digest("hex")}`;
  } catch {
    return undefined;
  }
}

function readText(file: string): string | undefined {
  try {
    return normaliseText(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}
