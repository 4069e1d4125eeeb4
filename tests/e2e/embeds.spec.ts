/**
 * Embed snippets inside a newsroom's article. Every snippet the site offers (copied from the
 * textarea on the page that shows the chart) is pasted into a host page on another origin, in a
 * 360 px and a 768 px column: the frame grows to its content, so nothing scrolls inside it, and the
 * source line is in view. Hosts that strip <script> keep the iframe alone: its fallback height
 * (estimated for a 360 px column) still shows the title, the source line and the chart.
 */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { readStatistics } from "../helpers/content.ts";
import { themeHome } from "../../src/lib/statistics/themes.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { site } from "../../src/config/site.ts";

const groups = readStatistics();
const homes = [...new Set(groups.map((g) => themeHome(g.data.theme))), paths.commendations()];

/** Every embed snippet of the site, keyed by chart id, read from the pages readers copy them from. */
async function snippets(page: Page): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const home of homes) {
    await page.goto(home);
    for (const field of await page.locator('textarea[id$="-nhung"]').all()) {
      const id = (await field.getAttribute("id"))!.replace(/-nhung$/, "");
      found.set(id, await field.inputValue());
    }
  }
  return found;
}

/** A host article on another origin (localhost vs 127.0.0.1) with the snippet pasted in its column. */
async function host(page: Page, snippet: string, width: number, origin: string): Promise<void> {
  const url = `${origin.replace("127.0.0.1", "localhost")}/bai-bao-thu-nghiem/`;
  const local = snippet.replaceAll(site.baseUrl, origin);
  await page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html; charset=utf-8",
      body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Bài báo</title></head>
<body style="margin:0"><article style="width:${width}px;margin:0"><p>Đoạn mở đầu bài báo.</p>${local}<p>Đoạn tiếp theo.</p></article></body></html>`,
    }),
  );
  // Chromium blocks a page it does not know to be local (a fulfilled route) from framing a loopback
  // address; a real host and the site are both public, so the site's responses are passed through.
  await page.route(`${origin}/**`, async (route) => route.fulfill({ response: await route.fetch() }));
  await page.setViewportSize({ width, height: 780 });
  await page.goto(url);
}

/** In the frame: the bottom of the source line and of the content, and the frame's own height. */
async function measure(page: Page) {
  const frame = page.frameLocator("iframe[data-antq-embed]");
  await expect(frame.locator(".sources").first()).toBeVisible();
  return frame.locator("body").evaluate(() => {
    const sources = [...document.querySelectorAll(".sources")].map((s) => s.getBoundingClientRect().bottom + scrollY);
    const main = document.querySelector("main")!;
    const chart = document.querySelector(".canvas-box");
    return {
      source: Math.max(...sources),
      chart: chart ? chart.getBoundingClientRect().bottom + scrollY : 0,
      content: Math.ceil(main.getBoundingClientRect().bottom + scrollY),
      frame: innerHeight,
    };
  });
}

test("every snippet fits its content in a 360 px and a 768 px column, with and without its script", async ({
  page,
  pageErrors,
  baseURL,
}) => {
  test.setTimeout(420_000);
  const all = await snippets(page);
  expect(all.size, "one snippet per embed page").toBe(25);
  const report: string[] = [];
  for (const [id, snippet] of all) {
    expect(snippet, id).toMatch(/^<iframe [^>]*height="\d+"[^>]*><\/iframe>\n<script>.*<\/script>$/s);
    for (const width of [360, 768]) {
      // With the script: the host sets the frame to the height the embed posts.
      await host(page, snippet, width, baseURL!);
      // Fitted: nothing scrolls inside the frame and no large empty space is left under the content.
      await expect
        .poll(
          async () => {
            const m = await measure(page);
            return m.frame >= m.content && m.frame - m.content < 40;
          },
          { message: `${id} @${width}: frame fits its content`, timeout: 15_000 },
        )
        .toBe(true);
      const fitted = await measure(page);
      expect(fitted.source, `${id} @${width}: source line in view`).toBeLessThanOrEqual(fitted.frame);

      // A host that strips scripts: the iframe keeps its fallback height.
      await host(page, snippet.replace(/\n<script>.*<\/script>$/s, ""), width, baseURL!);
      const fallback = await measure(page);
      expect(fallback.source, `${id} @${width}: source line in view without the script`).toBeLessThanOrEqual(fallback.frame);
      expect(fallback.chart, `${id} @${width}: chart in view without the script`).toBeLessThanOrEqual(fallback.frame);
      // The fallback is sized for a 360 px column: there, nothing of the embed is cut.
      if (width === 360) expect(fallback.frame, `${id} @360: fallback holds the whole embed`).toBeGreaterThanOrEqual(fitted.content);
      report.push(
        `${id} @${width}: content ${fitted.content} px, fallback ${fallback.frame} px (${Math.round((100 * fallback.frame) / fitted.content)}%)`,
      );
    }
  }
  test.info().annotations.push({ type: "embed heights", description: report.join("; ") });
  console.info(report.join("\n"));
  expect(pageErrors).toEqual([]);
});
