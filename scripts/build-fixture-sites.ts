/**
 * Builds the fictional recipients fixture site that the browser tests of the commendation pages
 * use: tests/fixtures/sites/recipients plus a generated 50,000-row list, into dist-fixtures/recipients
 * (OUT_DIR overrides). Reports the build time and the largest HTML page, and fails when a page
 * exceeds the 200 KB budget that keeps long lists usable on phones.
 */
import { cpSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildSite } from "./build-site.ts";
import { listFiles } from "./lib/dist-files.ts";
import { generateRecipientList } from "./lib/generate-recipients.ts";

// The fictional sites are dated 2030 so nobody takes them for real; the check's "not after
// today" rule runs as if it were 2031 (see scripts/lib/validate.ts, contentToday).
process.env["CONTENT_TODAY"] ??= "2031-01-01";
export const HTML_BUDGET = 200 * 1024;
export const LARGE_LIST_ID = "danh-sach-hu-cau-50000";
export const LARGE_LIST_ROWS = 50_000;

/** Every .html file under a folder with its size, largest first. */
export function htmlSizes(dir: string): { file: string; bytes: number }[] {
  return listFiles(dir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({ file: file.slice(1), bytes: statSync(join(dir, file)).size }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** The generated long list, the same on every call (tests rebuild it to know what to expect). */
export function fixtureLargeList() {
  return generateRecipientList({
    count: LARGE_LIST_ROWS,
    seed: 20300101,
    awards: ["giay-khen-hu-cau", "bang-khen-hu-cau"],
    document: "van-ban-thu-nghiem",
  });
}

export async function buildFixtureSites(
  outDir: string,
  effects: { log: (t: string) => void; error: (t: string) => void },
): Promise<number> {
  const content = mkdtempSync(join(tmpdir(), "antq-recipients-"));
  try {
    cpSync(resolve("tests/fixtures/sites/recipients"), content, { recursive: true });
    writeFileSync(join(content, "commendations", `${LARGE_LIST_ID}.json`), JSON.stringify(fixtureLargeList()));
    const started = performance.now();
    const status = await buildSite({ contentDir: content, outDir, ...effects });
    const seconds = (performance.now() - started) / 1000;
    if (status !== 0) return status;
    const sizes = htmlSizes(outDir);
    const largest = sizes[0];
    effects.log(
      `Dựng trang thử nghiệm (${LARGE_LIST_ROWS.toLocaleString("vi-VN")} dòng): ${seconds.toFixed(1)} giây, ${sizes.length} trang HTML, trang lớn nhất ${largest ? `${largest.file} (${(largest.bytes / 1024).toFixed(1)} KB)` : "—"}.`,
    );
    const over = sizes.filter((s) => s.bytes > HTML_BUDGET);
    for (const page of over) effects.error(`Trang quá ${HTML_BUDGET / 1024} KB: ${page.file} (${(page.bytes / 1024).toFixed(1)} KB)`);
    return over.length === 0 ? 0 : 1;
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  process.exitCode = await buildFixtureSites(resolve(process.env["OUT_DIR"] ?? "dist-fixtures/recipients"), {
    log: console.log,
    error: console.error,
  });
}
