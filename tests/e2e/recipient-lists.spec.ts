/**
 * Named recipient lists on the fictional fixture site (npm run build:fixtures): two small lists
 * from tests/fixtures/sites/recipients and a generated 50,000-row list. Expected rows come from
 * those files and from the same deterministic generator, never typed here.
 */
import { readFileSync, readdirSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { HTML_BUDGET, htmlSizes, LARGE_LIST_ID, LARGE_LIST_ROWS, fixtureLargeList } from "../../scripts/build-fixture-sites.ts";
import { parseCsv } from "../../src/lib/downloads/csv.ts";
import { formatNumber } from "../../src/lib/browser/format.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { t } from "../../src/i18n/vi.ts";
import type { AwardData, CommendationData, RecipientListData } from "../../src/schemas/commendation.ts";

const site = "tests/fixtures/sites/recipients";
const read = (file: string) =>
  JSON.parse(
    readFileSync(file, "utf8")
      .replace(/^\uFEFF/, "")
      .normalize("NFC"),
  ) as CommendationData;
const entries = readdirSync(`${site}/commendations`).map((f) => ({
  id: f.replace(/\.json$/, ""),
  data: read(`${site}/commendations/${f}`),
}));
const awards = new Map(entries.flatMap((e) => (e.data.kind === "award" ? [[e.id, e.data] as [string, AwardData]] : [])));
const lists = new Map(entries.flatMap((e) => (e.data.kind === "recipients" ? [[e.id, e.data] as [string, RecipientListData]] : [])));
const SMALL = "danh-sach-giay-khen-hu-cau-2030";
const small = lists.get(SMALL)!;
const large = fixtureLargeList();
const modelHost = readFileSync(`${site}/models/mo-hinh-thu-nghiem.mdx`, "utf8").match(/- name: "(.+)"/)![1]!;

type Row = RecipientListData["rows"][number];
/** A row as the table shows it: year, award, recipient type, name, organisation, district. */
const shown = (list: RecipientListData, r: Row) => [
  String(r.year),
  awards.get(r.award ?? list.award)!.title,
  t(`recipient.${r.recipientType}`),
  r.name,
  r.organisation,
  r.district ?? t("list.district.none"),
];
const tableRows = (page: Page): Promise<string[][]> =>
  page.locator("table tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent!.trim())));
const filters = (page: Page): Locator => page.getByRole("group", { name: t("list.filter.legend") });
const status = (page: Page) => page.getByRole("status");
const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

// Pages of 500 rows and a 9 MB list download take a while on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });

test("no HTML page of the 50,000-row fixture build is over 200 KB", () => {
  const sizes = htmlSizes("dist-fixtures/recipients");
  expect(sizes.filter((s) => s.file.startsWith(`khen-thuong/danh-sach/${LARGE_LIST_ID}/`))).toHaveLength(LARGE_LIST_ROWS / 500);
  expect(sizes.filter((s) => s.bytes > HTML_BUDGET)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a list page shows the decision and its complete table, without filter controls", async ({ page, pageErrors }) => {
    await page.goto(paths.recipientList(SMALL));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(small.title);
    const facts = page.locator("dl.facts");
    await expect(facts).toContainText(awards.get(small.award)!.title);
    await expect(facts).toContainText(awards.get(small.award)!.authority);
    await expect(facts).toContainText(small.decision);
    expect(await tableRows(page)).toEqual(small.rows.map((r) => shown(small, r)));
    await expect(filters(page)).toBeHidden();
    await expect(page.getByRole("columnheader", { name: t("list.col.year") })).not.toHaveAttribute("aria-sort");
    expect(pageErrors).toEqual([]);
  });

  test("each static page of the long list holds exactly its slice of rows", async ({ page, pageErrors }) => {
    // Three 500-row pages on a shared, busy machine.
    test.setTimeout(90_000);
    for (const n of [1, 2, 100]) {
      await page.goto(paths.recipientList(LARGE_LIST_ID, n));
      expect(await tableRows(page)).toEqual(large.rows.slice((n - 1) * 500, n * 500).map((r) => shown(large, r)));
    }
    expect(pageErrors).toEqual([]);
  });
});

test("paging links are permanent /trang-N/ addresses with previous and next", async ({ page, pageErrors }) => {
  await page.goto(paths.recipientList(LARGE_LIST_ID));
  const pager = page.getByRole("navigation", { name: t("list.pager"), exact: true });
  await expect(pager.getByRole("link", { name: t("list.pager.prev") })).toHaveCount(0);
  await expect(pager.getByRole("link", { name: t("list.pager.page", { page: 1 }), exact: true })).toHaveAttribute("aria-current", "page");
  await expect(pager.getByRole("link", { name: t("list.pager.page", { page: 100 }) })).toHaveAttribute(
    "href",
    paths.recipientList(LARGE_LIST_ID, 100),
  );
  await pager.getByRole("link", { name: t("list.pager.next") }).click();
  await expect(page).toHaveURL(paths.recipientList(LARGE_LIST_ID, 2));
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute("href", paths.recipientList(LARGE_LIST_ID, 1));
  await expect(page.locator('link[rel="next"]')).toHaveAttribute("href", paths.recipientList(LARGE_LIST_ID, 3));
  await page
    .getByRole("navigation", { name: t("list.pager.bottom") })
    .getByRole("link", { name: t("list.pager.page", { page: 100 }) })
    .click();
  await expect(page).toHaveURL(paths.recipientList(LARGE_LIST_ID, 100));
  await expect(pager.getByRole("link", { name: t("list.pager.next") })).toHaveCount(0);
  expect((await page.request.get(paths.recipientList(LARGE_LIST_ID, 101))).status()).toBe(404);
  expect(pageErrors).toEqual([]);
});

test("CSV download is the whole list, with a BOM, matching the table rows", async ({ page, pageErrors }) => {
  for (const [id, list] of [
    [SMALL, small],
    [LARGE_LIST_ID, large],
  ] as const) {
    await page.goto(paths.recipientList(id, 2 <= Math.ceil(list.rows.length / 500) ? 2 : 1));
    await expect(page.locator(`a[href="${paths.recipientListFile(id, "csv")}"]`)).toBeVisible();
    const text = await (await page.request.get(paths.recipientListFile(id, "csv"))).text();
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...csv] = parseCsv(text);
    expect(header?.slice(0, 6)).toEqual(
      ["year", "award", "recipientType", "name", "organisation", "district"].map((c) => t(`list.col.${c}` as "list.col.year")),
    );
    expect(csv).toHaveLength(list.rows.length);
    const first = list.rows.length > 500 ? 500 : 0;
    const visible = await tableRows(page);
    expect(csv.slice(first, first + visible.length).map((r) => [...r.slice(0, 5), r[5] || t("list.district.none")])).toEqual(visible);
  }
  expect(pageErrors).toEqual([]);
});

