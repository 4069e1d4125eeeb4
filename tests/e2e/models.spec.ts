import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { test, expect } from "./fixtures.ts";
import { buildFacets, facetPages, modelFacetKeys } from "../../src/lib/models/model-facets.ts";
import { matchesSelection } from "../../src/lib/browser/filter-selection.ts";
import { resolveFigures } from "../../src/lib/statistics/figures.ts";
import { formatFigure, formatNumber } from "../../src/lib/browser/format.ts";
import { modelRedirects, redirectsOf } from "../../src/lib/models/model-redirects.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { t } from "../../src/i18n/vi.ts";
import { readParsedContent } from "../../src/lib/build/content-reader.ts";

// Expected values come from the content the site was built from, never retyped here.
const contentDir = process.env["CONTENT_DIR"] ?? "content";
const outDir = process.env["OUT_DIR"] ?? "dist";
// Read by the site's own reader and schemas, so defaults (aliases, commune…) are filled in as on the site.
const content = readParsedContent(contentDir, ["models", "documents", "statistics"]);
const models = content.models;
const documentIds = content.documents.map((d) => d.id);
const figures = resolveFigures(content.statistics);
const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, "vi");

test("the index lists every model in content, those without a district under “Chưa rõ”", async ({ page, pageErrors }) => {
  await page.goto(paths.models());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("models.title"));
  for (const model of models) await expect(page.getByRole("link", { name: model.data.name, exact: true })).toHaveCount(1);
  await expect(page.getByText(t("models.count", { count: models.length }), { exact: true })).toBeVisible();
  const unknown = models.filter((m) => m.data.location.district === null);
  if (unknown.length > 0) {
    const group = page.getByRole("region", { name: new RegExp(`^${t("models.district.unknown")}`) });
    await expect(group.getByRole("listitem")).toHaveCount(unknown.length);
  }
  expect(pageErrors).toEqual([]);
});

test("every facet value with a model has its own page", () => {
  expect(facetPages(models).length).toBeGreaterThan(0);
});

// One test walks all pages of a kind, one step per page (the step names the page that fails):
// a test per page cost a fresh browser context each, most of the time these took.
test("every facet page lists exactly the matching models", async ({ page, pageErrors }) => {
  test.setTimeout(30_000 + facetPages(models).length * 5_000);
  for (const { facet, value } of facetPages(models)) {
    await test.step(value.href, async () => {
      const response = await page.goto(value.href);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t("models.facetPage.title", { facet: facet.label, value: value.label }),
      );
      const expected = models
        .filter((m) => modelFacetKeys(m)[facet.name].includes(value.key))
        .sort(byName)
        .map((m) => m.data.name);
      expect(await page.locator("main ul.model-list > li > a").allTextContents()).toEqual(expected);
    });
  }
  expect(pageErrors).toEqual([]);
});

