/**
 * Issue 17 in the browser: the responsibilities table filters by body and by deadline with
 * JavaScript and, without it, through static pages; the timeline reads in date order.
 */
import { test, expect } from "./fixtures.ts";
import { bodiesOf, compareDates, deadlineLabel, deadlinesOf, isPast, responsibilityRows, buildDate } from "../../src/lib/plan.ts";
import { compareVi } from "../../src/lib/collate.ts";
import { paths } from "../../src/lib/paths.ts";
import { t } from "../../src/i18n/vi.ts";
import { readPlan } from "../helpers/content.ts";

// Expected values come from the content the site was built from, never retyped here.
const rows = responsibilityRows(readPlan().responsibilities);
const bodies = bodiesOf(rows, compareVi);
const deadlines = deadlinesOf(rows);
const health = bodies.find((b) => b.slug === "so-y-te")!;
const year2024 = deadlines.find((d) => d.key === "nam-2024")!;

test.describe("responsibilities with JavaScript", () => {
  test("filter by body, then by deadline, with the address kept for sharing", async ({ page, pageErrors }) => {
    await page.goto(paths.responsibilities());
    const table = page.locator("table[data-responsibilities] tbody tr");
    await expect(table).toHaveCount(rows.length);
    await page.getByRole("combobox", { name: t("responsibilities.filter.body"), exact: true }).selectOption(health.slug);
    await expect(table.locator("visible=true")).toHaveCount(health.ids.length);
    for (const row of await table.locator("visible=true").all()) expect((await row.getAttribute("data-co-quan"))!.split(" ")).toContain(health.slug);
    await expect(page).toHaveURL(/\?co-quan=so-y-te$/);
    await expect(page.getByRole("status")).toHaveText(t("responsibilities.showing", { shown: health.ids.length, total: rows.length }));

    await page.getByRole("combobox", { name: t("responsibilities.filter.deadline"), exact: true }).selectOption("khong-co-han");
    const both = health.ids.filter((id) => deadlines.find((d) => d.key === "khong-co-han")!.ids.includes(id));
    await expect(table.locator("visible=true")).toHaveCount(both.length);
    await expect(page).toHaveURL(/\?co-quan=so-y-te&han=khong-co-han$/);

    await page.getByRole("button", { name: t("responsibilities.filter.reset") }).click();
    await expect(table.locator("visible=true")).toHaveCount(rows.length);
    expect(pageErrors).toEqual([]);
  });

  // Accessibility (axe) of the filtered table: tests/e2e/a11y.spec.ts chooses a body in the filter.

  test("a shared filtered address opens filtered", async ({ page, pageErrors }) => {
    await page.goto(`${paths.responsibilities()}?han=${year2024.key}`);
    await expect(page.getByRole("combobox", { name: t("responsibilities.filter.deadline"), exact: true })).toHaveValue(year2024.key);
    await expect(page.locator("table[data-responsibilities] tbody tr").locator("visible=true")).toHaveCount(year2024.ids.length);
    expect(pageErrors).toEqual([]);
  });
});

test.describe("responsibilities without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form stays hidden and links lead to one page per body and per deadline", async ({ page, pageErrors }) => {
    await page.goto(paths.responsibilities());
    await expect(page.locator("select[name='co-quan']")).toBeHidden();
    await page.getByRole("navigation", { name: t("responsibilities.byBody") }).getByRole("link", { name: health.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.responsibilityBody(health.slug)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("responsibilities.body.title", { body: health.name }));
    const bodyRows = page.locator("table[data-responsibilities] tbody tr");
    await expect(bodyRows).toHaveCount(health.ids.length);
    for (const row of await bodyRows.all()) expect((await row.getAttribute("data-co-quan"))!.split(" ")).toContain(health.slug);

    await page.getByRole("navigation", { name: t("responsibilities.byDeadline") }).getByRole("link", { name: deadlineLabel(year2024.key), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${paths.responsibilityDeadline(year2024.key)}$`));
    const deadlineRows = page.locator("table[data-responsibilities] tbody tr");
    await expect(deadlineRows).toHaveCount(year2024.ids.length);
    for (const row of await deadlineRows.all()) await expect(row).toHaveAttribute("data-han", year2024.key);
    // Every 2024 deadline is before the build date of any build from 2025 on: each row says so.
    const past = rows.filter((r) => year2024.ids.includes(r.id) && r.when?.by && isPast(r.when.by, buildDate()));
    await expect(page.locator("[data-past]")).toHaveCount(past.length);
    expect(pageErrors).toEqual([]);
  });

  test("every body named in a task has its page", async ({ page, pageErrors }) => {
    for (const body of bodies) {
      const response = await page.goto(paths.responsibilityBody(body.slug));
      expect(response?.status(), body.name).toBe(200);
      await expect(page.locator("table[data-responsibilities] tbody tr")).toHaveCount(body.ids.length);
    }
    expect(pageErrors).toEqual([]);
  });
});

test("the timeline runs in date order, months and years placed at their start", async ({ page, pageErrors }) => {
  await page.goto(paths.timeline());
  const dates = await page.locator("ol.timeline > li").evaluateAll((items) => items.map((li) => li.getAttribute("data-date")!));
  expect(dates.length).toBeGreaterThan(50);
  expect(dates).toEqual([...dates].sort(compareDates));
  // The movement's first step, the Đề án's phases and its final review, where a reader looks for them.
  expect(dates).toContain("2014-08-15");
  expect(dates.indexOf("2022-12")).toBeLessThan(dates.indexOf("2023-01"));
  expect(dates[dates.length - 1]).toBe("2026");
  await expect(page.locator("#so-07-ct-bca-v28 time")).toHaveText("15/8/2014");
  await expect(page.locator("li[data-date='2026'] time")).toHaveText("đầu năm 2026");
  expect(pageErrors).toEqual([]);
});
