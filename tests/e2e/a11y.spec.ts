/**
 * The one accessibility check: axe-core (WCAG 2.2 A/AA) on one page of every page kind found in
 * the built site, in light and dark colour schemes, in the state a reader leaves it in: charts
 * drawn, every <details> open, a filter chosen, a search with results and its filters open, a
 * list sorted. Page kinds only the fictional recipients site has (named recipient lists) are
 * checked on that site. Deliberately broken fixture pages must fail the same checker.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { a11yViolations, formatViolations } from "./a11y-check.ts";
import { htmlPages, pageKind, representativePages, type PageFile } from "../../scripts/lib/quality/site-files.ts";
import { isRedirectPage } from "../../scripts/lib/dist-files.ts";
import { RESERVED_MODEL_SEGMENTS } from "../../src/lib/models/model-url-claims.ts";
import { t } from "../../src/i18n/vi.ts";

const schemes = ["light", "dark"] as const;
const dist = resolve(process.env["OUT_DIR"] ?? "dist");
const distPages = htmlPages(dist);
const kinds = representativePages(distPages);
// The recipients fixture site (npm run build:fixtures) has kinds content/ does not: only those,
// on the smallest page of each, since its large pages are the generated 50,000-row list that
// exists to test page size (axe takes minutes on one on a shared machine). Its pages 2… hold the
// same table as a list's first page.
const fixtureDist = resolve("dist-fixtures/recipients");
const FIXTURE_LEFT_OUT = new Set(["/khen-thuong/danh-sach/*/*/"]);
const fixtureKinds: [string, PageFile][] = (() => {
  if (!existsSync(fixtureDist)) return [];
  const smallest = new Map<string, PageFile>();
  for (const page of htmlPages(fixtureDist)) {
    const kind = pageKind(page.url);
    if (kinds.has(kind) || FIXTURE_LEFT_OUT.has(kind)) continue;
    const current = smallest.get(kind);
    if (!current || page.bytes < current.bytes) smallest.set(kind, page);
  }
  return [...smallest];
})();

// Kinds whose pages come from different templates: the largest page of each variant is checked
// too. An embed (/nhung/*/) shows a commendation tally or a statistics group; /mo-hinh/*/ holds
// the profiles and the facet indexes (/mo-hinh/loai/); redirect pages (aliases) are left out.
/** A dictionary sentence up to its first {placeholder}: enough to recognise it in a page. */
const textBefore = (key: Parameters<typeof t>[0]) => t(key, { body: "\u0000" }).split("\u0000")[0]!;
const VARIANTS: Record<string, (url: string, html: string) => string | null> = {
  "/nhung/*/": (_url, html) => (html.includes("data-tally-id") ? "tally" : "statistics"),
  "/mo-hinh/*/": (url, html) =>
    isRedirectPage(html) ? null : RESERVED_MODEL_SEGMENTS.includes(url.split("/")[2]!) ? "facet index" : "profile",
  // A body's page may gather its internal units' tasks (an office), or be a unit's page linking back.
  "/trach-nhiem/co-quan/*/": (_url, html) =>
    html.includes(textBefore("responsibilities.body.units"))
      ? "office with units"
      : html.includes(textBefore("responsibilities.body.parent"))
        ? "internal unit"
        : "body",
  // A document page may list instruments it cites without a date.
  "/van-ban/*/": (_url, html) => (html.includes("data-undated") ? "undated instruments" : "document"),
};
const variantPages: [string, PageFile][] = Object.entries(VARIANTS).flatMap(([kind, variantOf]) => {
  const html = (page: PageFile) => readFileSync(resolve(dist, page.file), "utf8");
  const representative = kinds.get(kind);
  const seen = new Set<string | null>([null, representative ? variantOf(representative.url, html(representative)) : null]);
  const extra: [string, PageFile][] = [];
  for (const page of distPages.filter((p) => pageKind(p.url) === kind).sort((a, b) => b.bytes - a.bytes || a.url.localeCompare(b.url))) {
    const variant = variantOf(page.url, html(page));
    if (!seen.has(variant)) extra.push([`${kind} (${variant})`, page]);
    seen.add(variant);
  }
  return extra;
});

/** States some kinds are checked in, each from a fresh load, beyond what every page gets (see `readerState`). */
interface ReaderAction {
  /** Query string the page is opened with. */
  query?: string;
  act: (page: Page) => Promise<void>;
}
const searchAnswered = async (page: Page) =>
  // The first load compiles Pagefind's WASM, slow on a busy machine.
  expect(page.locator("[data-search-status]")).not.toHaveText(/Đang tải|^$/, { timeout: 30_000 });