test("every facet index links to every value of its facet", async ({ page, pageErrors }) => {
  for (const facet of buildFacets(models).filter((f) => f.values.length > 0)) {
    await test.step(paths.modelFacetIndex(facet.name), async () => {
      await page.goto(paths.modelFacetIndex(facet.name));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(facet.label);
      const hrefs = await page.locator("main ul > li > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(facet.values.map((v) => v.href));
    });
  }
  expect(pageErrors).toEqual([]);
});

test("filters combine on the index and the URL reflects them", async ({ page, pageErrors }) => {
  const facets = buildFacets(models);
  // The first pair of values from two facets whose combination narrows both.
  const pair = facets
    .flatMap((a, i) => facets.slice(i + 1).flatMap((b) => a.values.flatMap((va) => b.values.map((vb) => ({ a, va, b, vb })))))
    .find(({ va, vb }) => {
      const both = va.ids.filter((id) => vb.ids.includes(id)).length;
      return both > 0 && both < va.ids.length && both < vb.ids.length;
    });
  test.skip(!pair, "content has no two facet values that narrow each other");
  const { a, va, b, vb } = pair!;
  const expected = models
    .filter((m) => matchesSelection(modelFacetKeys(m), { [a.name]: va.key, [b.name]: vb.key }))
    .map((m) => m.data.name);

  await page.goto(paths.models());
  const filter = page.getByRole("form", { name: t("models.filter.title") });
  await filter.getByLabel(a.label).selectOption(va.key);
  await expect(page).toHaveURL(new RegExp(`\\?${a.name}=${va.key}$`));
  await filter.getByLabel(b.label).selectOption(vb.key);
  await expect(page).toHaveURL(new RegExp(`\\?${a.name}=${va.key}&${b.name}=${vb.key}$`));
  const visible = page.locator("[data-loai]:visible > a");
  await expect(visible).toHaveCount(expected.length);
  expect((await visible.allTextContents()).sort()).toEqual(expected.sort());
  await expect(filter.getByRole("status")).toHaveText(t("models.showing", { shown: expected.length, total: models.length }));

  // The filtered URL can be shared: opening it applies the same selection.
  await page.goto(page.url());
  await expect(page.locator("[data-loai]:visible")).toHaveCount(expected.length);
  await filter.getByRole("button", { name: t("models.filter.reset") }).click();
  await expect(page.locator("[data-loai]:visible")).toHaveCount(models.length);
  await expect(page).toHaveURL(/\/mo-hinh\/$/);
  expect(pageErrors).toEqual([]);
});

test("without JavaScript the index lists everything and links to every facet page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(paths.models());
  await expect(page.locator("[data-loai]")).toHaveCount(models.length);
  await expect(page.getByRole("form", { name: t("models.filter.title") })).toBeHidden();
  for (const { value } of facetPages(models)) await expect(page.locator(`a[href="${value.href}"]`)).toHaveCount(1);
  await context.close();
});

test("every profile: facts, sources, share card, JSON-LD", async ({ page, request, pageErrors }) => {
  test.setTimeout(30_000 + models.length * 10_000);
  for (const model of [...models].sort(byName)) {
    await test.step(`profile ${model.id}`, async () => {
      await page.goto(paths.model(model.id));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(model.data.name);
      const facts = page.locator("dl.facts").first();
      await expect(facts).toContainText(t(`model.kind.${model.data.kind}`));
      for (const host of model.data.hosts) await expect(facts).toContainText(host.name);
      await expect(facts).toContainText(model.data.location.district ?? t("model.unknown"));
      await expect(facts).toContainText(model.data.launched === null ? t("model.unknown") : String(model.data.launched));

      // Figures the text cites (<So id="…" />) show their value from content/statistics, in vi-VN.
      const cited = [...(model.body ?? "").matchAll(/<So id="([^"]+)"/g)].map((m) => m[1]!);
      const values = page.locator(".prose data");
      await expect(values).toHaveCount(cited.length);
      for (const [n, id] of cited.entries()) {
        const figure = figures.find((f) => f.id === id);
        if (!figure) continue; // a row of a commendation table, checked on its own page
        await expect(values.nth(n)).toHaveAttribute("value", String(figure.value));
        await expect(values.nth(n)).toHaveText(formatFigure(figure));
      }

      const sources = page.getByRole("region", { name: t("model.sources") });
      const hrefs = await sources.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(hrefs).toEqual(model.data.sources.map((s) => paths.document(s.document)));
      for (const source of model.data.sources) await expect(sources).toContainText(source.section);
      for (const href of new Set(hrefs)) expect((await request.get(href)).status(), href).toBe(200);

      const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
      expect(new URL(canonical!).pathname).toBe(paths.model(model.id));
      const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(new URL(ogImage!).pathname).toBe(paths.modelOgImage(model.id));
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
      const png = await (await request.get(new URL(ogImage!).pathname)).body();
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld["@context"]).toBe("https://schema.org");
      expect(ld.name).toBe(model.data.name);
      expect(ld.member.map((m: { name: string }) => m.name)).toEqual(model.data.hosts.map((h) => h.name));
      expect(ld.location["@type"]).toBe("Place");
      expect(ld.publisher.name).toBeTruthy();

      const cite = page.getByRole("region", { name: t("model.cite") });
      await expect(cite).toContainText(canonical!);
      await expect(cite).toContainText(model.data.updated.split("-").map(Number).reverse().join("/"));
    });
  }
  expect(pageErrors).toEqual([]);
});

