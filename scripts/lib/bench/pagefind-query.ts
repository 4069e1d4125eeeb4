/**
 * Bytes a reader's browser downloads from /pagefind/ for a first search: Pagefind's script,
 * WebAssembly, entry, filter and index chunks, and the fragments of the results the page reads.
 * Measured in Chromium against the built site served locally, through the search page itself
 * (/tim-kiem/?q=…), since the page asks Pagefind several questions per query (issue 15). Used by
 * `npm run bench` (one row per corpus) and `scripts/measure-search.ts`.
 */
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveDist } from "../../serve-dist.ts";
import { formatNumber } from "../../../src/lib/browser/format.ts";

/** What a file of Pagefind's bundle is for, from its name. */
export type PagefindPart = "script" | "wasm" | "entry" | "meta" | "index" | "filter" | "fragment" | "other";

/** Reading order of the parts in a report line: what loads first, then what grows with the corpus. */
export const PAGEFIND_PARTS: readonly PagefindPart[] = ["script", "wasm", "entry", "meta", "index", "filter", "fragment", "other"];

const PART_LABELS: Record<PagefindPart, string> = {
  script: "mã Pagefind",
  wasm: "WebAssembly",
  entry: "tệp vào",
  meta: "siêu dữ liệu",
  index: "chỉ mục",
  filter: "bộ lọc",
  fragment: "đoạn trích kết quả",
  other: "tệp khác",
};

/** The part a /pagefind/… path belongs to ("/pagefind/index/vi_1a2b.pf_index" → "index"). */
export function pagefindPart(path: string): PagefindPart {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (/\.pf_index$/.test(name)) return "index";
  if (/\.pf_fragment$/.test(name)) return "fragment";
  if (/\.pf_filter$/.test(name)) return "filter";
  if (/\.pf_meta$/.test(name)) return "meta";
  if (/^wasm\..*\.pagefind$/.test(name)) return "wasm";
  if (name === "pagefind-entry.json") return "entry";
  if (/\.js$/.test(name)) return "script";
  return "other";
}

export interface FirstQuery {
  query: string;
  /** The count the page told the reader. */
  results: number;
  /** Bytes of every /pagefind/ response (as stored, uncompressed), until the network was idle. */
  bytes: number;
  requests: number;
  /** The same bytes by part (absent in results measured before the breakdown existed). */
  parts?: Partial<Record<PagefindPart, number>>;
  /** Seconds from opening the page to the first result on screen, Pagefind's start-up included. */
  firstResultSeconds?: number;
  /** Each file downloaded, in order, with its bytes. */
  files?: { path: string; bytes: number }[];
}

/**
 * Opens /tim-kiem/?q=<query> on `dist` served at `port` (0: any free port) and counts what the
 * page downloads from /pagefind/. Null when the site has no search index.
 */
export async function measureFirstQuery(
  dist: string,
  port: number,
  query: string,
  chromiumPath: string | undefined,
): Promise<FirstQuery | null> {
  if (!existsSync(join(dist, "pagefind", "pagefind.js"))) return null;
  const server = serveDist(dist, port);
  await new Promise((done) => server.once("listening", done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`;
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    const files: { path: string; bytes: number }[] = [];
    const reading: Promise<void>[] = [];
    page.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith("/pagefind/")) return;
      reading.push(
        response.body().then(
          (body) => void files.push({ path, bytes: body.length }),
          () => void files.push({ path, bytes: 0 }),
        ),
      );
    });
    const asked = performance.now();
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
    const status = page.locator("[data-search-status]");
    await status
      .filter({ hasNotText: /Đang tải/ })
      .filter({ hasText: /\S/ })
      .waitFor({ timeout: 120_000 });
    const firstResultSeconds = (performance.now() - asked) / 1000;
    // "Tìm thấy 1.234 kết quả": the count the reader is told.
    const results = Number(((await status.textContent()) ?? "").match(/[\d.]+/)?.[0]?.replace(/\./g, "") ?? 0);
    await page.waitForLoadState("networkidle");
    await Promise.all(reading);
    const parts: Partial<Record<PagefindPart, number>> = {};
    for (const file of files) parts[pagefindPart(file.path)] = (parts[pagefindPart(file.path)] ?? 0) + file.bytes;
    return { query, results, bytes: files.reduce((sum, f) => sum + f.bytes, 0), requests: files.length, parts, firstResultSeconds, files };
  } finally {
    await browser.close();
    server.close();
  }
}

const KB = 1024;
// In KB of 1,024 bytes, as the report's goal (≤ 200 KB); a part under 1 KB says so rather than "0 KB".
const kb = (bytes: number) => (bytes > 0 && bytes < KB ? "< 1 KB" : `${formatNumber(Math.round(bytes / KB))} KB`);

/**
 * The bench report's line for one corpus: what the first query downloaded, part by part, e.g.
 * "Lần tìm đầu “mô hình” (1.000 mô hình): 131 KB trong 9 yêu cầu — mã Pagefind 32 KB, WebAssembly 53 KB, …".
 */
export function firstQueryLine(first: FirstQuery, corpus: string): string {
  const parts = PAGEFIND_PARTS.filter((part) => (first.parts?.[part] ?? 0) > 0).map(
    (part) => `${PART_LABELS[part]} ${kb(first.parts![part]!)}`,
  );
  return `Lần tìm đầu “${first.query}” (${corpus}): ${kb(first.bytes)} trong ${formatNumber(first.requests)} yêu cầu${parts.length > 0 ? ` — ${parts.join(", ")}` : ""}; trang báo ${formatNumber(first.results)} kết quả.`;
}
