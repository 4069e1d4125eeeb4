/**
 * Issue 17 in the browser: the responsibilities table filters by body and by deadline with
 * JavaScript and, without it, through static pages; the timeline reads in date order.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./fixtures.ts";
import {
  bodiesOf,
  compareDates,
  deadlineLabel,
  deadlinesOf,
  eventRows,
  isPast,
  responsibilityRows,
  buildDate,
} from "../../src/lib/plan/plan-items.ts";
import { compareVi } from "../../src/lib/browser/vietnamese-order.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { t } from "../../src/i18n/vi.ts";
import { readPlan } from "../helpers/content.ts";

// Expected values come from the content the site was built from, never retyped here.
const rows = responsibilityRows(readPlan().responsibilities);
const bodies = bodiesOf(rows, compareVi);
const deadlines = deadlinesOf(rows);
const health = bodies.find((b) => b.slug === "so-y-te")!;
const year2024 = deadlines.find((d) => d.key === "nam-2024")!;
// The unnamed office of plan 002 and one of its internal units.
const office = bodies.find((b) => b.slug === "van-phong-ubnd-tinh")!;
const unit = bodies.find((b) => b.slug === "phong-to-chuc-hanh-chinh-quan-tri")!;
const yearly = deadlines.find((d) => d.key === "hang-nam")!;

test.describe("responsibilities with JavaScript", () => {
  test("filter by body, then by deadline, with the address kept for sharing", async ({ page, pageErrors }) => {
    await page.goto(paths.responsibilities());
    const table = page.locator("table[data-responsibilities] tbody tr");
    await expect(table).toHaveCount(rows.length);
    await page.getByRole("combobox", { name: t("responsibilities.filter.body"), exact: true }).selectOption(health.slug);
    await expect(table.locator("visible=true")).toHaveCount(health.ids.length);
    for (const row of await table.locator("visible=true").all())
      expect((await row.getAttribute("data-co-quan"))!.split(" ")).toContain(health.slug);
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

  test("filter by an office lists its internal units' tasks too; the units are offered under it", async ({ page, pageErrors }) => {
    await page.goto(paths.responsibilities());
    const select = page.getByRole("combobox", { name: t("responsibilities.filter.body"), exact: true });
    await expect(
      select.locator(`optgroup[label="${t("responsibilities.units", { body: office.name })}"] option[value="${unit.slug}"]`),
    ).toHaveCount(1);
    await expect(select.locator(`:scope > option[value="${unit.slug}"]`)).toHaveCount(0);
    await select.selectOption(office.slug);
    const visible = page.locator("table[data-responsibilities] tbody tr").locator("visible=true");
    await expect(visible).toHaveCount(office.ids.length);
    expect(office.ids.length).toBeGreaterThan(unit.ids.length);
    await select.selectOption(unit.slug);
    await expect(visible).toHaveCount(unit.ids.length);
    // "Hằng năm" and "hằng năm" are one choice of the deadline filter.
    await select.selectOption("");
    await page.getByRole("combobox", { name: t("responsibilities.filter.deadline"), exact: true }).selectOption(yearly.key);
    await expect(visible).toHaveCount(yearly.ids.length);
    const words = new Set((await visible.locator("td.col-when").allTextContents()).map((w) => w.trim()));
    expect(words).toEqual(new Set(["Hằng năm", "hằng năm"]));
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
    await page
      .getByRole("navigation", { name: t("responsibilities.byBody") })
      .getByRole("link", { name: health.name, exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`${paths.responsibilityBody(health.slug)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("responsibilities.body.title", { body: health.name }));
    const bodyRows = page.locator("table[data-responsibilities] tbody tr");
    await expect(bodyRows).toHaveCount(health.ids.length);
    for (const row of await bodyRows.all()) expect((await row.getAttribute("data-co-quan"))!.split(" ")).toContain(health.slug);

    await page
      .getByRole("navigation", { name: t("responsibilities.byDeadline") })
      .getByRole("link", { name: deadlineLabel(year2024.key), exact: true })
      .click();
    await expect(page).toHaveURL(new RegExp(`${paths.responsibilityDeadline(year2024.key)}$`));
    const deadlineRows = page.locator("table[data-responsibilities] tbody tr");
    await expect(deadlineRows).toHaveCount(year2024.ids.length);
    for (const row of await deadlineRows.all()) await expect(row).toHaveAttribute("data-han", year2024.key);
    // Every 2024 deadline is before the build date of any build from 2025 on: each row says so.
    const past = rows.filter((r) => year2024.ids.includes(r.id) && r.when?.by && isPast(r.when.by, buildDate()));
    await expect(page.locator("[data-past]")).toHaveCount(past.length);
    expect(pageErrors).toEqual([]);
  });

  test("an office's page gathers its units' tasks and links each unit, which links back", async ({ page, pageErrors }) => {
    await page.goto(paths.responsibilities());
    const nav = page.getByRole("navigation", { name: t("responsibilities.byBody") });
    await expect(
      nav
        .getByRole("list", { name: t("responsibilities.units", { body: office.name }) })
        .getByRole("link", { name: unit.name, exact: true }),
    ).toBeVisible();
    await nav.getByRole("link", { name: office.name, exact: true }).click();
    await expect(page.locator("table[data-responsibilities] tbody tr")).toHaveCount(office.ids.length);
    await page.getByRole("main").getByRole("link", { name: unit.name, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`${paths.responsibilityBody(unit.slug)}$`));
    await expect(page.locator("table[data-responsibilities] tbody tr")).toHaveCount(unit.ids.length);
    await expect(page.getByRole("link", { name: t("responsibilities.body.parent", { body: office.name }) })).toHaveAttribute(
      "href",
      paths.responsibilityBody(office.slug),
    );
    expect(pageErrors).toEqual([]);
  });

  test("yearly tasks, “Hằng năm” or “hằng năm”, share one deadline page", async ({ page, pageErrors }) => {
    await page.goto(paths.responsibilityDeadline(yearly.key));
    const rows = page.locator("table[data-responsibilities] tbody tr");
    await expect(rows).toHaveCount(yearly.ids.length);
    expect(new Set((await rows.locator("td.col-when").allTextContents()).map((w) => w.trim()))).toEqual(new Set(["Hằng năm", "hằng năm"]));
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

test("the timeline runs in date order, months and years placed at their start, undated instruments last", async ({ page, pageErrors }) => {
  await page.goto(paths.timeline());
  const items = page.locator("ol.timeline > li");
  const dates = await items.evaluateAll((list) => list.map((li) => li.getAttribute("data-date")));
  const dated = dates.filter((d): d is string => d !== null);
  expect(dated.length).toBeGreaterThan(50);
  expect(dated).toEqual([...dated].sort(compareDates));
  // Steps no document dates come after every dated one, in a section of their own.
  const firstUndated = dates.indexOf(null);
  expect(firstUndated).toBeGreaterThan(0);
  expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
  await expect(page.locator("#khong-ghi-ngay + p + ol > li")).toHaveCount(dates.length - firstUndated);
  await expect(page.locator("#so-46-2014-tt-bca .when")).toContainText(t("timeline.undated.when"));
  // The movement's first step, the Đề án's phases and its final review, where a reader looks for them.
  expect(dated).toContain("2014-08-15");
  expect(dated.indexOf("2022-12")).toBeLessThan(dated.indexOf("2023-01"));
  expect(dated[dated.length - 1]).toBe("2026");
  await expect(page.locator("#so-07-ct-bca-v28 time")).toHaveText("15/8/2014");
  await expect(page.locator("li[data-date='2026'] time")).toHaveText("đầu năm 2026");
  // Each mention under Chỉ thị 09-CT/TW quotes words naming it, not Kết luận 44's sentence.
  const quotes = await page.locator("#so-09-ct-tw q").allTextContents();
  expect(quotes.length).toBeGreaterThan(1);
  for (const quote of quotes) {
    expect(quote).toContain("09-CT/TW");
    expect(quote).not.toMatch(/^Kết luận số 44-KL\/TW/);
  }
  expect(pageErrors).toEqual([]);
});

test("a document page lists the instruments it cites without a date", async ({ page, pageErrors }) => {
  const undated = eventRows(readPlan().events).filter(
    (e) => e.undated && e.document === "ke-hoach-thuc-hien-chi-thi-07-van-phong-ubnd-2024",
  );
  await page.goto(paths.document("ke-hoach-thuc-hien-chi-thi-07-van-phong-ubnd-2024"));
  const rows = page.locator("#van-ban-duoc-dan ~ div table tbody tr");
  await expect(rows.filter({ hasText: "Thông tư số 46/2014/TT-BCA" })).toContainText(t("document.plan.undated"));
  await expect(rows.filter({ has: page.locator("[data-undated]") })).toHaveCount(undated.length);
  expect(pageErrors).toEqual([]);
});

// Accessibility (axe) of these pages, the office with units and a document citing undated instruments
// included: the page-kind sweep in tests/e2e/a11y.spec.ts.

test("the responsibilities print compactly: full-width rows, source under the task, no link lists", async ({ page, pageErrors }) => {
  await page.goto(paths.responsibilities());
  await page.emulateMedia({ media: "print" });
  const dir = mkdtempSync(join(tmpdir(), "trach-nhiem-in-"));
  try {
    writeFileSync(join(dir, "p.pdf"), await page.pdf({ format: "A4", printBackground: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(dir, "p.pdf")]).toString())![1]);
    // Four columns printed 22 pages with the source one word wide; three columns and the source beneath print 8.
    expect(pages).toBeLessThanOrEqual(10);
    const text = execFileSync("pdftotext", ["-layout", join(dir, "p.pdf"), "-"]).toString("utf8");
    expect(text).not.toContain(t("responsibilities.byBody"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // The source sits in the task's column, beneath it, over the width of task and deadline.
  const box = async (selector: string) => (await page.locator(`#bang-trach-nhiem tbody tr:first-child ${selector}`).boundingBox())!;
  const [task, source, when] = [await box("td.col-task"), await box("td.col-source"), await box("td.col-when")];
  expect(source.y).toBeGreaterThanOrEqual(task.y + task.height - 1);
  expect(Math.abs(source.x - task.x)).toBeLessThan(2);
  expect(source.x + source.width).toBeGreaterThanOrEqual(when.x + when.width - 2);
  expect(pageErrors).toEqual([]);
});
