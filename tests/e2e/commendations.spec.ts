/**
 * /khen-thuong/ and /khen-thuong/tieu-chuan/ on the site's own content. Every expected figure,
 * quota and criterion is read from content/commendations, never retyped here.
 */
import { readFileSync, readdirSync } from "node:fs";
import { test, expect } from "./fixtures.ts";
import { formatDate, formatFigure, formatNumber } from "../../src/lib/browser/format.ts";
import { parseCsv } from "../../src/lib/downloads/csv.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { deadlinePassed } from "../../src/lib/commendations/commendation-sections.ts";
import { buildDay } from "../../src/lib/build/build-day.ts";
import { t } from "../../src/i18n/vi.ts";
import { site } from "../../src/config/site.ts";
import type { CommendationData, CriteriaData, QuotaData, RuleData, TallyData } from "../../src/schemas/commendation.ts";

const dir = "content/commendations";
const entries: { id: string; data: CommendationData }[] = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => ({
    id: f.replace(/\.json$/, ""),
    data: JSON.parse(
      readFileSync(`${dir}/${f}`, "utf8")
        .replace(/^\uFEFF/, "")
        .normalize("NFC"),
    ) as CommendationData,
  }));
const ofKind = <K extends CommendationData["kind"]>(kind: K) =>
  entries.filter((e): e is { id: string; data: Extract<CommendationData, { kind: K }> } => e.data.kind === kind);
const tallies = ofKind("tally");
const quotas = ofKind("quota");
const criteria = ofKind("criteria");
const rules = ofKind("rule");
const awards = new Map(ofKind("award").map((a) => [a.id, a.data]));

/** The bars a tally's chart must draw: award rows counted in the unit of the reported totals; the rest stay in the table. */
function expectedBars(data: TallyData): { drawn: TallyData["rows"]; other: TallyData["rows"] } {
  const byAward = data.rows.filter((r) => r.award);
  const unit = data.rows.find((r) => !r.award)?.unit ?? byAward[0]?.unit;
  return { drawn: byAward.filter((r) => r.unit === unit), other: byAward.filter((r) => r.unit !== unit) };
}

