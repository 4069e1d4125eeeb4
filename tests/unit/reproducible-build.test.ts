import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { listFiles } from "../../scripts/lib/dist-files.ts";

/** Builds content/ in its own process (as CI does), into a fresh folder. */
function build(outDir: string) {
  const run = spawnSync(resolve("node_modules/.bin/node"), ["scripts/build-site.ts"], {
    env: { ...process.env, OUT_DIR: outDir, CONTENT_DIR: "content" },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
}

describe("two builds of the same commit", () => {
  it("write byte-identical sites", { timeout: 600_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), "antq-repro-"));
    const [a, b] = [join(root, "a"), join(root, "b")];
    build(a);
    build(b);
    const files = listFiles(a);
    expect(files.length).toBeGreaterThan(10);
    expect(listFiles(b)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
    expect(differing).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});