test("related models share the kind or the district and exclude the model itself", async ({ page, pageErrors }) => {
  const model = [...models].sort(byName)[0]!;
  await page.goto(paths.model(model.id));
  const related = page.getByRole("region", { name: t("model.related") });
  const names = await related.getByRole("link").allTextContents();
  expect(names).not.toContain(model.data.name);
  for (const name of names) {
    const other = models.find((m) => m.data.name === name)!;
    expect(
      other.data.kind === model.data.kind ||
        (model.data.location.district !== null && other.data.location.district === model.data.location.district),
    ).toBe(true);
  }
  expect(pageErrors).toEqual([]);
});

test("the copy button copies the permanent URL", async ({ page, context, pageErrors }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const model = models[0]!;
  await page.goto(paths.model(model.id));
  await page.getByRole("button", { name: t("model.copy") }).click();
  await expect(page.getByRole("status")).toHaveText(t("model.copy.done"));
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(paths.model(model.id));
  expect(pageErrors).toEqual([]);
});

test("printing a profile hides navigation and the copy button but keeps sources and the URL", async ({ page, pageErrors }) => {
  const model = models[0]!;
  await page.goto(paths.model(model.id));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: t("site.nav.label") })).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  await expect(page.getByRole("button", { name: t("model.copy") })).toBeHidden();
  await expect(page.getByRole("region", { name: t("model.sources") })).toBeVisible();
  await expect(page.locator("code.url")).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test("every alias URL lands on the current profile, and the old share image is the current one", async ({ page, pageErrors }) => {
  const redirects = modelRedirects(models);
  test.skip(redirects.length === 0, "no model in content has an alias");
  const file = readFileSync(join(outDir, "_redirects"), "utf8");
  for (const copy of redirectsOf(redirects, "ogImage")) {
    const [old, current] = await Promise.all([copy.from, copy.to].map((path) => page.request.get(path)));
    expect(old!.status(), copy.from).toBe(200);
    expect((await old!.body()).equals(await current!.body()), copy.from).toBe(true);
  }
  for (const redirect of redirectsOf(redirects, "profile")) {
    expect(file).toContain(`${redirect.from} ${redirect.to} 301`);
    await page.goto(redirect.from);
    await expect(page).toHaveURL(new RegExp(`${redirect.to}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(models.find((m) => m.id === redirect.target)!.data.name);
  }
  expect(pageErrors).toEqual([]);
});

test("every profile page stays within 14 KB gzipped", () => {
  for (const model of models) {
    const html = readFileSync(join(outDir, paths.model(model.id), "index.html"));
    expect(gzipSync(html).length, model.id).toBeLessThanOrEqual(14 * 1024);
  }
});

test("the documents index says how many models and figures cite each document", async ({ page, pageErrors }) => {
  await page.goto(paths.documents());
  for (const id of documentIds) {
    const item = page.getByRole("listitem").filter({ has: page.locator(`a[href="${paths.document(id)}"]`) });
    const modelCount = models.filter((m) => m.data.sources.some((s) => s.document === id)).length;
    const figureCount = figures.filter((f) => f.source.document === id).length;
    await expect(item).toContainText(
      t("documents.citedBy.count", { models: formatNumber(modelCount), figures: formatNumber(figureCount) }),
    );
  }
  expect(pageErrors).toEqual([]);
});

test("each document page lists every model and figure citing it", async ({ page, pageErrors }) => {
  test.setTimeout(90_000);
  for (const id of documentIds) {
    await page.goto(paths.document(id));
    const citingModels = models.filter((m) => m.data.sources.some((s) => s.document === id));
    const modelRegion = page.getByRole("region", { name: new RegExp(`^${t("documents.citedBy.models")}`) });
    for (const m of citingModels)
      await expect(modelRegion.getByRole("link", { name: m.data.name, exact: true })).toHaveAttribute("href", paths.model(m.id));
    await expect(modelRegion.getByRole("link")).toHaveCount(citingModels.length);
    const citingFigures = figures.filter((f) => f.source.document === id);
    await expect(page.locator("tr[data-figure-id]")).toHaveCount(citingFigures.length);
    for (const f of citingFigures) await expect(page.locator(`tr[data-figure-id="${f.id}"]`)).toContainText(f.source.section);
  }
  expect(pageErrors).toEqual([]);
});

// Accessibility (axe) of the index, a profile, a facet page and a facet index: tests/e2e/a11y.spec.ts.
