/**
 * The relevance set (tests/fixtures/search-relevance.json) against the built site: the right page
 * first for at least 90% of the queries, among the first three for all, and no false hit.
 */
import { test, expect } from "./fixtures.ts";
import { describeMisses, indexedTexts, readRelevanceSet, runRelevanceSet } from "../../scripts/lib/bench/search-relevance.ts";
import { indexedWords, queryTerms, foldWord } from "../../src/lib/browser/search-folding.ts";

const set = readRelevanceSet();

test("every expected page exists and every “nothing” word is absent from the index", async ({ page, pageErrors }) => {
  const texts = await indexedTexts(page);
  for (const { query, first } of set.queries)
    for (const url of first) expect(texts.has(url), `“${query}” expects ${url}, which is not indexed`).toBe(true);
  // A clean index: the text Pagefind stores, and shows in excerpts, is the pages' own.
  for (const [url, text] of texts) expect(text, url).not.toMatch(/[⁅⁆]/);
  const words = new Set([...texts.values()].flatMap((text) => [...indexedWords(text)]));
  for (const query of set.nothing)
    expect(
      queryTerms(query).some((term) => !words.has(foldWord(term))),
      `“${query}” has all its words on the site`,
    ).toBe(true);
  expect(pageErrors).toEqual([]);
});

test("the relevance set: precision at 1 ≥ 0.9, at 3 = 1, zero false hits", async ({ page, pageErrors }) => {
  // About 65 page loads, each starting Pagefind afresh.
  test.setTimeout(240_000);
  const report = await runRelevanceSet(page, set);
  const misses = describeMisses(report);
  test.info().annotations.push({
    type: "relevance",
    description: `P@1 ${report.precisionAt1.toFixed(3)}, P@3 ${report.precisionAt3.toFixed(3)}, false hits ${report.falseHits}`,
  });
  for (const miss of misses) test.info().annotations.push({ type: "miss", description: miss });
  console.log(
    [`P@1 ${report.precisionAt1.toFixed(3)}  P@3 ${report.precisionAt3.toFixed(3)}  false hits ${report.falseHits}`, ...misses].join("\n"),
  );
  expect(report.falseHits, misses.join("\n")).toBe(0);
  expect(report.precisionAt3, misses.join("\n")).toBe(1);
  expect(report.precisionAt1, misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  for (const answer of report.nothing) expect(answer.status).toMatch(/^Không tìm thấy/);
  expect(pageErrors).toEqual([]);
});
