/**
 * Statistics, charts and targets in Chromium. Every expected number is read from the content
 * folder the site was built from (CONTENT_DIR, default content/), never retyped here.
 */
import { parseCsv } from "../../src/lib/downloads/csv.ts";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { readDocuments, readStatistics, readTargets } from "../helpers/content.ts";
import { chartCsv, chartFromGroup } from "../../src/lib/statistics/chart-data.ts";
import { checkSums } from "../../src/lib/statistics/sum-checks.ts";
import { resolveFigures } from "../../src/lib/statistics/figures.ts";
import { formatDate, formatDifference, formatFigure, formatPeriod, formatValue } from "../../src/lib/browser/format.ts";
import { groupsOfTheme, statisticThemes, themeHome } from "../../src/lib/statistics/themes.ts";
import { formatGoal, goalStatus } from "../../src/lib/statistics/targets.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { vi } from "../../src/i18n/vi.ts";
import { site } from "../../src/config/site.ts";

const groups = readStatistics();
const documents = readDocuments();
const figures = resolveFigures(groups);
const themes = statisticThemes(groups);
const specOf = (group: (typeof groups)[number]) => chartFromGroup(group.id, group.data, documents, themeHome(group.data.theme));
const charted = groups.filter((g) => specOf(g).chart);
const JS_BUDGET = 100 * 1024;

function figureOf(page: Page, title: string): Locator {
  return page.getByRole("figure", { name: title, exact: true });
}

/** Pixels drawn on the canvas, and how many of them are in the bar colour. */
async function inkOf(figure: Locator): Promise<{ inked: number; bars: number }> {
  const canvas = figure.locator("canvas");
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute("data-chart-ready", "true");
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const bar = getComputedStyle(c.closest("figure")!).getPropertyValue("--chart-bar").trim();
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(bar.slice(i, i + 2), 16));
    const { data } = c.getContext("2d")!.getImageData(0, 0, c.width, c.height);
    let inked = 0;
    let bars = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      inked++;
      if (Math.abs(data[i]! - r!) < 12 && Math.abs(data[i + 1]! - g!) < 12 && Math.abs(data[i + 2]! - b!) < 12) bars++;
    }
    return { inked, bars };
  });
}

/** The table of a chart holds exactly the content's figures, in order, formatted vi-VN. */
async function expectTableMatches(figure: Locator, group: (typeof groups)[number]): Promise<void> {
  const body = figure.getByRole("table").locator("tbody");
  await expect(body.locator("tr td:nth-of-type(1)")).toHaveText(group.data.figures.map((f) => formatValue(f.value, f)));
  await expect(body.locator("tr td:nth-of-type(2)")).toHaveText(group.data.figures.map((f) => f.unit));
}