const ACTIONS: Record<string, ReaderAction[]> = {
  "/tim-kiem/": [
    {
      query: "?q=don+vi",
      act: async (page) => {
        await searchAnswered(page);
        await page.locator("[data-search-panel] summary").click();
        await page.getByRole("checkbox").first().waitFor();
      },
    },
    {
      // A word still being typed: near matches, listed apart.
      query: "?q=ngo+sy+li",
      act: async (page) => {
        await searchAnswered(page);
        await expect(page.locator("[data-search-near]")).toBeVisible();
      },
    },
    {
      // Two words of a place name: pages holding them apart are listed apart, uncounted.
      query: "?q=Y%C3%AAn+D%C5%A9ng",
      act: async (page) => {
        await searchAnswered(page);
        await expect(page.getByRole("region", { name: "Có đủ các từ nhưng không liền nhau" })).toBeVisible();
      },
    },
  ],
  "/khen-thuong/danh-sach/*/": [
    {
      act: async (page) => {
        await page.locator("th[data-sort-key] button").first().click();
        await expect(page.getByRole("status").first()).toBeVisible();
      },
    },
  ],
};

/**
 * Every page: each chart drawn, each <details> open (column tables, embed snippets, full texts,
 * internal rules), and in each filter form JavaScript revealed, the first value of its first list
 * chosen, so the filtered state is what axe sees.
 */
async function readerState(page: Page, action: ReaderAction | undefined): Promise<void> {
  for (const canvas of await page.locator("canvas").all()) {
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).toHaveAttribute("data-chart-ready", "true");
  }
  await action?.act(page);
  await page
    .locator("details:not([open]) > summary")
    .evaluateAll((summaries) => summaries.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
  for (const form of await page.locator("form:not([hidden]):not([role=search])").all()) {
    const select = form.locator("select").first();
    if ((await select.count()) === 0) continue;
    const value = await select.locator("option").nth(1).getAttribute("value");
    if (value) await select.selectOption(value);
  }
}

const sites = [
  { project: "mobile", pages: [...kinds, ...variantPages] },
  { project: "recipients-fixture", pages: fixtureKinds },
];

test("dist/ has pages of several kinds to check", ({}, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "checked in the mobile project");
  expect([...kinds.keys()]).toEqual(expect.arrayContaining(["/", "/404.html"]));
});

for (const { project, pages } of sites) {
  // One test per kind checks both schemes on one loaded page: switching the emulated scheme restyles
  // the page without a reload, which halves the cost on a busy machine.
  for (const [kind, page] of pages) {
    test(`axe: ${kind} (${page.url}) has no WCAG 2.2 A/AA violation in light or dark mode`, async ({ page: tab, pageErrors }, testInfo) => {
      test.skip(testInfo.project.name !== project, `checked in the ${project} project`);
      // axe takes seconds per run when seven engineers share two cores.
      test.setTimeout(120_000);
      const report: string[] = [];
      for (const action of ACTIONS[kind] ?? [undefined]) {
        const url = page.url + (action?.query ?? "");
        await tab.emulateMedia({ colorScheme: "light" });
        await tab.goto(url);
        await readerState(tab, action);
        for (const colorScheme of schemes) {
          await tab.emulateMedia({ colorScheme });
          const violations = await a11yViolations(tab);
          if (violations.length > 0) report.push(`${url} (${colorScheme}):\n${formatViolations(violations)}`);
        }
      }
      expect(report.join("\n\n"), "axe violations").toBe("");
      // The 404 page is served with status 404, which Chromium logs as a console error.
      if (page.url === "/404.html") pageErrors.length = 0;
    });
  }
}

const broken = (name: string) => readFileSync(resolve("tests/fixtures/broken-pages/axe", name), "utf8");

test("axe reports an image without a text alternative, in light and dark mode", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "checked in the mobile project");
  test.setTimeout(120_000);
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    await page.setContent(broken("thieu-alt.html"));
    const violations = await a11yViolations(page);
    expect(violations.map((v) => v.rule)).toEqual(["image-alt"]);
    expect(formatViolations(violations)).toMatch(/^\[critical\] image-alt: .+\n {4}img — /);
  }
});

test("axe checks dark mode too: text readable only in light mode fails in dark mode", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "mobile", "checked in the mobile project");
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: "light" });
  await page.setContent(broken("tuong-phan-toi.html"));
  expect(await a11yViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  const violations = await a11yViolations(page);
  expect(violations.map((v) => v.rule)).toEqual(["color-contrast"]);
  expect(violations[0]!.nodes).toHaveLength(1);
  expect(formatViolations(violations)).toMatch(/contrast/);
});
