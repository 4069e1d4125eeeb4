/**
 * Measurements the benchmark takes: wall time and peak memory of a process tree and of its largest process (sampled from
 * /proc, because a build spawns Astro, Vite workers and Pagefind), folder sizes, and the weight of
 * one page as a phone would load it.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { siteFiles } from "../quality/site-files.ts";
import { extractHtmlReferences, fileForPath, resolveReference } from "../quality/links.ts";

export interface RunResult {
  status: number | null;
  seconds: number;
  /** Highest sum of resident memory of the process and all its descendants, in bytes. */
  peakBytes: number;
  /** Highest resident memory of any single process in the tree (Astro, a worker, Pagefind…), in bytes. */
  peakProcessBytes: number;
  /** Last lines of output, for the error message when a run fails. */
  tail: string;
}

/**
 * Resident memory (bytes) of the tree rooted at `root`: the sum over every process in it, and the
 * largest single process. Linux only.
 */
export function treeRss(root: number, proc = "/proc"): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(join(proc, name, "stat"), "utf8");
      // Fields after the command name, which may itself contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const pid = Number(name);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * 4096);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  let largest = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    largest = Math.max(largest, rss.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, largest };
}

/** Runs a command, sampling the memory of its process tree every `intervalMs`. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-8000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let peakBytes = 0;
    let peakProcessBytes = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const { total, largest } = treeRss(child.pid);
      peakBytes = Math.max(peakBytes, total);
      peakProcessBytes = Math.max(peakProcessBytes, largest);
    };
    const timer = setInterval(sample, options.intervalMs ?? 200);
    sample();
    child.on("close", (status) => {
      clearInterval(timer);
      resolvePromise({
        status,
        seconds: (performance.now() - started) / 1000,
        peakBytes,
        peakProcessBytes,
        tail: output.split("\n").slice(-30).join("\n"),
      });
    });
  });
}

export interface FolderStats {
  files: number;
  bytes: number;
  htmlPages: number;
}

export function folderStats(dir: string): FolderStats {
  const files = siteFiles(dir);
  return {
    files: files.length,
    bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0),
    htmlPages: files.filter((f) => f.endsWith(".html")).length,
  };
}

export interface PageWeight {
  url: string;
  htmlBytes: number;
  /** gzip at the default level 6, what most static hosts serve. */
  htmlGzipBytes: number;
  /** Bytes of JavaScript the page loads: external scripts, module preloads and inline scripts. */
  jsBytes: number;
}

/** Weight of one built page as a browser would fetch it on first load (HTML + its scripts). */
export function pageWeight(dist: string, file: string, url: string, siteOrigin: string): PageWeight {
  const html = readFileSync(join(dist, file), "utf8");
  const scriptFiles = new Set<string>();
  for (const ref of extractHtmlReferences(html)) {
    if (!/\.m?js$/.test(ref.value.split(/[?#]/)[0]!)) continue;
    const target = resolveReference(ref.value, url, siteOrigin);
    const found = target && fileForPath(dist, target.path);
    if (found) scriptFiles.add(found);
  }
  const inline = [
    ...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/gi),
  ].reduce((sum, m) => sum + Buffer.byteLength(m[1]!), 0);
  const external = [...scriptFiles].reduce((sum, f) => sum + statSync(join(dist, f)).size, 0);
  return { url, htmlBytes: Buffer.byteLength(html), htmlGzipBytes: gzipSync(html).length, jsBytes: inline + external };
}
