/**
 * Feeds, sitemap and open data as a journalist or a crawler meets them. Expected values come from
 * content/ and from what dist/ holds, never retyped.
 */
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { join } from "node:path";
import { builtPages, contentIds, contentJson, DIST, parseCsv, pageKinds } from "./published-site.ts";
import { site } from "../../src/config/site.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { formatBytes } from "../../src/lib/browser/format.ts";

const abs = (path: string) => new URL(path, site.baseUrl).href;

interface ParsedXml {
  error: string | null;
  values: Record<string, string[]>;
}

/** Parses XML with the browser's own parser and returns the text of the requested elements. */
async function parseXml(page: Page, xml: string, selectors: string[]): Promise<ParsedXml> {
  return page.evaluate(
    ([text, wanted]) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const error = doc.querySelector("parsererror")?.textContent ?? null;
      const values = Object.fromEntries(wanted.map((s) => [s, [...doc.querySelectorAll(s)].map((e) => e.textContent ?? "")]));
      return { error, values };
    },
    [xml, selectors] as const,
  );
}

function modelFrontmatter(id: string): { name: string; updated: string } {
  const text = readFileSync(`content/models/${id}.mdx`, "utf8");
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { name: string; updated: string };
}

test("the RSS feed parses as XML and lists every model, document and plan page, newest first", async ({ page, pageErrors }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", paths.feed());
  const response = await page.request.get(paths.feed());
  expect(response.status()).toBe(200);
  const feed = await parseXml(page, await response.text(), [
    "rss > channel > item > link",
    "rss > channel > item > pubDate",
    "rss > channel > item > title",
  ]);
  expect(feed.error).toBeNull();
  const links = feed.values["rss > channel > item > link"]!;
  const models = contentIds("models");
  expect(models.length).toBeGreaterThan(0);
  for (const id of models) expect(links, id).toContain(abs(paths.model(id)));
  for (const id of contentIds("documents")) expect(links, id).toContain(abs(paths.document(id)));
  // Issue 17: one entry per plan page (assessments, directions, responsibilities, timeline).
  const planPages = [paths.assessments(), paths.directions(), paths.responsibilities(), paths.timeline()];
  for (const path of planPages) expect(links, path).toContain(abs(path));
  expect(links).toHaveLength(models.length + contentIds("documents").length + planPages.length);
  const titles = feed.values["rss > channel > item > title"]!;
  for (const id of models) expect(titles).toContain(modelFrontmatter(id).name);
  const times = feed.values["rss > channel > item > pubDate"]!.map((d) => Date.parse(d));
  expect(times.every((t) => !Number.isNaN(t))).toBe(true);
  expect([...times].sort((a, b) => b - a)).toEqual(times);
  expect(pageErrors).toEqual([]);
});

test("sitemap.xml lists every built page once by canonical URL, and robots.txt points to it", async ({ page, pageErrors }) => {
  await page.goto("/");
  const sitemap = await parseXml(page, await (await page.request.get(paths.sitemap())).text(), ["urlset > url > loc"]);
  expect(sitemap.error).toBeNull();
  const locs = sitemap.values["urlset > url > loc"]!;
  expect(new Set(locs).size).toBe(locs.length);
  for (const loc of locs) expect(loc.startsWith(`${site.baseUrl}/`), loc).toBe(true);
  const listed = new Set(locs.map((loc) => new URL(loc).pathname));
  // Pages that ask search engines to stay away (404, embeds) are the only ones left out.
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST, path, "index.html"), "utf8");
    const noindex = /<meta name="robots" content="noindex"/.test(html);
    expect(listed.has(path), `${path} ${noindex ? "noindex" : "indexable"}`).toBe(!noindex);
  }
  for (const id of contentIds("documents")) expect(listed.has(paths.document(id))).toBe(true);
  const modelPages = contentIds("models").filter((id) => builtPages().includes(paths.model(id)));
  test.info().annotations.push({ type: "model pages in dist", description: `${modelPages.length} of ${contentIds("models").length}` });
  for (const id of modelPages) expect(listed.has(paths.model(id)), id).toBe(true);
  const robots = await (await page.request.get(paths.robots())).text();
  expect(robots).toContain(`Sitemap: ${abs(paths.sitemap())}`);
  expect(pageErrors).toEqual([]);
});

/** Rows each dataset must have, counted from the content files. */
function expectedRowCounts(): Record<string, number> {
  type Commendation = { kind: string; rows?: unknown[]; lines?: { breakdown?: unknown[] }[]; requirements?: unknown[]; items?: unknown[] };
  const commendations = contentIds("commendations").map((id) => contentJson<Commendation>("commendations", id));
  const perEntry = (c: Commendation) =>
    c.kind === "award"
      ? 1
      : c.kind === "quota"
        ? 1 + (c.lines ?? []).reduce((n, l) => n + 1 + (l.breakdown?.length ?? 0), 0)
        : c.kind === "criteria"
          ? c.requirements!.length
          : c.kind === "rule"
            ? c.items!.length
            : c.rows!.length;
  return {
    "van-ban": contentIds("documents").length,
    "mo-hinh": contentIds("models").length,
    "so-lieu": contentIds("statistics").reduce((n, id) => n + contentJson<{ figures: unknown[] }>("statistics", id).figures.length, 0),
    "khen-thuong": commendations.reduce((n, c) => n + perEntry(c), 0),
    "muc-tieu": contentIds("targets").reduce((n, id) => n + contentJson<{ goals: unknown[] }>("targets", id).goals.length, 0),
  };
}