test("an organisation that hosts a model unit links to its profile", async ({ page, pageErrors }) => {
  await page.goto(paths.recipientList(SMALL));
  const hosted = small.rows.filter((r) => r.organisation.toLowerCase() === modelHost.toLowerCase());
  expect(hosted.length).toBeGreaterThan(1);
  const links = page.locator("table tbody").getByRole("link");
  await expect(links).toHaveCount(hosted.length);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
    expect(href).toBe(paths.model("mo-hinh-thu-nghiem"));
  expect(pageErrors).toEqual([]);
});

test.describe("with JavaScript", () => {
  test("filters on a short list give exactly the matching rows, and reset restores the page", async ({ page, pageErrors }) => {
    await page.goto(paths.recipientList(SMALL));
    const district = small.rows.find((r) => r.district)!.district!;
    await filters(page).getByLabel(t("list.col.district")).selectOption(district);
    const expected = small.rows.filter((r) => r.district === district);
    await expect(status(page)).toHaveText(
      t("list.status.result", { matches: formatNumber(expected.length), count: formatNumber(small.rows.length) }),
    );
    expect(await tableRows(page)).toEqual(expected.map((r) => shown(small, r)));

    await filters(page)
      .getByLabel(t("list.col.recipientType"))
      .selectOption({ label: t("recipient.ca-nhan") });
    expect(await tableRows(page)).toEqual(expected.filter((r) => r.recipientType === "ca-nhan").map((r) => shown(small, r)));

    await filters(page)
      .getByRole("button", { name: t("list.filter.reset") })
      .click();
    await expect(status(page)).toBeHidden();
    expect(await tableRows(page)).toEqual(small.rows.map((r) => shown(small, r)));
    expect(pageErrors).toEqual([]);
  });

  test("filters on the long list search all 50,000 rows, not just the page", async ({ page, pageErrors }) => {
    await page.goto(paths.recipientList(LARGE_LIST_ID, 3));
    const target = large.rows[42_123]!;
    const typed = target.organisation.slice(0, -1).toUpperCase();
    await filters(page).getByLabel(t("list.col.year")).selectOption(String(target.year));
    await filters(page).getByLabel(t("list.filter.organisation")).fill(typed);
    const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
    const expected = large.rows.filter((r) => r.year === target.year && fold(r.organisation).includes(fold(typed)));
    expect(expected.length).toBeLessThan(500);
    await expect(status(page)).toHaveText(
      t("list.status.result", { matches: formatNumber(expected.length), count: formatNumber(LARGE_LIST_ROWS) }),
      { timeout: 30_000 },
    );
    expect(await tableRows(page)).toEqual(expected.map((r) => shown(large, r)));
    await expect(page.getByRole("navigation", { name: t("list.pager"), exact: true })).toBeHidden();
    expect(pageErrors).toEqual([]);
  });

  test("sorting by a column orders the whole list and sets aria-sort", async ({ page, pageErrors }) => {
    await page.goto(paths.recipientList(LARGE_LIST_ID));
    const year = page.getByRole("columnheader", { name: t("list.col.year") });
    const button = year.getByRole("button", { name: t("list.sort.by", { column: t("list.col.year") }) });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(year).toHaveAttribute("aria-sort", "ascending");
    const ascending = [...large.rows].sort((a, b) => a.year - b.year);
    // The first sort loads the whole list (compact form).
    await expect(status(page)).toHaveText(
      t("list.status.capped", { matches: formatNumber(LARGE_LIST_ROWS), count: formatNumber(LARGE_LIST_ROWS), shown: formatNumber(500) }),
      { timeout: 30_000 },
    );
    expect(await tableRows(page)).toEqual(ascending.slice(0, 500).map((r) => shown(large, r)));
    await button.click();
    await expect(year).toHaveAttribute("aria-sort", "descending");
    const descending = [...large.rows].sort((a, b) => b.year - a.year);
    await expect.poll(async () => (await tableRows(page))[0]).toEqual(shown(large, descending[0]!));

    await page.goto(paths.recipientList(SMALL));
    await page.getByRole("button", { name: t("list.sort.by", { column: t("list.col.name") }) }).click();
    await expect(page.getByRole("columnheader", { name: t("list.col.name") })).toHaveAttribute("aria-sort", "ascending");
    await expect(page.getByRole("columnheader", { name: t("list.col.year") })).not.toHaveAttribute("aria-sort");
    await expect(status(page)).toBeVisible();
    // aria-sort is set as the click lands; the rows follow a moment later on a busy machine.
    await expect.poll(async () => (await tableRows(page)).map((r) => r[3])).toEqual(small.rows.map((r) => r.name).sort(collator.compare));
    expect(pageErrors).toEqual([]);
  });

  // Accessibility (axe) of a list page, sorted and filtered: tests/e2e/a11y.spec.ts (recipients-fixture project).
});

test("a tally whose parts do not add up shows both numbers and the difference", async ({ page, pageErrors }) => {
  const tally = entries.find((e) => e.data.kind === "tally")!.data as Extract<CommendationData, { kind: "tally" }>;
  await page.goto(paths.commendations());
  for (const total of tally.rows) {
    const parts = tally.rows.filter((r) => r.partOf === total.id);
    if (parts.length === 0) continue;
    const sum = parts.reduce((a, p) => a + p.value, 0);
    const line = page.locator(`[data-check="${total.id}"]`);
    await expect(line).toHaveAttribute("data-adds", String(sum === total.value));
    if (sum !== total.value) await expect(line).toContainText(`${formatNumber(total.value)}`);
  }
  await expect(page.locator('[data-adds="false"]')).not.toHaveCount(0);
  await expect(page.getByRole("link", { name: small.title })).toHaveAttribute("href", paths.recipientList(SMALL));
  expect(pageErrors).toEqual([]);
});
