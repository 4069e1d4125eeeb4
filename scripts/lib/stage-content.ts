/**
 * Copies content into a staging folder with BOM removed, LF line endings and NFC text, because
 * Astro's loaders reject a BOM and do not normalise Unicode. Editors' files are never rewritten.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { COLLECTIONS, normaliseText } from "./content-files.ts";

export function stageContent(sourceDir: string, stagingDir: string): void {
  rmSync(stagingDir, { recursive: true, force: true });
  for (const collection of Object.keys(COLLECTIONS)) {
    const from = join(sourceDir, collection);
    const to = join(stagingDir, collection);
    mkdirSync(to, { recursive: true });
    let names: string[] = [];
    try {
      names = readdirSync(from);
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(from, name);
      if (statSync(path).isDirectory()) continue;
      writeFileSync(join(to, name), normaliseText(readFileSync(path, "utf8")));
    }
  }
}