test.describe("tallies page", () => {
  test.skip(tallies.length === 0, "content has no tallies");

  test("shows every reported tally figure, each award's authority and the source", async ({ page, pageErrors }) => {
    await page.goto(paths.commendations());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("commendations.title"));
    await expect(
      page.getByRole("navigation", { name: t("site.nav.label") }).getByRole("link", { name: t("site.nav.commendations") }),
    ).toHaveAttribute("aria-current", "page");
    for (const { id, data } of tallies) {
      const section = page.locator(`[data-tally-id="${id}"]`);
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(data.title);
      for (const row of data.rows) {
        await expect(section.locator(`[data-row-id="${row.id}"]`)).toContainText(formatFigure(row));
        if (row.award) await expect(section.locator(`tr[data-award="${row.award}"] th`)).toContainText(awards.get(row.award)!.authority);
      }
      const source = section.locator(".source");
      await expect(source.getByRole("link")).toHaveAttribute("href", paths.document(data.source.document));
      await expect(source).toContainText(data.source.section);
    }
    expect(pageErrors).toEqual([]);
  });

  test("lists every award kind with its issuing authority, highest first", async ({ page, pageErrors }) => {
    await page.goto(paths.commendations());
    const items = page.getByRole("region", { name: t("commendations.awards") }).getByRole("listitem");
    const expected = [...awards].sort(([, a], [, b]) => a.order - b.order);
    await expect(items).toHaveCount(expected.length);
    for (const [i, [id, award]] of expected.entries()) {
      await expect(items.nth(i)).toHaveAttribute("data-award", id);
      await expect(items.nth(i)).toContainText(`${award.title} — ${award.authority}`);
    }
    expect(pageErrors).toEqual([]);
  });

  test("shows whether reported parts add up to each reported total", async ({ page, pageErrors }) => {
    await page.goto(paths.commendations());
    for (const { data } of tallies) {
      for (const total of data.rows) {
        const parts = data.rows.filter((r) => r.partOf === total.id);
        if (parts.length === 0) continue;
        const sum = parts.reduce((a, p) => a + p.value, 0);
        const line = page.locator(`[data-check="${total.id}"]`);
        await expect(line).toContainText(`${parts.map((p) => formatNumber(p.value)).join(" + ")} = ${formatNumber(sum)}`);
        await expect(line).toHaveAttribute("data-adds", String(sum === total.value));
      }
    }
    expect(pageErrors).toEqual([]);
  });

  test("tally CSV and JSON downloads hold the same rows as the page", async ({ page, pageErrors }) => {
    await page.goto(paths.commendations());
    for (const { id, data } of tallies as { id: string; data: TallyData }[]) {
      await expect(page.locator(`a[href="${paths.chartDownload(id, "csv")}"]`)).toBeVisible();
      const csvText = await (await page.request.get(paths.chartDownload(id, "csv"))).text();
      expect(csvText.startsWith("\uFEFF")).toBe(true);
      const csv = parseCsv(csvText);
      const valueColumn = t("commendations.tally.csv.header").split("|").indexOf("Số lượng");
      expect(csv.slice(1).map((r) => [r[0], Number(r[valueColumn])])).toEqual(data.rows.map((r) => [r.id, r.value]));
      const json = (await (await page.request.get(paths.chartDownload(id, "json"))).json()) as {
        rows: { id: string; value: number; label: string; unit: string }[];
      };
      expect(json.rows.map((r) => [r.id, r.value, r.unit])).toEqual(data.rows.map((r) => [r.id, r.value, r.unit]));
      // The addresses tallies' downloads had before sharing /so-lieu/tai-ve/ serve the same bytes.
      for (const format of ["csv", "json", "xlsx"] as const) {
        const [now, before] = await Promise.all([
          page.request.get(paths.chartDownload(id, format)),
          page.request.get(`/khen-thuong/so-lieu/${id}.${format}`),
        ]);
        expect(before.status()).toBe(200);
        expect(Buffer.compare(await before.body(), await now.body())).toBe(0);
      }
    }
    expect(pageErrors).toEqual([]);
  });

  test("draws each tally as bars of its award rows, names rows in another unit, and links its embed page", async ({ page, pageErrors }) => {
    await page.goto(paths.commendations());
    for (const { id, data } of tallies as { id: string; data: TallyData }[]) {
      const { drawn, other } = expectedBars(data);
      const figure = page.locator(`[data-tally-id="${id}"] figure`);
      const canvas = figure.locator("canvas");
      await canvas.scrollIntoViewIfNeeded();
      await expect(canvas).toHaveAttribute("data-chart-ready", "true");
      const payload = JSON.parse((await canvas.getAttribute("data-chart"))!) as { config: { data: { datasets: { data: number[] }[] } } };
      expect([...payload.config.data.datasets[0]!.data].sort((a, b) => a - b)).toEqual(drawn.map((r) => r.value).sort((a, b) => a - b));
      expect(
        (await figure.locator("[data-not-drawn]").evaluateAll((items) => items.map((i) => i.getAttribute("data-not-drawn")))).sort(),
      ).toEqual(other.map((r) => r.id).sort());
      await figure.getByText(t("chart.embed")).click();
      expect(await figure.getByLabel(t("chart.embed.label")).inputValue()).toContain(
        `src="${new URL(paths.embed(id), site.baseUrl).href}"`,
      );
    }
    expect(pageErrors).toEqual([]);
  });

  test("a tally's embed page stands alone: title, chart, every row, source, downloads and the link back", async ({ page, pageErrors }) => {
    for (const { id, data } of tallies as { id: string; data: TallyData }[]) {
      await page.goto(paths.embed(id));
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(data.title);
      await expect(page.locator("canvas")).toHaveAttribute("data-chart-ready", "true");
      for (const row of data.rows) await expect(page.locator(`[data-row-id="${row.id}"]`)).toContainText(formatFigure(row));
      await expect(page.locator(".source a")).toHaveAttribute("href", new URL(paths.document(data.source.document), site.baseUrl).href);
      await expect(page.locator(`a[href="${new URL(paths.chartDownload(id, "csv"), site.baseUrl).href}"]`)).toBeVisible();
      await expect(page.getByRole("link", { name: t("chart.embed.home", { site: site.shortName }) })).toHaveAttribute(
        "href",
        new URL(`${paths.commendations()}#${id}`, site.baseUrl).href,
      );
    }
    expect(pageErrors).toEqual([]);
  });
});

