/**
 * `npm run build`: check (while Astro starts) → build into a temporary folder → post-build steps → swap into dist/.
 * Astro reads the editors' files directly (src/lib/build/astro-content-loader.ts), so the check and the pages
 * see the same parsed entries.
 * Any failure leaves the previous dist/ exactly as it was, so a bad edit never publishes a partial site.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ModelData } from "../src/schemas/model.ts";
import type { ValidEntry } from "./lib/validate.ts";
import type { PostBuildStep } from "./lib/post-build.ts";
import { reportSiteAddress } from "../src/lib/build/site-address.ts";
import { lowerPriority } from "./lib/step-worker.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  log: (text: string) => void;
  error: (text: string) => void;
}

/** One timed part of a build, for the benchmark's phase profile. */
export interface BuildPhase {
  name: string;
  seconds: number;
}

/**
 * Splits Astro's run into its own phases by when its log lines arrived (seconds since it started):
 * everything before "generating static routes" is content sync and the Vite bundles, then page
 * generation up to its "page(s) built" line, then what Astro does after (assets, CSP) until it exits.
 */
export function astroPhases(lines: readonly { at: number; text: string }[], total: number): BuildPhase[] {
  const start = lines.find((l) => PAGE_GENERATION_START.test(l.text))?.at;
  const end = lines.find((l) => /page\(s\) built in/i.test(l.text))?.at;
  if (start === undefined || end === undefined) return [{ name: "Astro", seconds: total }];
  return [
    { name: ASTRO_PHASES.load, seconds: start },
    { name: ASTRO_PHASES.pages, seconds: end - start },
    { name: ASTRO_PHASES.after, seconds: total - end },
  ];
}

/** Names of Astro's phases in the phase timings (astroPhases); the benchmark finds page generation by them. */
export const ASTRO_PHASES = { load: "Astro: nạp nội dung, gói Vite", pages: "Astro: sinh trang", after: "Astro: sau sinh trang" } as const;

/** Astro's log line that ends content loading and bundling and starts page generation. */
const PAGE_GENERATION_START = /generating static routes/i;

/** An `astro build` started before the content check has finished. */
interface AstroRun {
  /** Resolves when Astro has exited: its status and its phases (astroPhases). */
  done: Promise<{ status: number | null; phases: BuildPhase[] }>;
  /** Passes on what Astro printed so far, and from now on each line as it comes. */
  showOutput(): void;
  /** Stops Astro without showing anything it printed; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts Astro, holding back its output until `showOutput()` (the check's messages come first, and
 * an editor whose check failed never sees Astro's English log) and noting when each line arrived;
 * `onLine` sees each stdout line as it arrives.
 */
function startAstro(env: NodeJS.ProcessEnv, onLine: (text: string) => void = () => {}): AstroRun {
  const started = performance.now();
  const lines: { at: number; text: string }[] = [];
  const child = spawn(resolve("node_modules/.bin/astro"), ["build"], { stdio: ["inherit", "pipe", "pipe"], env });
  let held: { to: NodeJS.WriteStream; chunk: Buffer }[] | null = [];
  const pass = (to: NodeJS.WriteStream) => (chunk: Buffer) => (held ? held.push({ to, chunk }) : to.write(chunk));
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    pass(process.stdout)(chunk);
    const at = (performance.now() - started) / 1000;
    const parts = (pending + chunk.toString("utf8")).split("\n");
    pending = parts.pop()!;
    for (const text of parts) {
      lines.push({ at, text });
      onLine(text);
    }
  });
  child.stderr.on("data", pass(process.stderr));
  const done = new Promise<{ status: number | null; phases: BuildPhase[] }>((resolveDone) =>
    child.on("close", (status) => resolveDone({ status, phases: astroPhases(lines, (performance.now() - started) / 1000) })),
  );
  return {
    done,
    showOutput() {
      for (const { to, chunk } of held ?? []) to.write(chunk);
      held = null;
    },
    async stop() {
      held = [];
      child.kill();
      await done;
    },
  };
}

/** A content-only post-build step started alongside Astro, in a folder of its own. */
interface EarlyStep {
  dir: string;
  logs: { error: boolean; text: string }[];
  done: Promise<boolean>;
}

