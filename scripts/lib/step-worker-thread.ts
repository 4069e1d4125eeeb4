/**
 * Worker thread of scripts/lib/step-worker.ts: lowers its own priority, runs the step's function and
 * posts its log lines and result. A module of its own: the step modules import step-worker.ts, and
 * this thread imports them (with that import cycle, its top-level await never settled).
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PostBuildContext } from "./post-build-types.ts";
import { lowerPriority, type StepMessage, type StepWorkerData } from "./step-worker.ts";

const { module, exportName, outDir, contentDir } = workerData as StepWorkerData;
lowerPriority();
const run = ((await import(module)) as Record<string, (context: PostBuildContext) => Promise<boolean>>)[exportName]!;
const post = (message: StepMessage) => parentPort!.postMessage(message);
post({ ok: await run({ outDir, contentDir, log: (text) => post({ log: text }), error: (text) => post({ error: text }) }) });
