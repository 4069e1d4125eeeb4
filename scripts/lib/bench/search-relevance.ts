/**
 * The search relevance set (tests/fixtures/search-relevance.json) run through the real search page
 * in Chromium: precision at 1 and at 3, and false hits (a counted result without every word of
 * the query, after folding and the glossary's wordings). Used by tests/e2e/search-relevance.spec.ts
 * (part of npm test) and by `npm run bench`.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { z } from "zod";
import { glossary } from "../../../src/config/glossary.ts";
import { indexedWords } from "../../../src/lib/browser/search-folding.ts";
import { buildSearchPlan, matchedAlternatives, synonymGroups } from "../../../src/lib/browser/search-plan.ts";

const relevanceSetSchema = z.strictObject({
  /** Why the set exists and how it was chosen. */
  about: z.string(),
  /** Queries readers type, each with the page(s) that must come first (any one of them). */
  queries: z
    .array(z.strictObject({ query: z.string().min(1), first: z.array(z.string().startsWith("/")).min(1), why: z.string().optional() }))
    .min(40),
  /** Words that appear nowhere on the site: each must find nothing. */
  nothing: z.array(z.string().min(1)).min(1),
});

export type RelevanceSet = z.infer<typeof relevanceSetSchema>;

export const RELEVANCE_SET = "tests/fixtures/search-relevance.json";

export function readRelevanceSet(path = RELEVANCE_SET): RelevanceSet {
  return relevanceSetSchema.parse(JSON.parse(readFileSync(path, "utf8")));
}

/** What the search page counted for one query: result addresses in order, and its status line. */
export interface PageAnswer {
  query: string;
  urls: string[];
  status: string;
}

/** One query's verdict. */
export interface QueryVerdict extends PageAnswer {
  first: string[];
  at1: boolean;
  at3: boolean;
  /** Counted results that lack a word of the query. */
  falseHits: string[];
}

export interface RelevanceReport {
  queries: number;
  precisionAt1: number;
  precisionAt3: number;
  /** Counted results, over the whole set, that do not contain every query word; and any result for a "nothing" word. */
  falseHits: number;
  verdicts: QueryVerdict[];
  nothing: PageAnswer[];
}

/** Opens the search page for a query and reads every counted result (pressing "more" as needed). */
export async function askSearchPage(page: Page, query: string): Promise<PageAnswer> {
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
  const status = page.locator("[data-search-status]");
  // The first load compiles Pagefind's WebAssembly, slow on a busy machine.
  await status
    .filter({ hasNotText: /Đang tải/ })
    .filter({ hasText: /\S/ })
    .waitFor({ timeout: 20_000 });
  const more = page.locator("[data-search-more]");
  while (await more.isVisible()) {
    const before = await page.locator("[data-search-results] > li").count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] > li").length > n, before);
  }
  const urls = await page.locator("[data-search-results] > li h3 a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return { query, urls, status: (await status.textContent()) ?? "" };
}

/** Every indexed page's searchable text (title, meta, content), read through Pagefind's own API. */
export async function indexedTexts(page: Page): Promise<Map<string, string>> {
  await page.goto("/tim-kiem/");
  const entries = await page.evaluate(async (module) => {
    type Data = { url: string; content: string; meta: Record<string, string> };
    const pagefind = (await import(module)) as { search: (q: null) => Promise<{ results: { data: () => Promise<Data> }[] }> };
    const all = await pagefind.search(null);
    const data = await Promise.all(all.results.map((r) => r.data()));
    return data.map(
      (d) =>
        [
          d.url,
          [d.meta["title"], d.meta["type"], d.meta["facts"], d.meta["keywords"], d.meta["names"], d.content].filter(Boolean).join(" "),
        ] as const,
    );
  }, "/pagefind/pagefind.js");
  return new Map(entries);
}

/** Scores answers against the set; `texts` from indexedTexts decides what a page contains. */
export function scoreRelevance(
  set: RelevanceSet,
  answers: readonly PageAnswer[],
  nothing: readonly PageAnswer[],
  texts: ReadonlyMap<string, string>,
): RelevanceReport {
  const groups = synonymGroups(glossary);
  const verdicts = set.queries.map(({ query, first }): QueryVerdict => {
    const answer = answers.find((a) => a.query === query) ?? { query, urls: [], status: "" };
    const plan = buildSearchPlan(query, groups);
    const falseHits = answer.urls.filter((url) => matchedAlternatives(plan, indexedWords(texts.get(url) ?? "")).length === 0);
    return {
      ...answer,
      first,
      at1: first.includes(answer.urls[0] ?? ""),
      at3: answer.urls.slice(0, 3).some((u) => first.includes(u)),
      falseHits,
    };
  });
  const n = verdicts.length;
  return {
    queries: n,
    precisionAt1: verdicts.filter((v) => v.at1).length / n,
    precisionAt3: verdicts.filter((v) => v.at3).length / n,
    falseHits: verdicts.reduce((sum, v) => sum + v.falseHits.length, 0) + nothing.reduce((sum, a) => sum + a.urls.length, 0),
    verdicts,
    nothing: [...nothing],
  };
}

/** Runs the whole set on an open page (its baseURL the built site). */
export async function runRelevanceSet(page: Page, set: RelevanceSet = readRelevanceSet()): Promise<RelevanceReport> {
  const texts = await indexedTexts(page);
  const answers: PageAnswer[] = [];
  for (const { query } of set.queries) answers.push(await askSearchPage(page, query));
  const nothing: PageAnswer[] = [];
  for (const word of set.nothing) nothing.push(await askSearchPage(page, word));
  return scoreRelevance(set, answers, nothing, texts);
}

/** One line per query that missed, for test output and the benchmark report. */
export function describeMisses(report: RelevanceReport): string[] {
  return [
    ...report.verdicts
      .filter((v) => !v.at1 || v.falseHits.length > 0)
      .map(
        (v) =>
          `“${v.query}”: đầu tiên ${v.urls[0] ?? "(không có)"}, cần ${v.first.join(" hoặc ")}${v.at3 ? "" : " (không có trong 3 kết quả đầu)"}${v.falseHits.length > 0 ? `; kết quả sai: ${v.falseHits.join(", ")}` : ""}`,
      ),
    ...report.nothing.filter((a) => a.urls.length > 0).map((a) => `“${a.query}” lẽ ra không tìm thấy gì, nhưng có ${a.urls.join(", ")}`),
  ];
}

/** Serves a built site on `port` and runs the set in a fresh Chromium (for `npm run bench`). */
export async function measureRelevance(dist: string, port: number, chromiumPath: string | undefined): Promise<RelevanceReport> {
  const { chromium } = await import("@playwright/test");
  const { serveDist } = await import("../../serve-dist.ts");
  const server = serveDist(dist, port);
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await (await browser.newContext({ baseURL: `http://127.0.0.1:${port}` })).newPage();
    return await runRelevanceSet(page);
  } finally {
    await browser.close();
    server.close();
  }
}
