/**
 * `node scripts/measure-search.ts [--models 1000] [--recipients 50000] [--query "mô hình"]`: index
 * size and the bytes a first query downloads in Chromium, part by part, on the default content or
 * on the corpus `npm run bench` builds. Needs a built dist/ (for the search page); the index is
 * rebuilt into a temporary copy of it, which serves the same search page as a full synthetic build.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { firstQueryLine, measureFirstQuery } from "./lib/bench/pagefind-query.ts";
import { writeSearchIndex } from "./lib/search-index.ts";
import { listFiles } from "./lib/dist-files.ts";
import { writeBenchCorpus } from "./lib/bench/corpus.ts";
import { formatBytes, formatNumber } from "../src/lib/browser/format.ts";

const { values } = parseArgs({
  options: {
    models: { type: "string", default: "0" },
    recipients: { type: "string", default: "0" },
    query: { type: "string", default: "truong hoc an toan" },
  },
});
const modelCount = Number(values.models);
const recipientCount = Number(values.recipients);
const query = values.query;
const work = mkdtempSync(join(tmpdir(), "antq-search-"));
try {
  let contentDir = resolve("content");
  if (modelCount > 0) {
    contentDir = join(work, "content");
    // The corpus `npm run bench` builds (scripts/lib/bench/corpus.ts), plainly fictional.
    writeBenchCorpus(contentDir, { models: modelCount, recipients: recipientCount });
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

  // Port 0: any free port, so the measurement never collides with a running server. The same
  // measurement as `npm run bench` (scripts/lib/bench/pagefind-query.ts).
  const first = await measureFirstQuery(outDir, 0, query, existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  if (!first) throw new Error("Chưa có chỉ mục tìm kiếm.");
  const got = (first.files ?? []).map((f) => join(outDir, f.path));
  const gz = (list: string[]) => list.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);
  console.log(
    `Nội dung: ${modelCount > 0 ? `${formatNumber(modelCount)} mô hình hư cấu, ${formatNumber(recipientCount)} dòng khen thưởng` : "content/"}; chỉ mục tạo trong ${formatNumber(Math.round(indexSeconds * 10) / 10)} s`,
  );
  console.log(
    `Chỉ mục (dữ liệu tìm kiếm): ${data.length} tệp, ${formatBytes(size(data))} (gzip ${formatBytes(gz(data))}); cả thư mục pagefind/: ${formatBytes(size(all))}`,
  );
  console.log(
    `Trang báo ${formatNumber(first.results ?? 0)} kết quả; trang trả lời sau ${formatNumber(Math.round((first.firstResultSeconds ?? 0) * 10) / 10)} s.`,
  );
  console.log(`${firstQueryLine(first, modelCount > 0 ? `${modelCount} mô hình hư cấu` : "content/")} (gzip ${formatBytes(gz(got))})`);
  for (const f of first.files ?? []) console.log(`  ${f.path}  ${formatBytes(f.bytes)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
