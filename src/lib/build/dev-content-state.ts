/**
 * What the live preview knows about the content: the dev integration (scripts/lib/dev-content.ts)
 * runs the check after every save and records the Vietnamese report here; pages read it through
 * src/data/content.ts and, while content is broken, fail with that same report so Astro's error
 * overlay shows it, at the editor's own file and line. Empty in builds: `npm run build` checks first.
 */

export interface ContentProblemReport {
  /** The report exactly as `npm run check` prints it. */
  text: string;
  /** Absolute path, line and column of the first problem, for the overlay's code frame. */
  first: { file: string; line?: number; column?: number };
}

const KEY = Symbol.for("antq.content-problems");
type Holder = { [KEY]?: ContentProblemReport | undefined };

/** Records the latest check result of the live preview (undefined: content is fine). */
export function setContentProblems(report: ContentProblemReport | undefined): void {
  (globalThis as Holder)[KEY] = report;
}

/** The latest report, if the content is broken. */
export function contentProblems(): ContentProblemReport | undefined {
  return (globalThis as Holder)[KEY];
}

const SYNC = Symbol.for("antq.content-sync");
type SyncHolder = { [SYNC]?: { running: number; lastChange: number } };

function syncState(): { running: number; lastChange: number } {
  return ((globalThis as SyncHolder)[SYNC] ??= { running: 0, lastChange: 0 });
}

/**
 * The content loader (src/lib/build/astro-content-loader.ts) brackets each file it re-reads in the live preview
 * with these, so the preview knows when Astro's store may still change: `changed` is true when the
 * file's entry was stored or removed (Astro then rewrites its data store file about 0.5 s later).
 */
export function contentSyncStarted(): void {
  syncState().running++;
}

export function contentSyncEnded(changed: boolean): void {
  const state = syncState();
  state.running = Math.max(0, state.running - 1);
  if (changed) state.lastChange = Date.now();
}

/** Files being re-read now, and the time (ms since 1970) of the last change to the store. */
export function contentSync(): { running: number; lastChange: number } {
  return { ...syncState() };
}

/** Throws the check's report as an error for the overlay while the content has problems. */
export function throwIfContentBroken(): void {
  const report = contentProblems();
  if (!report) return;
  const error = new Error(report.text) as Error & { title?: string; hint?: string; loc?: ContentProblemReport["first"] };
  error.name = "Lỗi nội dung";
  error.title = "Nội dung có lỗi";
  error.hint = "Sửa tệp theo hướng dẫn trên rồi lưu lại: trang tự tải lại khi nội dung hợp lệ.";
  error.loc = report.first;
  // The overlay and the terminal point at the editor's file, never at this module's source.
  const { file, line, column } = report.first;
  error.stack = `    at ${file}${line !== undefined ? `:${line}${column !== undefined ? `:${column}` : ""}` : ""}`;
  throw error;
}