test("every dataset downloads as CSV and JSON with the columns the page describes", async ({ page, pageErrors }) => {
  await page.goto(paths.openData());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dữ liệu mở");
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Dữ liệu mở" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const expected = expectedRowCounts();
  for (const [id, rows] of Object.entries(expected)) {
    const title = (await page.locator(`#bo-du-lieu-${id}`).textContent()) ?? "";
    const section = page.getByRole("region", { name: title, exact: true });
    // The column descriptions fold away on phones; a reader opens them.
    await expect(section.getByRole("table")).toBeHidden();
    await section.getByText(/^Ý nghĩa của \d+ cột$/).click();
    const table = section.getByRole("table");
    await expect(table).toBeVisible();
    const columns = await table.locator("tbody th[scope=row]").allTextContents();
    const headers = await table.locator("tbody tr td:first-of-type").allTextContents();
    const descriptions = await table.locator("tbody tr td:last-of-type").allTextContents();
    expect(descriptions.every((d) => d.trim().length > 5)).toBe(true);
    expect(columns).toEqual(expect.arrayContaining(id === "van-ban" ? ["sourceFile"] : ["sourceDocument", "sourceSection", "sourceUrl"]));

    const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("link", { name: /^Tải CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe(`${id}.csv`);
    const csvText = readFileSync((await download.path())!, "utf8");
    expect(csvText.charCodeAt(0), `${id}.csv starts with a BOM`).toBe(0xfeff);
    const csv = parseCsv(csvText.slice(1));
    // Vietnamese headers in the file, their machine names (the JSON keys) beside them on the page.
    expect(csv[0], `${id}.csv header`).toEqual(headers);
    expect(csv.length - 1, `${id}.csv rows`).toBe(rows);
    expect(csv.every((r) => r.length === columns.length)).toBe(true);

    const jsonResponse = await page.request.get(paths.dataset(id, "json"));
    const json = await jsonResponse.json();
    expect(json.columns.map((c: { name: string }) => c.name)).toEqual(columns);
    expect(json.rows).toHaveLength(rows);

    // The size beside each link is the served file's (readers on phones pay for data).
    const sizes = await section.locator("a[download] + .muted").allTextContents();
    expect(sizes.slice(0, 2), `${id}: sizes beside CSV and JSON`).toEqual([
      formatBytes(Buffer.byteLength(csvText, "utf8")),
      formatBytes((await jsonResponse.body()).length),
    ]);
  }
  expect(pageErrors).toEqual([]);
});

test("the figures dataset repeats every figure exactly as the content states it", async ({ page, pageErrors }) => {
  const csv = parseCsv((await (await page.request.get(paths.dataset("so-lieu", "csv"))).text()).slice(1));
  const json = await (await page.request.get(paths.dataset("so-lieu", "json"))).json();
  // Columns in the JSON's order, by machine name.
  const header: string[] = json.columns.map((c: { name: string }) => c.name);
  expect(csv[0]).toEqual(json.columns.map((c: { header: string }) => c.header));
  const byId = new Map(csv.slice(1).map((row) => [row[header.indexOf("id")], row]));
  for (const groupId of contentIds("statistics")) {
    const group = contentJson<{
      source: { document: string; section: string };
      figures: { id: string; value: number; unit: string; source?: { section: string } }[];
    }>("statistics", groupId);
    for (const figure of group.figures) {
      const row = byId.get(figure.id)!;
      expect(row, figure.id).toBeDefined();
      expect(Number(row[header.indexOf("value")])).toBe(figure.value);
      expect(row[header.indexOf("unit")]).toBe(figure.unit);
      expect(row[header.indexOf("sourceSection")]).toBe(figure.source?.section ?? group.source.section);
    }
  }
  expect(pageErrors).toEqual([]);
});

test("no page kind requests anything outside the site", async ({ page, pageErrors }) => {
  // One page per kind, each until the network is idle: allow for every kind other features add.
  test.setTimeout(120_000);
  const kinds = pageKinds();
  expect(kinds.length).toBeGreaterThan(2);
  test.info().annotations.push({ type: "page kinds", description: kinds.join(" ") });
  for (const path of kinds) {
    await page.goto(path, { waitUntil: "networkidle" });
    const external = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        .filter((url) => !url.startsWith(location.origin) && !/^(data|blob):/.test(url)),
    );
    expect(external, path).toEqual([]);
  }
  expect(pageErrors).toEqual([]);
});

// Accessibility (axe) of the open data page with every column table open: tests/e2e/a11y.spec.ts.
