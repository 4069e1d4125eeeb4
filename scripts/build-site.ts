/**
 * `npm run build`: check → build into a temporary folder → post-build steps → swap into dist/.
 * Astro reads the editors' files directly (src/lib/content-loader.ts), so the check and the pages
 * see the same parsed entries.
 * Any failure leaves the previous dist/ exactly as it was, so a bad edit never publishes a partial site.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { checkContent } from "./validate-content.ts";
import { ogCardInput } from "../src/lib/model-profile.ts";
import type { ModelData } from "../src/schemas/model.ts";
import { postBuildSteps } from "./lib/post-build.ts";
import { reportSiteAddress } from "../src/lib/site-address.ts";

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  log: (text: string) => void;
  error: (text: string) => void;
}

export async function buildSite({ contentDir, outDir, log, error }: BuildOptions): Promise<number> {
  const entries = checkContent(contentDir, { log, error });
  if (entries === null) {
    error(`\nTrang chưa được tạo. Thư mục ${outDir} (nếu có) giữ nguyên như trước.`);
    return 1;
  }
  const stamp = process.pid;
  const tmpOut = resolve(`${outDir}.tmp-${stamp}`);
  // A fresh cache per build: two builds of the same commit must not depend on what ran before.
  const cacheDir = resolve(`.astro/cache-${stamp}`);
  // Share cards are drawn on the second core while Astro builds (see scripts/lib/og-prerender.ts).
  const cardList = resolve(`.astro/og-cards-${stamp}.json`);
  mkdirSync(resolve(".astro"), { recursive: true });
  writeFileSync(cardList, JSON.stringify(entries.filter((e) => e.collection === "models").map((e) => ogCardInput(e.data as ModelData))));
  const cards = spawn(process.execPath, [resolve("scripts/prerender-og.ts"), cardList], { stdio: ["ignore", "ignore", "inherit"] });
  try {
    const astro = spawnSync(resolve("node_modules/.bin/astro"), ["build"], {
      stdio: "inherit",
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_OUT_DIR: tmpOut, ASTRO_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: "1" },
    });
    if (astro.status !== 0) {
      error(`\nAstro không tạo được trang. Thư mục ${outDir} (nếu có) giữ nguyên như trước.`);
      return 1;
    }
    for (const step of postBuildSteps) {
      log(`→ ${step.name}`);
      const ok = await step.run({ outDir: tmpOut, contentDir, log, error });
      if (!ok) {
        error(`\nBước "${step.name}" thất bại. Thư mục ${outDir} (nếu có) giữ nguyên như trước.`);
        return 1;
      }
    }
    const old = `${outDir}.old-${stamp}`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(tmpOut, outDir);
    rmSync(old, { recursive: true, force: true });
    log(`Đã tạo trang vào ${outDir}.`);
    return 0;
  } finally {
    // Cards it has not reached, Astro drew itself.
    cards.kill();
    rmSync(cardList, { force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(tmpOut, { recursive: true, force: true });
  }
}

if (import.meta.main && !reportSiteAddress(process.env, process.argv.slice(2), console.log, console.error)) process.exitCode = 1;
else if (import.meta.main) {
  process.exitCode = await buildSite({
    contentDir: resolve(process.env["CONTENT_DIR"] ?? "content"),
    outDir: resolve(process.env["OUT_DIR"] ?? "dist"),
    log: console.log,
    error: console.error,
  });
}
