/**
 * Runs a content-only post-build step (PostBuildStep.contentOnly) in a worker thread at a lower
 * scheduling priority. The build starts these steps when Astro starts rendering pages; page
 * generation is then the critical path, on one core, and the steps have until it ends. At nice 10
 * they take what Astro leaves of the two cores: at 1,000 profiles with 50,000 recipient rows, Astro
 * finished 1-2 s sooner and the steps still in time. On Linux a priority is a thread's, and a process
 * the thread starts (Pagefind's) inherits it; Astro and the build's own thread keep theirs.
 * A worker thread also keeps a step that holds its thread for seconds (a 50,000-row file) from
 * stalling the build's own thread, which must keep reading Astro's log.
 */
import { setPriority } from "node:os";
import { Worker } from "node:worker_threads";
import type { PostBuildContext } from "./post-build-types.ts";

/** Nice value of the work that runs beside Astro's page generation (0 is the usual priority, 19 the lowest). */
const STEP_NICENESS = 10;

/**
 * Lowers the priority of the calling thread (no `pid`) or of the process `pid` to the steps' own.
 * A system that refuses it leaves the priority as it was.
 */
export function lowerPriority(pid?: number): void {
  try {
    if (pid === undefined) setPriority(STEP_NICENESS);
    else setPriority(pid, STEP_NICENESS);
  } catch {
    // Runs at the usual priority.
  }
}

/** What the worker thread (scripts/lib/step-worker-thread.ts) is given. */
export interface StepWorkerData {
  kind: "post-build-step";
  /** URL of the module and name of its export: `(context) => Promise<boolean>`, run in the worker. */
  module: string;
  exportName: string;
  outDir: string;
  contentDir: string;
}

/** What the worker thread posts back. */
export type StepMessage = { log: string } | { error: string } | { ok: boolean };

/**
 * Runs `exportName` of `module` in a worker thread with the context's folders; its log and error
 * lines reach `context` in order. Resolves with what it returned; rejects when the thread dies.
 */
export function runStepInWorker(module: URL, exportName: string, { outDir, contentDir, log, error }: PostBuildContext): Promise<boolean> {
  return new Promise((done, fail) => {
    const data: StepWorkerData = { kind: "post-build-step", module: module.href, exportName, outDir, contentDir };
    const worker = new Worker(new URL("./step-worker-thread.ts", import.meta.url), { workerData: data });
    let ok: boolean | undefined;
    worker.on("message", (message: StepMessage) => {
      if ("log" in message) log(message.log);
      else if ("error" in message) error(message.error);
      else ok = message.ok;
    });
    worker.on("error", fail);
    worker.on("exit", (code) => (ok !== undefined ? done(ok) : fail(new Error(`Luồng chạy bước sau dựng dừng (mã ${code}).`))));
  });
}
