/**
 * Bytes a reader's browser downloads from /pagefind/ for a first search: Pagefind's script,
 * WebAssembly, entry, filter and index chunks, and the fragments of the results the page reads.
 * Measured in Chromium against the built site served locally, through the search page itself
 * (/tim-kiem/?q=…), since the page asks Pagefind several questions per query (issue 15).
 */
import { chromium } from "@playwright/test";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveDist } from "../../serve-dist.ts";

export interface FirstQuery {
  query: string;
  results: number;
  bytes: number;
  requests: number;
}

export async function measureFirstQuery(
  dist: string,
  port: number,
  query: string,
  chromiumPath: string | undefined,
): Promise<FirstQuery | null> {
  if (!existsSync(join(dist, "pagefind", "pagefind.js"))) return null;
  const server = serveDist(dist, port);
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let requests = 0;
    page.on("response", async (response) => {
      if (!new URL(response.url()).pathname.startsWith("/pagefind/")) return;
      requests++;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`http://127.0.0.1:${port}/tim-kiem/?q=${encodeURIComponent(query)}`);
    const status = page.locator("[data-search-status]");
    await status.filter({ hasNotText: /Đang tải/ }).filter({ hasText: /\S/ }).waitFor({ timeout: 120_000 });
    // "Tìm thấy 1.234 kết quả": the count the reader is told.
    const results = Number(((await status.textContent()) ?? "").match(/[\d.]+/)?.[0]?.replace(/\./g, "") ?? 0);
    await page.waitForLoadState("networkidle");
    return { query, results, bytes, requests };
  } finally {
    await browser.close();
    server.close();
  }
}
