import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../../scripts/build-site.ts";
import { fixtureSite } from "./helpers/fixture-site.ts";

function snapshot(dir: string): Record<string, string> {
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

describe("a failed validation", () => {
  it("leaves an existing dist/ byte-identical and writes nothing else", async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), "antq-out-")), "dist");
    mkdirSync(join(outDir, "van-ban"), { recursive: true });
    writeFileSync(join(outDir, "index.html"), "<!doctype html><title>bản cũ</title>");
    writeFileSync(join(outDir, "van-ban", "index.html"), "bản cũ");
    const before = snapshot(outDir);
    const messages: string[] = [];
    const code = await buildSite({
      contentDir: fixtureSite("minimal", ["models/loai-khong-co.mdx"]),
      outDir,
      log: (t) => messages.push(t),
      error: (t) => messages.push(t),
    });
    expect(code).toBe(1);
    expect(snapshot(outDir)).toEqual(before);
    expect(readdirSync(join(outDir, ".."))).toEqual(["dist"]);
    expect(messages.join("\n")).toMatch(/giữ nguyên/);
  });
});

describe("running npm run build twice in a row", () => {
  // Astro's content cache used to remember the previous run's staging folder (named after the
  // process), so the second build of unchanged content failed; each build now has its own cache.
  it("succeeds both times with unchanged content", { timeout: 300_000 }, () => {
    const outDir = join(mkdtempSync(join(tmpdir(), "antq-out-")), "dist");
    const env = { ...process.env, CONTENT_DIR: fixtureSite("minimal", []), OUT_DIR: outDir };
    for (const run of [1, 2]) {
      const build = spawnSync(process.execPath, ["scripts/build-site.ts"], { env, encoding: "utf8" });
      expect(build.status, `lần ${run}:\n${build.stdout}\n${build.stderr}`.slice(-3000)).toBe(0);
    }
    expect(readdirSync(outDir)).toContain("index.html");
  });
});