/**
 * Starts every content-only post-build step (see PostBuildStep.contentOnly) in `<outDir>.<n>-<stamp>`, into `early`,
 * so it runs while Astro renders; their log lines are kept until the step's turn, so they read in order.
 */
function startEarlySteps(
  early: Map<PostBuildStep, EarlyStep>,
  steps: readonly PostBuildStep[],
  outDir: string,
  contentDir: string,
  stamp: number,
): void {
  steps.forEach((step, n) => {
    if (!step.contentOnly) return;
    const dir = resolve(`${outDir}.step${n}-${stamp}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const logs: EarlyStep["logs"] = [];
    const done = Promise.resolve()
      .then(() =>
        step.run({
          outDir: dir,
          contentDir,
          log: (text) => logs.push({ error: false, text }),
          error: (text) => logs.push({ error: true, text }),
        }),
      )
      .catch((e: unknown) => {
        logs.push({ error: true, text: String(e instanceof Error ? (e.stack ?? e.message) : e) });
        return false;
      });
    early.set(step, { dir, logs, done });
  });
}

/** Waits for an early step, passes on its log, and moves what it wrote into the built site. */
async function finishEarlyStep(
  step: EarlyStep,
  siteDir: string,
  log: (text: string) => void,
  error: (text: string) => void,
): Promise<boolean> {
  const ok = await step.done;
  for (const line of step.logs) (line.error ? error : log)(line.text);
  if (!ok) return false;
  moveInto(step.dir, siteDir);
  return true;
}

/** Moves everything in `from` into `to`, merging folders both have (Astro writes /og/trang/, a step /og/mo-hinh/). */
function moveInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory() && existsSync(target)) moveInto(source, target);
    else renameSync(source, target);
  }
}

/**
 * The environment Astro builds in: ours without Vite's built-in `import.meta.env` names (DEV, PROD,
 * MODE, SSR, BASE_URL). Astro reads `import.meta.env` from the process environment, and a test
 * runner (Vitest sets DEV=1) would otherwise make a build from a test render as the live preview.
 */
export function buildEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _base, ...rest } = env;
  return rest;
}

/** Deletes `dir` in a detached process that outlives this one, so the caller need not wait for it. */
function removeInBackground(dir: string): void {
  const remover = spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", dir], {
    detached: true,
    stdio: "ignore",
  });
  remover.unref();
}

export async function buildSite({ contentDir, outDir, log, error }: BuildOptions): Promise<number> {
  // BUILD_PHASES_FILE: where to write the phase timings as JSON (the benchmark reads them).
  const phases: BuildPhase[] = [];
  let mark = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases.push({ name, seconds: (now - mark) / 1000 });
    mark = now;
  };
  const phasesFile = process.env["BUILD_PHASES_FILE"];
  const result = await buildPhases({ contentDir, outDir, log, error }, lap, phases);
  lap("Dọn thư mục tạm");
  if (phasesFile) writeFileSync(phasesFile, `${JSON.stringify(phases, null, 2)}\n`);
  return result;
}

async function buildPhases(
  { contentDir, outDir, log, error }: BuildOptions,
  lap: (name: string) => void,
  phases: BuildPhase[],
): Promise<number> {
  const stamp = process.pid;
  const tmpOut = resolve(`${outDir}.tmp-${stamp}`);
  // A fresh cache per build: two builds of the same commit must not depend on what ran before.
  const cacheDir = resolve(`.astro/cache-${stamp}`);
  // The search index and the model cards need only the content: they are made while Astro renders
  // the pages, which keeps one core busy. They start then, not earlier: while Astro loads the
  // content and bundles, its bundler uses both cores, and they would only slow it down.
  const early = new Map<PostBuildStep, EarlyStep>();
  let checked: ValidEntry[] | null = null;
  let steps: readonly PostBuildStep[] = [];
  const startWhenRendering = (text: string) => {
    if (checked !== null && early.size === 0 && PAGE_GENERATION_START.test(text)) startEarlySteps(early, steps, outDir, contentDir, stamp);
  };
  // Astro starts before the check, which runs while Astro loads its configuration and bundler (1 s
  // at 10,000 profiles off the critical path). Nothing is published unless the check passes: a
  // failed check stops Astro, shows only the check's messages and leaves dist/ as it was.
  const astro = startAstro(
    { ...buildEnv(process.env), CONTENT_DIR: contentDir, ASTRO_OUT_DIR: tmpOut, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: "1" },
    startWhenRendering,
  );
  // The check, the steps and what they import load while Astro starts, not before (0.45 s).
  const [{ checkContent }, { postBuildSteps }, { modelCardFiles }] = await Promise.all([
    import("./validate-content.ts"),
    import("./lib/post-build.ts"),
    import("../src/lib/models/model-share-cards.ts"),
  ]);
  steps = postBuildSteps;
  checked = checkContent(contentDir, { log, error });
  const entries = checked;
  lap("Kiểm tra nội dung (cùng lúc Astro khởi động)");
  if (entries === null) {
    await astro.stop();
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(tmpOut, { recursive: true, force: true });
    error(`\nTrang chưa được tạo. Thư mục ${outDir} (nếu có) giữ nguyên như trước.`);
    return 1;
  }
  astro.showOutput();
  // Share cards are drawn on the second core while Astro builds (see scripts/lib/og-prerender.ts).
  const cardList = resolve(`.astro/og-cards-${stamp}.json`);
  mkdirSync(resolve(".astro"), { recursive: true });
  // The same list, in the same order, as the card step (scripts/lib/share-card-step.ts) walks from the other end.
  const models = entries.filter((e) => e.collection === "models").map((e) => ({ id: e.id, data: e.data as ModelData }));
  writeFileSync(cardList, JSON.stringify(modelCardFiles(models).map((file) => file.input)));
  const cards = spawn(process.execPath, [resolve("scripts/prerender-og.ts"), cardList], { stdio: ["ignore", "ignore", "inherit"] });
  // At the steps' lower priority too: drawn at the usual one, the cards kept the search index
  // (a long task on one thread) waiting after Astro had finished.
  if (cards.pid !== undefined) lowerPriority(cards.pid);
  try {
    lap("Chuẩn bị");
    const result = await astro.done;
    lap("Astro");
    // Astro's phases are timed from its own start, which the check overlapped.
    phases.splice(phases.length - 1, 1, ...result.phases);
    if (result.status !== 0) {
      error(`\nAstro không tạo được trang. Thư mục ${outDir} (nếu có) giữ nguyên như trước.`);
      return 1;
    }
    for (const step of steps) {
      log(`→ ${step.name}`);
      const started = early.get(step);
      const ok = started ? await finishEarlyStep(started, tmpOut, log, error) : await step.run({ outDir: tmpOut, contentDir, log, error });
      if (!ok) {
        error(`\nBước "${step.name}" thất bại. Thư mục ${outDir} (nếu có) giữ nguyên như trước.`);
        return 1;
      }
      lap(step.name);
    }
    const old = `${outDir}.old-${stamp}`;
    const hadSite = existsSync(outDir);
    if (hadSite) renameSync(outDir, old);
    renameSync(tmpOut, outDir);
    lap("Thay dist/");
    // The previous site is out of the way once renamed; deleting its files (seconds at 10,000
    // profiles, 19 s at 2,000 on a loaded disk) happens in a process of its own after the build.
    if (hadSite) removeInBackground(old);
    log(`Đã tạo trang vào ${outDir}.`);
    return 0;
  } finally {
    // Cards it has not reached, the card step (scripts/lib/share-card-step.ts) drew itself.
    cards.kill();
    // An early step still running (Astro failed first) finishes before its folder goes.
    for (const step of early.values()) {
      await step.done;
      rmSync(step.dir, { recursive: true, force: true });
    }
    rmSync(cardList, { force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(tmpOut, { recursive: true, force: true });
  }
}

if (import.meta.main && !reportSiteAddress(process.env, process.argv.slice(2), console.log, console.error)) process.exitCode = 1;
else if (import.meta.main) {
  process.exitCode = await buildSite({
    contentDir: resolve(process.env["CONTENT_DIR"] ?? "content"),
    outDir: resolve(process.env["OUT_DIR"] ?? "dist"),
    log: console.log,
    error: console.error,
  });
}
