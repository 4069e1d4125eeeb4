/**
 * Worker thread of scripts/lib/step-worker.ts: lowers its own priority, runs the step's function and
 * posts its log lines and result. A module of its own: the step modules import step-worker.ts, and
 * this thread imports them (with that import cycle, its top-level await never settled).
 */
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import type { PostBuildContext } from "./post-build-types.ts";
import type { StepMessage, StepWorkerData } from "./step-worker.ts";

/** Nice value of the steps' threads (0 is the usual priority, 19 the lowest). */
const STEP_NICENESS = 10;

const { module, exportName, outDir, contentDir } = workerData as StepWorkerData;
try {
  setPriority(STEP_NICENESS);
} catch {
  // A system that refuses it runs the step at the usual priority.
}
const run = ((await import(module)) as Record<string, (context: PostBuildContext) => Promise<boolean>>)[exportName]!;
const post = (message: StepMessage) => parentPort!.postMessage(message);
post({ ok: await run({ outDir, contentDir, log: (text) => post({ log: text }), error: (text) => post({ error: text }) }) });
