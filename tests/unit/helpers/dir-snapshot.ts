/** Every file under a folder, by path relative to it, as base64: two snapshots are equal only if the folder is byte-identical. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../../../scripts/lib/dist-files.ts";

export function dirSnapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(join(dir, file), "base64")]));
}
