/** Every file under a folder, by path relative to it, as base64: two snapshots are equal only if the folder is byte-identical. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export function dirSnapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files[p.slice(dir.length)] = readFileSync(p, "base64");
    }
  };
  walk(dir);
  return files;
}
