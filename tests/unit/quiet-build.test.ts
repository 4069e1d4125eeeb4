import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** Lines of build output an editor would read as a warning (colour codes removed). */
function warningLines(output: string): string[] {
  return output
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split(/\r?\n/)
    .filter((line) => /\bWARN(ING)?\b|\bwarn(ing)?s?\b|cảnh báo/i.test(line));
}

// What every build printed once per model before the directive was stripped (Astro 7.3, Vite 8).
const OLD_WARNING = `23:49:06 [WARN] [vite] \x1b[33m[MODULE_LEVEL_DIRECTIVE] \x1b[0mThe semantics of the module level directive "use astro:head-inject" in ".astro/content-staged-13708/models/a.mdx?astroPropagatedAssets" may not be preserved when bundling.
   ╭─[ .astro/content-staged-13708/models/a.mdx?astroPropagatedAssets:2:6 ]
23:49:07 [build] ✓ Completed in 2.28s.`;

describe("warningLines", () => {
  it("finds the Vite warning box and nothing else", () => {
    expect(warningLines(OLD_WARNING)).toHaveLength(1);
    expect(warningLines("Nội dung hợp lệ: 91 tệp\n[build] Complete!")).toEqual([]);
  });
});

describe("npm run build on content/", () => {
  it("prints no warning", { timeout: 300_000 }, () => {
    const outDir = join(mkdtempSync(join(tmpdir(), "antq-quiet-")), "dist");
    const run = spawnSync(resolve("node_modules/.bin/node"), ["scripts/build-site.ts"], {
      env: { ...process.env, OUT_DIR: outDir, CONTENT_DIR: "content" },
      encoding: "utf8",
    });
    rmSync(join(outDir, ".."), { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Đã tạo trang/);
    expect(warningLines(`${run.stdout}\n${run.stderr}`)).toEqual([]);
  });
});
