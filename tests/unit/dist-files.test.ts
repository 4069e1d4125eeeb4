import { describe, expect, it } from "vitest";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  indexablePages,
  isNoindex,
  listFiles,
  isPublicUrl,
  isRedirectPage,
  publicPath,
  redirectSources,
} from "../../scripts/lib/dist-files.ts";
import { sitemapStep } from "../../scripts/lib/sitemap.ts";

describe.each([
  ["/van-ban/index.html", "/van-ban/", true],
  ["/index.html", "/", true],
  ["/du-lieu/mo-hinh.csv", "/du-lieu/mo-hinh.csv", true],
  ["/_astro/index.AbCd1234.css", "/_astro/index.AbCd1234.css", false],
  ["/pagefind/pagefind.js", "/pagefind/pagefind.js", false],
  ["/404.html", "/404.html", false],
  ["/_headers", "/_headers", false],
])("%s", (file, path, isPublic) => {
  it(`is published as ${path}${isPublic ? "" : " (not a public address)"}`, () => {
    expect(publicPath(file)).toBe(path);
    expect(isPublicUrl(file)).toBe(isPublic);
  });
});

describe("page kinds", () => {
  it.each([
    ['<title>Redirecting to: /mo-hinh/moi/</title><meta http-equiv="refresh" content="0;url=/mo-hinh/moi/">', true, false],
    ['<meta name="robots" content="noindex">', false, true],
    ['<link rel="canonical" href="https://antq.example/van-ban/">', false, false],
  ])("%s", (html, redirect, noindex) => {
    expect(isRedirectPage(html)).toBe(redirect);
    expect(isNoindex(html)).toBe(noindex);
  });
});

describe("redirectSources", () => {
  it("reads the source of each _redirects rule, skipping comments and blank lines", () => {
    expect(redirectSources("# bí danh\n/mo-hinh/cu/ /mo-hinh/moi/ 301\n\n/van-ban/a /van-ban/b\n")).toEqual(["/mo-hinh/cu/", "/van-ban/a"]);
  });
});

describe("the sitemap step", () => {
  it("lists pages but not redirect pages, and writes robots.txt", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-sitemap-"));
    cpSync(resolve("tests/fixtures/published/site"), dir, { recursive: true });
    expect(indexablePages(dir)).toEqual(["/", "/van-ban/van-ban-thu-nghiem/"]);
    expect(await sitemapStep.run({ outDir: dir, contentDir: "content", log: () => {}, error: () => {} })).toBe(true);
    const xml = readFileSync(join(dir, "sitemap.xml"), "utf8");
    expect(xml).toContain("/van-ban/van-ban-thu-nghiem/</loc>");
    expect(xml).not.toContain("ten-cu");
    expect(readFileSync(join(dir, "robots.txt"), "utf8")).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    rmSync(dir, { recursive: true });
  });
});

describe("listFiles, the one folder walker", () => {
  it("lists every file below a folder as sorted /-paths, and nothing for a missing folder", () => {
    const root = mkdtempSync(join(tmpdir(), "antq-walk-"));
    mkdirSync(join(root, "mo-hinh", "truong-hu-cau"), { recursive: true });
    writeFileSync(join(root, "mo-hinh", "truong-hu-cau", "index.html"), "");
    writeFileSync(join(root, "index.html"), "");
    mkdirSync(join(root, "trong"));
    expect(listFiles(root)).toEqual(["/index.html", "/mo-hinh/truong-hu-cau/index.html"]);
    expect(listFiles(join(root, "khong-co"))).toEqual([]);
    rmSync(root, { recursive: true });
  });
});