test.describe("theme pages", () => {
  for (const theme of themes) {
    test(`${theme}: charts drawn, tables equal to the content, sources, period and last change shown`, async ({ page, pageErrors }) => {
      test.setTimeout(90_000);
      const own = groupsOfTheme(groups, theme);
      await page.goto(paths.theme(theme));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi[`theme.${theme}`]);
      await expect(
        page.getByRole("navigation", { name: vi["site.nav.label"] }).getByRole("link", { name: vi["site.nav.statistics"] }),
      ).toHaveAttribute("aria-current", "page");
      const latest = own
        .map((g) => g.data.updated)
        .sort()
        .at(-1)!;
      await expect(page.locator("main > .container > dl.facts")).toContainText(formatDate(latest));
      for (const group of own) {
        const figure = figureOf(page, group.data.title);
        await expect(figure).toBeVisible();
        await expect(figure).toContainText(group.data.description);
        await expect(figure).toContainText(formatPeriod(group.data.period));
        await expect(figure.locator(`time[datetime="${group.data.updated}"]`)).toHaveText(formatDate(group.data.updated));
        await expectTableMatches(figure, group);
        const sourceDocs = new Set([
          group.data.source.document,
          ...group.data.figures.flatMap((f) => (f.source ? [f.source.document] : [])),
        ]);
        for (const doc of sourceDocs) await expect(figure.locator(`.sources a[href="${paths.document(doc)}"]`).first()).toBeVisible();
        await expect(figure.locator(".sources")).toContainText(group.data.source.section);
        if (specOf(group).chart) {
          const { inked, bars } = await inkOf(figure);
          expect(inked, `${group.id}: canvas drawn`).toBeGreaterThan(1000);
          expect(bars, `${group.id}: bars in the bar colour`).toBeGreaterThan(100);
        } else {
          await expect(figure.locator("canvas")).toHaveCount(0);
        }
      }
      expect(pageErrors).toEqual([]);
    });
  }

  test("totals whose parts do not add up show both numbers and the difference", async ({ page, pageErrors }) => {
    test.setTimeout(120_000);
    const broken = checkSums(figures).filter((c) => !c.adds);
    expect(broken.length).toBeGreaterThan(0);
    for (const check of broken) {
      const total = figures.find((f) => f.id === check.totalId)!;
      await page.goto(themeHome(total.theme));
      const note = figureOf(page, total.groupTitle).getByRole("note");
      await expect(note).toContainText(formatFigure({ value: total.value, unit: total.unit }));
      const parts = figures.filter((f) => f.partOf === total.id);
      await expect(note).toContainText(parts.map((p) => formatValue(p.value)).join(" + "));
      await expect(note).toContainText(formatFigure({ value: parts.reduce((a, p) => a + p.value, 0), unit: total.unit }));
      await expect(note).toContainText(formatDifference(parts.reduce((a, p) => a + p.value, 0) - total.value));
      // An embedded chart carries the same note, since it is read without its page.
      await page.goto(paths.embed(total.groupId));
      await expect(page.getByRole("note")).toContainText(formatDifference(check.difference));
    }
    const fine = checkSums(figures).filter((c) => c.adds);
    const homes = new Set(fine.map((c) => themeHome(figures.find((f) => f.id === c.totalId)!.theme)));
    for (const home of homes) {
      await page.goto(home);
      for (const check of fine) await expect(page.locator(`[data-sum-check="${check.totalId}"]`)).toHaveCount(0);
    }
    expect(pageErrors).toEqual([]);
  });
});

