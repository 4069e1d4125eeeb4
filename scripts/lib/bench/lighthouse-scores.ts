/**
 * Lighthouse scores (mobile defaults) for a few pages of a built site, with the machine's Chromium.
 * Scores on a loaded shared machine understate performance; accessibility, best practices and SEO
 * do not depend on load.
 */
import lighthouse from "lighthouse";
import { launch } from "chrome-launcher";
import { serveDist } from "../../serve-dist.ts";

export interface LighthouseRow {
  label: string;
  url: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
}

export async function lighthouseScores(
  dist: string,
  port: number,
  pages: readonly { label: string; url: string }[],
  chromePath: string | undefined,
): Promise<LighthouseRow[]> {
  const server = serveDist(dist, port);
  const chrome = await launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const rows: LighthouseRow[] = [];
    for (const { label, url } of pages) {
      const result = await lighthouse(`http://127.0.0.1:${port}${url}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      const score = (id: string) => {
        const s = result?.lhr.categories[id]?.score;
        return typeof s === "number" ? Math.round(s * 100) : null;
      };
      rows.push({
        label,
        url,
        performance: score("performance"),
        accessibility: score("accessibility"),
        bestPractices: score("best-practices"),
        seo: score("seo"),
      });
    }
    return rows;
  } finally {
    chrome.kill();
    server.close();
  }
}
