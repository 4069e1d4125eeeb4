import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { addUrls, manifestFor, missingUrls, parseManifest, publishedUrls, urlManifestStep } from "../../scripts/lib/url-manifest.ts";
import { postBuildSteps } from "../../scripts/lib/post-build.ts";
import { addUrlsToManifest } from "../../scripts/add-urls.ts";

const FIXTURE = resolve("tests/fixtures/published");

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "antq-published-"));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

async function runStep(dir: string) {
  const messages: string[] = [];
  const previous = process.env["URL_MANIFEST"];
  process.env["URL_MANIFEST"] = join(dir, "urls.manifest.txt");
  try {
    const ok = await urlManifestStep.run({
      outDir: join(dir, "site"),
      contentDir: "content",
      log: (m) => messages.push(m),
      error: (m) => messages.push(m),
    });
    return { ok, messages: messages.join("\n") };
  } finally {
    if (previous === undefined) delete process.env["URL_MANIFEST"];
    else process.env["URL_MANIFEST"] = previous;
  }
}

describe("publishedUrls", () => {
  it("answers pages, redirect pages, _redirects sources and downloads, not hashed assets", () => {
    expect([...publishedUrls(join(FIXTURE, "site"))].sort()).toEqual([
      "/",
      "/du-lieu/mo-hinh.csv",
      "/mo-hinh/ten-cu/",
      "/mo-hinh/ten-rat-cu/",
      "/van-ban/van-ban-thu-nghiem/",
    ]);
  });
});

describe("the URL manifest build step", () => {
  it("passes when every listed address still resolves", async () => {
    const dir = copyFixture();
    expect((await runStep(dir)).ok).toBe(true);
    rmSync(dir, { recursive: true });
  });

  it.each([
    ["a page", "van-ban/van-ban-thu-nghiem/index.html", "/van-ban/van-ban-thu-nghiem/"],
    ["a redirect page of a renamed model", "mo-hinh/ten-cu/index.html", "/mo-hinh/ten-cu/"],
    ["a dataset", "du-lieu/mo-hinh.csv", "/du-lieu/mo-hinh.csv"],
    ["a _redirects entry", "_redirects", "/mo-hinh/ten-rat-cu/"],
  ])("fails and names the address when %s disappears", async (_what, file, url) => {
    const dir = copyFixture();
    rmSync(join(dir, "site", file));
    const { ok, messages } = await runStep(dir);
    expect(ok).toBe(false);
    expect(messages).toContain(`  ${url}`);
    expect(messages).toMatch(/aliases/);
    rmSync(dir, { recursive: true });
  });

  it("runs after every other post-build step, so it sees their files", () => {
    expect(postBuildSteps.at(-1)).toBe(urlManifestStep);
  });
});

describe("manifestFor", () => {
  it.each([
    ["content", {}, resolve("urls.manifest.txt")],
    ["tests/fixtures/sites/minimal", {}, null],
    [
      "tests/fixtures/sites/minimal",
      { URL_MANIFEST: "tests/fixtures/published/urls.manifest.txt" },
      resolve("tests/fixtures/published/urls.manifest.txt"),
    ],
  ])("%s %j", (contentDir, env, expected) => expect(manifestFor(contentDir, env)).toBe(expected));
});

describe("addUrls and npm run urls:add", () => {
  it("adds only new addresses, sorted, and keeps the comment", () => {
    const { text, added } = addUrls("# ghi chú\n/van-ban/\n/\n", ["/", "/du-lieu/", "/van-ban/"]);
    expect(added).toEqual(["/du-lieu/"]);
    expect(text).toBe("# ghi chú\n/\n/du-lieu/\n/van-ban/\n");
  });
  it("never drops an address the build no longer has (the check reports it instead)", () => {
    expect(parseManifest(addUrls("/mo-hinh/da-xoa/\n", ["/"]).text)).toEqual(["/", "/mo-hinh/da-xoa/"]);
  });
  it("writes a manifest the check then accepts", () => {
    const dir = copyFixture();
    const manifest = join(dir, "moi.txt");
    writeFileSync(manifest, "# mới\n");
    expect(addUrlsToManifest(join(dir, "site"), manifest, () => {})).toBe(0);
    expect(missingUrls(parseManifest(readFileSync(manifest, "utf8")), publishedUrls(join(dir, "site")))).toEqual([]);
    expect(parseManifest(readFileSync(manifest, "utf8"))).toEqual(parseManifest(readFileSync(join(FIXTURE, "urls.manifest.txt"), "utf8")));
    rmSync(dir, { recursive: true });
  });
});

describe("the repository's manifest", () => {
  it("is committed and lists the home page and the open data", () => {
    const urls = parseManifest(readFileSync("urls.manifest.txt", "utf8"));
    expect(urls).toEqual(expect.arrayContaining(["/", "/du-lieu/", "/rss.xml", "/sitemap.xml"]));
  });
});