test.describe("downloads", () => {
  test("CSV and JSON of every chart are byte-for-byte what the content says", async ({ page, pageErrors }) => {
    for (const group of groups) {
      const csvResponse = await page.request.get(paths.chartDownload(group.id, "csv"));
      expect(csvResponse.status()).toBe(200);
      const bytes = await csvResponse.body();
      expect([...bytes.subarray(0, 3)], `${group.id}.csv starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.equals(Buffer.from(chartCsv(specOf(group)), "utf8")), `${group.id}.csv`).toBe(true);
      const [header, ...rows] = parseCsv(bytes.toString("utf8").slice(1));
      expect(header).toHaveLength(6);
      expect(rows).toHaveLength(group.data.figures.length);
      for (const [i, f] of group.data.figures.entries()) {
        expect(rows[i]![1]).toBe(String(f.value));
        expect(rows[i]![2]).toBe(f.qualifier ?? "");
        expect(rows[i]![3]).toBe(f.outOf === undefined ? "" : String(f.outOf));
        expect(rows[i]![4]).toBe(f.unit);
      }

      const json = await (await page.request.get(paths.chartDownload(group.id, "json"))).json();
      expect(json.title).toBe(group.data.title);
      expect(json.period).toBe(formatPeriod(group.data.period));
      expect(json.updated).toBe(group.data.updated);
      expect(json.rows.map((r: { value: number }) => r.value)).toEqual(group.data.figures.map((f) => f.value));
      expect(json.rows.map((r: { unit: string }) => r.unit)).toEqual(group.data.figures.map((f) => f.unit));
      expect(json.sources[0].url).toBe(new URL(paths.document(group.data.source.document), site.baseUrl).href);
    }
    expect(pageErrors).toEqual([]);
  });

  test("the download links of a chart save CSV, JSON and a PNG image", async ({ page, pageErrors }) => {
    const group = charted[0]!;
    await page.goto(themeHome(group.data.theme));
    const figure = figureOf(page, group.data.title);
    await inkOf(figure);
    for (const [name, file] of [
      [vi["chart.download.csv"], `${group.id}.csv`],
      [vi["chart.download.json"], `${group.id}.json`],
    ] as const) {
      const download = page.waitForEvent("download");
      await figure.getByRole("link", { name }).click();
      expect((await download).suggestedFilename()).toBe(file);
    }
    const download = page.waitForEvent("download");
    await figure.getByRole("button", { name: vi["chart.download.png"] }).click();
    const png = await download;
    expect(png.suggestedFilename()).toBe(`${group.id}.png`);
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(2000);
    // A broadcast frame whatever the screen (this is a phone): 1920×1080, from the PNG header.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    expect(pageErrors).toEqual([]);
  });

  test("the embed snippet is copyable and points at the embed page", async ({ page, pageErrors }) => {
    const group = charted[0]!;
    await page.goto(themeHome(group.data.theme));
    const figure = figureOf(page, group.data.title);
    await figure.getByText(vi["chart.embed"]).click();
    const snippet = figure.getByLabel(vi["chart.embed.label"]);
    await expect(snippet).toBeVisible();
    expect(await snippet.inputValue()).toContain(`src="${new URL(paths.embed(group.id), site.baseUrl).href}"`);
    expect(pageErrors).toEqual([]);
  });
});

test("an embed page works on its own: title, chart, table, source and link back", async ({ page, pageErrors }) => {
  const group = charted[0]!;
  await page.goto(paths.embed(group.id));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(group.data.title);
  const figure = figureOf(page, group.data.title);
  expect((await inkOf(figure)).bars).toBeGreaterThan(100);
  await expectTableMatches(figure, group);
  await expect(figure.locator(".sources a").first()).toHaveAttribute(
    "href",
    new URL(paths.document(group.data.source.document), site.baseUrl).href,
  );
  await expect(figure.getByRole("link", { name: vi["chart.embed.home"].replace("{site}", site.shortName) })).toHaveAttribute(
    "href",
    new URL(`${themeHome(group.data.theme)}#${group.id}`, site.baseUrl).href,
  );
  expect(pageErrors).toEqual([]);
});

test("bars are redrawn in the dark palette when the reader switches to dark mode", async ({ page, pageErrors }) => {
  const group = charted[0]!;
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(paths.embed(group.id));
  const figure = figureOf(page, group.data.title);
  expect((await inkOf(figure)).bars).toBeGreaterThan(100);
  await page.emulateMedia({ colorScheme: "dark" });
  // inkOf reads the bar colour of the current scheme, so bars counted now are in the dark palette.
  await expect.poll(async () => (await inkOf(figure)).bars).toBeGreaterThan(100);
  expect(pageErrors).toEqual([]);
});

test("with JavaScript off every table, source and download link is there", async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL ?? "", javaScriptEnabled: false });
  const page = await context.newPage();
  for (const url of [...themes.map((t) => paths.theme(t)), paths.targets()]) {
    await page.goto(url);
    const own = groups.filter((g) => themeHome(g.data.theme) === url);
    for (const group of own) {
      const figure = figureOf(page, group.data.title);
      await expectTableMatches(figure, group);
      await expect(figure.locator(".sources a").first()).toBeVisible();
      await expect(figure.getByRole("link", { name: vi["chart.download.csv"] })).toBeVisible();
      await expect(figure.getByRole("button", { name: vi["chart.download.png"] })).toBeHidden();
      await expect(figure.locator(".canvas-box")).toBeHidden();
    }
  }
  await context.close();
});

