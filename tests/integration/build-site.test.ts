import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../../scripts/build-site.ts";
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
