/**
 * `node scripts/measure-search.ts [--models 10000] [--query "don vi"]`: index size and the bytes a
 * first query downloads in Chromium, on the default content or on a synthetic corpus. Needs a
 * built dist/ (for the search page); the index is rebuilt into a temporary copy of it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { serveDist } from "./serve-dist.ts";
import { writeSearchIndex } from "./lib/search-index.ts";
import { listFiles } from "./lib/dist-files.ts";
import { writeBenchCorpus } from "./lib/bench/corpus.ts";
import { formatBytes } from "../src/lib/format.ts";


const { values } = parseArgs({ options: { models: { type: "string", default: "0" }, query: { type: "string", default: "truong hoc an toan" } } });
const modelCount = Number(values.models);
const query = values.query;
const work = mkdtempSync(join(tmpdir(), "antq-search-"));
try {
  let contentDir = resolve("content");
  if (modelCount > 0) {
    contentDir = join(work, "content");
    writeBenchCorpus(contentDir, { models: modelCount, recipients: 0 });
  }
  const outDir = join(work, "dist");
  cpSync(resolve("dist"), outDir, { recursive: true });
  rmSync(join(outDir, "pagefind"), { recursive: true, force: true });
  const started = performance.now();
  const ok = await writeSearchIndex({ outDir, contentDir, log: () => {}, error: console.error });
  if (!ok) process.exit(1);
  const indexSeconds = (performance.now() - started) / 1000;
  const all = listFiles(join(outDir, "pagefind")).map((f) => join(outDir, "pagefind", f));
  // The data a search reads; the rest is Pagefind's optional default UI, never loaded here.
  const data = all.filter((f) => /\/(index|fragment|filter)\/|\.pf_meta$|pagefind-entry\.json$/.test(f));
  const size = (list: string[]) => list.reduce((sum, f) => sum + statSync(f).size, 0);

  // Port 0: any free port, so the measurement never collides with a running server.
  const server = serveDist(outDir, 0);
  await new Promise((done) => server.once("listening", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage();
  const downloaded: string[] = [];
  page.on("requestfinished", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith("/pagefind/")) downloaded.push(path);
  });
  const asked = performance.now();
  await page.goto(`http://127.0.0.1:${port}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.locator("[data-search-results] h3").first().waitFor({ timeout: 60_000 });
  // From opening the page to the first result on screen, Pagefind's start-up included.
  const shownAfter = (performance.now() - asked) / 1000;
  const status = await page.locator("[data-search-status]").textContent();
  await page.waitForLoadState("networkidle");
  await browser.close();
  server.close();
  const got = downloaded.map((p) => join(outDir, p));
  const gz = (list: string[]) => list.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  console.log(`Nội dung: ${modelCount > 0 ? `${modelCount} mô hình hư cấu` : "content/"}; chỉ mục tạo trong ${indexSeconds.toFixed(1)} s`);
  console.log(`Chỉ mục (dữ liệu tìm kiếm): ${data.length} tệp, ${formatBytes(size(data))} (gzip ${formatBytes(gz(data))}); cả thư mục pagefind/: ${formatBytes(size(all))}`);
  console.log(`${status} Kết quả đầu tiên hiện sau ${shownAfter.toFixed(1)} s.`);
  console.log(`Truy vấn đầu tiên “${query}”: ${got.length} tệp, ${formatBytes(size(got))} (gzip ${formatBytes(gz(got))})`);
  for (const p of downloaded) console.log(`  ${p}  ${formatBytes(statSync(join(outDir, p)).size)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