test("chart pages ship at most 100 KB of gzipped JavaScript; pages without charts load no chart code", async ({ page, pageErrors }) => {
  test.setTimeout(120_000);
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.set(response.url(), gzipSync(await response.body()).length);
  });
  let worst = 0;
  const chartScripts = new Set<string>();
  for (const theme of themes) {
    scripts.clear();
    await page.goto(paths.theme(theme));
    for (const group of groupsOfTheme(groups, theme).filter((g) => specOf(g).chart)) await inkOf(figureOf(page, group.data.title));
    await page.waitForLoadState("networkidle");
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    worst = Math.max(worst, total);
    expect(total, `${theme}: gzipped JS`).toBeLessThanOrEqual(JS_BUDGET);
    for (const url of scripts.keys()) chartScripts.add(url);
  }
  testInfo(worst);
  expect(chartScripts.size).toBeGreaterThan(0);
  scripts.clear();
  await page.goto(paths.documents());
  await page.waitForLoadState("networkidle");
  expect([...scripts.keys()].filter((u) => chartScripts.has(u))).toEqual([]);
  // A page whose groups are all table-only ships no JavaScript at all.
  for (const url of [paths.targets(), ...groups.filter((g) => !specOf(g).chart).map((g) => paths.embed(g.id))]) {
    if (groups.some((g) => specOf(g).chart && themeHome(g.data.theme) === url)) continue;
    scripts.clear();
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    expect([...scripts.keys()], url).toEqual([]);
  }
  expect(pageErrors).toEqual([]);
});

function testInfo(worst: number): void {
  test.info().annotations.push({ type: "gzipped JS (largest chart page)", description: `${worst} B` });
  console.info(`Largest chart page: ${worst} B of gzipped JavaScript (budget ${JS_BUDGET} B)`);
}

test("the overview shows the headline figures from the content and links every theme", async ({ page, pageErrors }) => {
  await page.goto(paths.statistics());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi["stats.title"]);
  for (const f of figures.filter((x) => x.headline)) {
    const item = page.locator(`li[data-figure-id="${f.id}"]`);
    await expect(item).toContainText(formatFigure(f));
    await expect(item.getByRole("link", { name: formatFigure(f) })).toHaveAttribute("href", `${themeHome(f.theme)}#${f.groupId}`);
  }
  for (const theme of themes)
    await expect(page.getByRole("link", { name: vi[`theme.${theme}`], exact: true })).toHaveAttribute("href", paths.theme(theme));
  expect(pageErrors).toEqual([]);
});

test("the targets page shows every goal once in one table grouped by deadline, with its level, status in words, and the budget", async ({
  page,
  pageErrors,
}) => {
  const targets = readTargets();
  await page.goto(paths.targets());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(vi["targets.title"]);
  const total = targets.reduce((n, { data }) => n + data.goals.length, 0);
  const table = page.getByRole("table", { name: vi["targets.table.caption"].replace("{total}", String(total)) });
  await expect(table.locator("tbody tr[data-target]")).toHaveCount(total);
  for (const { id, data } of targets) {
    const rows = table.locator(`tbody tr[data-target="${id}"]`);
    // Rows follow the deadline groups, so compare as sorted lists.
    const sorted = (texts: string[]) => texts.map((x) => x.trim()).sort();
    expect(sorted(await rows.locator('td[data-field="value"]').allTextContents())).toEqual(
      sorted(data.goals.map((g) => formatGoal(g) ?? vi["targets.goal.noValue"])),
    );
    expect(sorted(await rows.locator('td[data-field="status"]').allTextContents())).toEqual(
      sorted(data.goals.map((g) => vi[`targets.status.${goalStatus(g)}`])),
    );
    // Status is words, not a badge drawn like a button.
    await expect(rows.locator('td[data-field="status"] span, td[data-field="status"] button')).toHaveCount(0);
    await expect(page.locator(`section#${id} .source a`)).toHaveAttribute("href", paths.document(data.source.document));
  }
  const noResult = targets.flatMap(({ data }) => data.goals).filter((g) => g.achievement === undefined).length;
  await expect(page.locator("[data-status-summary]")).toContainText(`${noResult}/${total}`);
  for (const group of groups.filter((g) => themeHome(g.data.theme) === paths.targets()))
    await expectTableMatches(figureOf(page, group.data.title), group);
  expect(pageErrors).toEqual([]);
});

// Accessibility (axe) of the statistics pages, targets and an embed, charts drawn: tests/e2e/a11y.spec.ts.
