/**
 * A model file renamed exactly as the editing guide says (new file name, old name in `aliases`):
 * the build passes the URL manifest and every address the old id had still answers.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { isRedirectPage } from "../../scripts/lib/dist-files.ts";
import { addUrls, missingUrls, parseManifest, publishedUrls } from "../../scripts/lib/url-manifest.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { fixtureSite } from "../unit/helpers/fixture-site.ts";

const OLD = "mo-hinh-thu-nghiem";
const NEW = "truong-hoc-an-toan-truong-hu-cau";

/** `npm run build` in its own process, as an editor runs it; returns its output when it fails. */
function build(contentDir: string, outDir: string, manifest?: string) {
  const run = spawnSync(resolve("node_modules/.bin/node"), ["scripts/build-site.ts"], {
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ...(manifest ? { URL_MANIFEST: manifest } : {}) },
    encoding: "utf8",
  });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

/** The site path with one id put in place of another, where the id is a whole segment or file name. */
const swapId = (url: string, from: string, to: string) =>
  url
    .split("/")
    .map((segment) => (segment === from ? to : segment.startsWith(`${from}.`) ? to + segment.slice(from.length) : segment))
    .join("/");

describe("a model renamed with its old name in aliases", () => {
  it("keeps its old profile, share image and every other address", { timeout: 300_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), "antq-rename-"));
    const content = fixtureSite("minimal");
    const manifest = join(root, "urls.manifest.txt");

    // The site as first published, and its manifest as `npm run urls:add` writes it.
    const first = build(content, join(root, "before"));
    expect(first.ok, first.output).toBe(true);
    writeFileSync(manifest, addUrls("# thử nghiệm\n", publishedUrls(join(root, "before"))).text);
    const oldUrls = parseManifest(readFileSync(manifest, "utf8")).filter((url) =>
      url.split("/").some((s) => s === OLD || s.startsWith(`${OLD}.`)),
    );
    expect(oldUrls).toEqual(expect.arrayContaining([paths.model(OLD), paths.modelOgImage(OLD)]));

    // The editor's rename, as docs/huong-dan-bien-tap.md describes it.
    const file = join(content, "models", `${OLD}.mdx`);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^updated:/m, `aliases: ["${OLD}"]\nupdated:`));
    renameSync(file, join(content, "models", `${NEW}.mdx`));

    const out = join(root, "after");
    const second = build(content, out, manifest);
    expect(second.ok, second.output).toBe(true);
    const published = publishedUrls(out);
    expect(missingUrls(parseManifest(readFileSync(manifest, "utf8")), published)).toEqual([]);

    // Old profile: a redirect page to the new one, and a 301 for hosts that read _redirects.
    const oldProfile = readFileSync(join(out, paths.model(OLD), "index.html"), "utf8");
    expect(isRedirectPage(oldProfile)).toBe(true);
    expect(oldProfile).toContain(`url=${paths.model(NEW)}`);
    expect(readFileSync(join(out, "_redirects"), "utf8")).toContain(`${paths.model(OLD)} ${paths.model(NEW)} 301`);

    // Old share image: the very same PNG, since social sites do not follow a meta refresh.
    const newCard = readFileSync(join(out, paths.modelOgImage(NEW)));
    expect(newCard.subarray(1, 4).toString()).toBe("PNG");
    expect(readFileSync(join(out, paths.modelOgImage(OLD))).equals(newCard)).toBe(true);

    // Any address the new id has (an embed or a download added later too) answers under the old id.
    const newUrls = [...published].filter((url) => url.split("/").some((s) => s === NEW || s.startsWith(`${NEW}.`)));
    expect(newUrls.length).toBeGreaterThanOrEqual(2);
    expect(newUrls.map((url) => swapId(url, NEW, OLD)).filter((url) => !published.has(url))).toEqual([]);
    expect(existsSync(join(out, paths.model(NEW), "index.html"))).toBe(true);
    rmSync(root, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  });
});