test.describe("award rules page", () => {
  test.skip(quotas.length + criteria.length + rules.length === 0, "content has no award rules");

  test("shows every quota number of every bloc and sub-bloc", async ({ page, pageErrors }) => {
    await page.goto(paths.commendationRules());
    for (const { id, data } of quotas as { id: string; data: QuotaData }[]) {
      const entry = page.locator(`[data-quota="${id}"]`);
      await expect(entry.getByRole("heading", { level: 3 })).toHaveText(awards.get(data.award)?.title ?? data.title);
      if (data.total !== undefined) await expect(entry).toContainText(t("rules.quota.total", { total: formatNumber(data.total) }));
      if (data.rule) await expect(entry).toContainText(data.rule);
      for (const line of data.lines.flatMap((l) => [l, ...l.breakdown])) {
        const row = entry.locator(`tr[data-bloc=${JSON.stringify(line.bloc)}]`);
        await expect(row.getByRole("rowheader")).toContainText(line.bloc);
        if (line.collectives !== undefined)
          await expect(row).toContainText(t("rules.quota.collectives", { count: formatNumber(line.collectives) }));
        if (line.individuals !== undefined)
          await expect(row).toContainText(t("rules.quota.individuals", { count: formatNumber(line.individuals) }));
        if (line.collectivesOrIndividuals !== undefined)
          await expect(row).toContainText(t("rules.quota.either", { count: formatNumber(line.collectivesOrIndividuals) }));
        if (line.note) await expect(row).toContainText(line.note);
        for (const unit of line.units) await expect(row).toContainText(unit);
      }
    }
    expect(pageErrors).toEqual([]);
  });

  test("shows every criterion sentence as a list item under its group", async ({ page, pageErrors }) => {
    await page.goto(paths.commendationRules());
    for (const { id, data } of criteria as { id: string; data: CriteriaData }[]) {
      const entry = page.locator(`[data-criteria="${id}"]`);
      await expect(entry.getByRole("heading", { level: 4 })).toHaveText(data.title);
      await expect(entry.getByRole("listitem")).toHaveText(data.requirements);
    }
    expect(pageErrors).toEqual([]);
  });

  test("shows every exclusion, dossier item and deadline with its date, marks past deadlines and folds the office's own chores away", async ({
    page,
    pageErrors,
  }) => {
    await page.goto(paths.commendationRules());
    const today = buildDay();
    const internal = page.locator("details[data-internal]");
    await expect(internal).not.toHaveAttribute("open");
    await internal.locator("summary").click();
    for (const { data } of rules as { id: string; data: RuleData }[]) {
      const container = data.internal ? internal : page.getByRole("region", { name: t(`rules.topic.${data.topic}`) });
      for (const item of data.items) {
        const li = container.getByRole("listitem").filter({ hasText: item.text });
        await expect(li).toHaveCount(1);
        if (item.date)
          await expect(li).toContainText(
            t(deadlinePassed(item.date, today) ? "rules.date.passed" : "rules.date", { date: formatDate(item.date) }),
          );
      }
    }
    // No heading only repeats the one right above it.
    const headings = (await page.locator("main :is(h2,h3,h4)").allTextContents()).map((h) => h.trim());
    headings.forEach((h, i) => expect(h, `heading ${i}`).not.toBe(headings[i - 1]));
    expect(pageErrors).toEqual([]);
  });

  // Accessibility (axe) of this page, its internal rules opened, is in tests/e2e/a11y.spec.ts.
  test("has one h1 and headings in order", async ({ page, pageErrors }) => {
    await page.goto(paths.commendationRules());
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    const levels = await page.locator("main :is(h1,h2,h3,h4,h5,h6)").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i}`).toBeLessThanOrEqual(1));
    expect(pageErrors).toEqual([]);
  });
});
