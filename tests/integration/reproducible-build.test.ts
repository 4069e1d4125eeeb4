/**
 * One more build of content/, compared with the dist/ that `npm run build` (the step of `npm test`
 * before this one) wrote: the two must be byte-identical, and the build must print no warning,
 * since editors read warnings as errors.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { listFiles } from "../../scripts/lib/dist-files.ts";

/** Lines of build output an editor would read as a warning (colour codes removed). */
function warningLines(output: string): string[] {
  return output
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split(/\r?\n/)
    .filter((line) => /\bWARN(ING)?\b|\bwarn(ing)?s?\b|cảnh báo/i.test(line));
}

// What every build printed once per model while model bodies were Vite modules (Astro 7.3, Vite 8).
const OLD_WARNING = `23:49:06 [WARN] [vite] \x1b[33m[MODULE_LEVEL_DIRECTIVE] \x1b[0mThe semantics of the module level directive "use astro:head-inject" in ".astro/content-staged-13708/models/a.mdx?astroPropagatedAssets" may not be preserved when bundling.
   ╭─[ .astro/content-staged-13708/models/a.mdx?astroPropagatedAssets:2:6 ]
23:49:07 [build] ✓ Completed in 2.28s.`;

describe("warningLines", () => {
  it("finds the Vite warning box and nothing else", () => {
    expect(warningLines(OLD_WARNING)).toHaveLength(1);
    expect(warningLines("Nội dung hợp lệ: 91 tệp\n[build] Complete!")).toEqual([]);
  });
});

describe("a second build of content/", () => {
  const first = resolve("dist");

  it("prints no warning and writes a site byte-identical to the dist/ npm test built", { timeout: 600_000 }, () => {
    expect(existsSync(join(first, "index.html")), "dist/ is missing: run `npm run build` first (npm test does)").toBe(true);
    const root = mkdtempSync(join(tmpdir(), "antq-repro-"));
    const second = join(root, "dist");
    const run = spawnSync(resolve("node_modules/.bin/node"), ["scripts/build-site.ts"], {
      env: { ...process.env, OUT_DIR: second, CONTENT_DIR: "content" },
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Đã tạo trang/);
    expect(warningLines(`${run.stdout}\n${run.stderr}`)).toEqual([]);

    const files = listFiles(first);
    expect(files.length).toBeGreaterThan(10);
    expect(listFiles(second), "the same files (a stale dist/? run `npm run build` again)").toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect(differing).toEqual([]);
    rmSync(root, { recursive: true, force: true });
  });
});
