/** Copies a fixture content folder to a fresh temporary folder, optionally dropping broken files in. */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

export const FIXTURES = resolve("tests/fixtures");

export function fixtureSite(name = "minimal", extra: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), `antq-${name}-`));
  cpSync(join(FIXTURES, "sites", name), dir, { recursive: true });
  for (const file of extra) {
    const [collection] = file.split("/");
    cpSync(join(FIXTURES, "invalid", file), join(dir, collection!, basename(file)));
  }
  return dir;
}
