import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { astroPhases, buildSite } from "../../scripts/build-site.ts";
import { dirSnapshot } from "../unit/helpers/dir-snapshot.ts";
import { fixtureSite } from "../unit/helpers/fixture-site.ts";

describe("a failed validation", () => {
  it("leaves an existing dist/ byte-identical and writes nothing else", async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), "antq-out-")), "dist");
    mkdirSync(join(outDir, "van-ban"), { recursive: true });
    writeFileSync(join(outDir, "index.html"), "<!doctype html><title>bản cũ</title>");
    writeFileSync(join(outDir, "van-ban", "index.html"), "bản cũ");
    const before = dirSnapshot(outDir);
    const messages: string[] = [];
    const code = await buildSite({
      contentDir: fixtureSite("minimal", ["models/loai-khong-co.mdx"]),
      outDir,
      log: (t) => messages.push(t),
      error: (t) => messages.push(t),
    });
    expect(code).toBe(1);
    expect(dirSnapshot(outDir)).toEqual(before);
    expect(readdirSync(join(outDir, ".."))).toEqual(["dist"]);
    expect(messages.join("\n")).toMatch(/giữ nguyên/);
  });
});

describe("two entries claiming one URL", () => {
  it.each([
    ["models/trung-dia-chi.mdx", "/mo-hinh/mo-hinh-thu-nghiem/", /mỗi địa chỉ chỉ thuộc một mô hình/],
    ["models/loai.mdx", "/mo-hinh/loai/", /đã dành cho trang lọc/],
  ])("%s stops the build with a Vietnamese message naming the URL", async (file, url, message) => {
    const outDir = join(mkdtempSync(join(tmpdir(), "antq-out-")), "dist");
    const errors: string[] = [];
    const code = await buildSite({ contentDir: fixtureSite("minimal", [file]), outDir, log: () => {}, error: (t) => errors.push(t) });
    expect(code).toBe(1);
    const text = errors.join("\n");
    expect(text).toContain(url);
    expect(text).toMatch(message);
    expect(text).toContain(file.split("/")[1]);
    expect(readdirSync(join(outDir, ".."))).toEqual([]);
  });
});

describe("the phase profile of a build", () => {
  it("splits Astro's run at its own log lines: bundling, page generation, the rest", () => {
    const lines = [
      { at: 2, text: "[build] Building static entrypoints..." },
      { at: 30, text: " generating static routes " },
      { at: 100, text: "[build] 2178 page(s) built in 70s" },
    ];
    expect(astroPhases(lines, 101.5).map((p) => [p.name, p.seconds])).toEqual([
      ["Astro: nạp nội dung, gói Vite", 30],
      ["Astro: sinh trang", 70],
      ["Astro: sau sinh trang", 1.5],
    ]);
    expect(astroPhases(lines.slice(0, 1), 12)).toEqual([{ name: "Astro", seconds: 12 }]);
  });
});
