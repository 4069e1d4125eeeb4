/**
 * Bytes a reader's browser downloads for a first search: Pagefind's script, WebAssembly, entry and
 * index chunks, and the fragments of the first results. Measured in Chromium against the built
 * site served locally, through Pagefind's own JavaScript API, so it does not depend on the search UI.
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
    await page.goto(`http://127.0.0.1:${port}/`);
    const results = await page.evaluate(
      async ({ q, module }) => {
        // A variable specifier: the module exists only in the built site, not for the type checker.
        const pagefind = (await import(module)) as { search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
        return search.results.length;
      },
      { q: query, module: "/pagefind/pagefind.js" },
    );
    await page.waitForLoadState("networkidle");
    return { query, results, bytes, requests };
  } finally {
    await browser.close();
    server.close();
  }
}
