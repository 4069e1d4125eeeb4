/**
 * The download files come from one list (src/lib/downloads/download-files.ts), written in a build
 * by the download step beside Astro: a built site must hold exactly the files its pages link to,
 * each with the bytes the list makes. Built from the fictional recipients site, which has every
 * kind of download (datasets, charts, tallies and their former copies, named recipient lists).
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { contentDownloadFiles } from "../../scripts/lib/download-step.ts";
import { listFiles } from "../../scripts/lib/dist-files.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { site } from "../../src/config/site.ts";
import { fixtureSite } from "../unit/helpers/fixture-site.ts";

/** Site paths of the download files (.csv, .json, .xlsx) that the built pages link to. */
function linkedDownloads(outDir: string): Set<string> {
  const origin = new URL(site.baseUrl).origin;
  const linked = new Set<string>();
  for (const page of listFiles(outDir).filter((file) => file.endsWith(".html"))) {
    const html = readFileSync(join(outDir, page), "utf8");
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      const url = new URL(href!.replaceAll("&amp;", "&"), new URL(page, site.baseUrl));
      if (url.origin === origin && /\.(csv|json|xlsx)$/.test(url.pathname)) linked.add(decodeURIComponent(url.pathname));
    }
  }
  return linked;
}

describe("the download step", () => {
  const contentDir = fixtureSite("recipients");
  const outDir = join(mkdtempSync(join(tmpdir(), "antq-downloads-")), "dist");

  it(
    "writes every file the pages link to, and no other but the tallies' former copies, with the bytes the list makes",
    { timeout: 300_000 },
    async () => {
      // With vitest's own import.meta.env (DEV=1, MODE=test, …) in process.env, which the build must
      // not pass on to Astro (buildEnv): with DEV=1 Astro would render the preview's download routes.
      const run = spawnSync(resolve("node_modules/.bin/node"), ["scripts/build-site.ts"], {
        env: { ...process.env, NODE_ENV: "production", OUT_DIR: outDir, CONTENT_DIR: contentDir },
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
      // Astro renders no download file: each comes from the step.
      expect(
        run.stdout.split("\n").filter((line) => /├─ \S+\.(csv|xlsx)\b|├─ \S+\/[^/]+\.json\b/.test(line) && !/bo-loc\.json/.test(line)),
      ).toEqual([]);
      const files = await contentDownloadFiles(contentDir);
      const listed = new Set(files.map((file) => file.path));
      const linked = linkedDownloads(outDir);
      // Each kind of download is there, so the comparison below covers them all.
      for (const prefix of ["/du-lieu/", "/so-lieu/tai-ve/", "/khen-thuong/so-lieu/", "/khen-thuong/danh-sach/"]) {
        expect(
          [...listed].some((path) => path.startsWith(prefix)),
          prefix,
        ).toBe(true);
      }
      expect(
        [...linked].filter((path) => !listed.has(path)),
        "linked from a page, never written",
      ).toEqual([]);
      const formerCopies = [...listed].filter((path) => path.startsWith("/khen-thuong/so-lieu/"));
      expect([...listed].filter((path) => !linked.has(path)).sort(), "written, linked from no page").toEqual(formerCopies.sort());
      const built = new Set(listFiles(outDir));
      for (const file of files) {
        expect(built.has(file.path), file.path).toBe(true);
        const made = await file.make();
        expect(readFileSync(join(outDir, file.path)).equals(Buffer.from(made)), file.path).toBe(true);
      }
      // A former address answers with the very file of its chart's own address.
      for (const path of formerCopies) {
        const [, id, kind] = /^\/khen-thuong\/so-lieu\/(.+)\.(csv|json|xlsx)$/.exec(path)!;
        expect(path).toBe(paths.formerTallyDownload(id!, kind as "csv"));
        expect(readFileSync(join(outDir, path)).equals(readFileSync(join(outDir, paths.chartDownload(id!, kind as "csv")))), path).toBe(
          true,
        );
      }
    },
  );
});
