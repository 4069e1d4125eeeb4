/**
 * Runs the W3C Nu Html Checker (vnu-jar, on the machine's Java) once over a folder of HTML files
 * and returns its errors. The process runner is passed in, so tests can feed it canned output.
 */
import { spawnSync } from "node:child_process";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface NuMessage {
  /** File relative to the checked folder. */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** The offending markup, as vnu quotes it. */
  extract?: string;
}

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Set when the process could not start (e.g. no Java). */
  error?: Error;
}

export type RunProcess = (command: string, args: readonly string[]) => ProcessResult;

export interface NuEffects {
  run: RunProcess;
  /** Path of vnu.jar. */
  jar: string;
}

export const defaultNuEffects: NuEffects = {
  run: (command, args) => {
    // 10,000 pages of JSON messages can exceed the default 1 MB pipe buffer.
    const r = spawnSync(command, args, { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    return { status: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "", ...(r.error ? { error: r.error } : {}) };
  },
  jar: resolve("node_modules/vnu-jar/build/dist/vnu.jar"),
};

/** Arguments for one vnu run over a folder: errors only, JSON report, HTML files only. */
export function nuArgs(jar: string, folder: string): string[] {
  return ["-Xss8m", "-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", folder];
}

interface VnuReport {
  messages?: {
    type?: string;
    subType?: string;
    url?: string;
    lastLine?: number;
    firstColumn?: number;
    lastColumn?: number;
    message?: string;
    extract?: string;
  }[];
}

/** vnu's JSON report → its errors, with file paths relative to `folder`. Non-document errors (unreadable file) count too. */
export function parseNuReport(json: string, folder: string): NuMessage[] {
  const report = JSON.parse(json) as VnuReport;
  return (report.messages ?? [])
    .filter((m) => m.type === "error" || m.type === "non-document-error")
    .map((m) => {
      const path = m.url?.startsWith("file:") ? fileURLToPath(m.url) : (m.url ?? "");
      const column = m.firstColumn ?? m.lastColumn;
      const message: NuMessage = { file: path ? relative(folder, path) : "", message: m.message ?? "(vnu không ghi nội dung lỗi)" };
      if (m.lastLine !== undefined) message.line = m.lastLine;
      if (column !== undefined) message.column = column;
      if (m.extract) message.extract = m.extract;
      return message;
    });
}

/**
 * Checks every HTML file under `folder` in one Java process. Throws when vnu cannot run or does
 * not answer in JSON, so a missing Java never passes as "no errors".
 */
export function runNuChecker(folder: string, effects: NuEffects = defaultNuEffects): NuMessage[] {
  const root = resolve(folder);
  const result = effects.run("java", nuArgs(effects.jar, root));
  if (result.error)
    throw new Error(
      `Không chạy được Java cho Nu Html Checker (${result.error.message}). Cài Java 17+ (apt-get install default-jre-headless).`,
    );
  const json = result.stderr.trim() || result.stdout.trim();
  if (!json.startsWith("{")) throw new Error(`Nu Html Checker không trả về JSON (mã thoát ${result.status}):\n${json.slice(0, 2000)}`);
  return parseNuReport(json, root);
}

/** The errors as lines a person can act on: file:line:column, message, and the markup. */
export function formatNuMessages(messages: readonly NuMessage[]): string {
  return messages
    .map(
      (m) =>
        `${m.file}${m.line !== undefined ? `:${m.line}` : ""}${m.column !== undefined ? `:${m.column}` : ""} ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, "⏎")}` : ""}`,
    )
    .join("\n");
}
