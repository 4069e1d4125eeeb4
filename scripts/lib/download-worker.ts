/** Worker thread of the download step (scripts/lib/download-step.ts): writes the files, posts their count. */
import { parentPort, workerData } from "node:worker_threads";
import { writeDownloadFiles } from "./download-step.ts";

const { outDir, contentDir } = workerData as { outDir: string; contentDir: string };
parentPort!.postMessage(await writeDownloadFiles(outDir, contentDir));
