/**
 * Reading on a 360×780 phone: tables, the header, long pages, the glossary and a profile's weight
 * (issue 14). Page kinds are discovered from dist/, so a new kind with a table is covered too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { test, expect } from "./fixtures.ts";
import { DIST, builtPages, pageKinds } from "./published-site.ts";
import { glossary } from "../../src/config/glossary.ts";
import { CONTENTS_ID } from "../../src/lib/site/page-contents.ts";
import { t } from "../../src/i18n/vi.ts";
import { paths } from "../../src/lib/site/public-urls.ts";

const PHONE = { width: 360, height: 780 };
test.use({ viewport: PHONE });

const html = (page: string) => readFileSync(join(DIST, page, "index.html"), "utf8");
const kinds = pageKinds();
// Every kind with a table, and every theme page (their tables differ most: notes, long labels).
const withTables = builtPages().filter(
  (page) => (kinds.includes(page) || /^\/so-lieu\/[^/]+\/$/.test(page)) && html(page).includes("<table"),
);

test.describe("tables at 360 px", () => {
  test("there are page kinds with tables to check", () => {
    expect(withTables.length).toBeGreaterThanOrEqual(5);
  });
  for (const url of withTables) {
    test(`${url}: label column ≥ 120 px, captions whole, no sideways page, scrolling tables reachable and marked`, async ({
      page,
      pageErrors,
    }) => {
      await page.goto(url);
      const report = await page.evaluate(() => {
        const problems: string[] = [];
        const doc = document.documentElement;
        if (doc.scrollWidth > doc.clientWidth) problems.push(`page scrolls sideways: ${doc.scrollWidth} px wide`);
        for (const [i, table] of [...document.querySelectorAll("main table")].entries()) {
          if (table.closest("details:not([open])")) continue;
          const name = table.querySelector("caption")?.textContent?.trim().slice(0, 50) ?? `bảng ${i + 1}`;
          for (const row of table.querySelectorAll("tbody tr")) {
            const first = row.firstElementChild as HTMLElement | null;
            if (!first || first.getAttribute("colspan")) continue;
            const width = first.getBoundingClientRect().width;
            if (width > 0 && width < 119.5) problems.push(`${name}: first cell ${Math.round(width)} px`);
          }
          const wrap = table.closest(".table-wrap, .table-scroll") as HTMLElement | null;
          const caption = table.querySelector("caption");
          if (caption) {
            const c = caption.getBoundingClientRect();
            const box = (wrap ?? doc).getBoundingClientRect();
            if (c.left < Math.max(0, box.left) - 1 || c.right > Math.min(doc.clientWidth, box.right) + 1)
              problems.push(`${name}: caption clipped (${Math.round(c.left)}–${Math.round(c.right)})`);
          }
          if (wrap && wrap.scrollWidth > wrap.clientWidth + 1) {
            if (wrap.tabIndex !== 0) problems.push(`${name}: scrolls but cannot be reached with the keyboard`);
            if (!wrap.getAttribute("aria-labelledby") && !wrap.getAttribute("aria-label"))
              problems.push(`${name}: scrolling region without a name`);
            if (!getComputedStyle(wrap).backgroundImage.includes("gradient")) problems.push(`${name}: scrolls without showing it`);
          }
        }
        return problems;
      });
      expect(report).toEqual([]);
      expect(pageErrors).toEqual([]);
    });
  }
});

test.describe("header and long pages", () => {
  for (const url of kinds.filter((k) => !k.startsWith("/nhung/"))) {
    test(`${url}: header within a fifth of the screen, search hint, contents list when long`, async ({ page, pageErrors }) => {
      await page.goto(url);
      const header = await page.locator(".site-header").boundingBox();
      expect(header!.height, "header height").toBeLessThanOrEqual(PHONE.height * 0.2);
      await expect(page.locator(".site-header input[type=search]")).toHaveAttribute("placeholder", t("search.header.hint"));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const sections = await page.locator(`main h2:not(#${CONTENTS_ID}-tieu-de)`).count();
      // A page of one section (a filtered list) has nothing to list; it must then stay within five screens.
      if (sections < 2) expect(height, `${url} has ${sections} section(s)`).toBeLessThanOrEqual(5 * PHONE.height);
      else if (height > 4 * PHONE.height) {
        const contents = page.locator(`nav#${CONTENTS_ID}`);
        await expect(contents, `${url} is ${height} px tall`).toBeVisible();
        const links = contents.getByRole("link");
        expect(await links.count()).toBeGreaterThanOrEqual(2);
        for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
          await expect(page.locator(href)).toHaveCount(1);
        // A way back from each section.
        await expect(page.locator(`main a[href="#${CONTENTS_ID}"]`)).toHaveCount(await links.count());
      }
      expect(pageErrors).toEqual([]);
    });
  }
});

test("the glossary lists every acronym with its full form, and a page spells out an acronym's first use", async ({ page, pageErrors }) => {
  await page.goto(paths.glossary());
  for (const entry of glossary) await expect(page.locator(`dt abbr[title="${entry.expansion}"]`, { hasText: entry.abbr })).toHaveCount(1);
  await page.goto(paths.statistics());
  const first = page.locator("main abbr[data-first]").first();
  const expansion = (await first.getAttribute("title"))!;
  const drawn = await first.evaluate((el) => getComputedStyle(el, "::after").content);
  expect(drawn).toBe(`" (${expansion})"`);
  expect(pageErrors).toEqual([]);
});

test("a model profile transfers at most 30 kB without images", async ({ page, pageErrors }) => {
  const profile = builtPages().find((p) => /^\/mo-hinh\/[^/]+\/$/.test(p) && !html(p).includes("data-facet"))!;
  const bodies: { url: string; type: string; bytes: number }[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (type.startsWith("image/")) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    // nginx sends text gzip-compressed (deploy/nginx); fonts and other binaries as they are.
    const text = /text\/|javascript|json|svg|xml/.test(type);
    bodies.push({ url: response.url(), type, bytes: text ? gzipSync(body).length : body.length });
  });
  await page.goto(profile, { waitUntil: "networkidle" });
  const total = bodies.reduce((sum, b) => sum + b.bytes, 0);
  expect(
    bodies.filter((b) => b.type.includes("font")),
    "web fonts",
  ).toEqual([]);
  expect(total, JSON.stringify(bodies)).toBeLessThanOrEqual(30_000);
  expect(pageErrors).toEqual([]);
});

test("plain words on every page: no extract file names, blank numbers or missing-date notes outside the document's own page", async () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const text = html(page)
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, "")
      .replace(/<[^>]+>/g, " ");
    if (/\d{3}_[0-9a-f]{16}\.txt/.test(text)) problems.push(`${page}: extract file name`);
    // Blank printed numbers ("Số: /BC-BCĐ") and notes on what a document left blank belong on that document's page only.
    if (!/^\/van-ban\/[^/]+\/$/.test(page) && /Số:?\s+\/[A-ZĐ]|chưa điền|để trống (số|ngày)/.test(text))
      problems.push(`${page}: editorial note about a document's number or date`);
  }
  expect(problems).toEqual([]);
});

test("/so-lieu/ keeps a space after every closing quote and full stop before the next word", async ({ page, pageErrors }) => {
  await page.goto(paths.statistics());
  const text = await page.locator("main").innerText();
  expect(text.match(/[”.][\p{L}]/gu) ?? []).toEqual([]);
  expect(pageErrors).toEqual([]);
});
