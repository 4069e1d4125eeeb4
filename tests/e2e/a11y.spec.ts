/**
 * axe-core (WCAG 2.2 A/AA) on one page of every page kind found in dist/, in light and dark colour
 * schemes, plus deliberately broken fixture pages that must fail the same checker.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { test, expect } from "./fixtures.ts";
import { a11yViolations, formatViolations } from "./a11y-check.ts";
import { htmlPages, representativePages } from "../../scripts/lib/quality/site-files.ts";

const dist = resolve(process.env["OUT_DIR"] ?? "dist");
const kinds = representativePages(htmlPages(dist));
const schemes = ["light", "dark"] as const;

test("dist/ has pages of several kinds to check", () => {
  expect([...kinds.keys()]).toEqual(expect.arrayContaining(["/", "/404.html"]));
});

// One test per kind checks both schemes on one loaded page: switching the emulated scheme restyles
// the page without a reload, which halves the cost on a busy machine.
for (const [kind, page] of kinds) {
  test(`axe: ${kind} (${page.url}) has no WCAG 2.2 A/AA violation in light or dark mode`, async ({ page: tab, pageErrors }) => {
    // axe takes seconds per run when seven engineers share two cores.
    test.setTimeout(120_000);
    await tab.goto(page.url);
    const report: string[] = [];
    for (const colorScheme of schemes) {
      await tab.emulateMedia({ colorScheme });
      const violations = await a11yViolations(tab);
      if (violations.length > 0) report.push(`${page.url} (${colorScheme}):\n${formatViolations(violations)}`);
    }
    expect(report.join("\n\n"), "axe violations").toBe("");
    // The 404 page is served with status 404, which Chromium logs as a console error.
    if (page.url === "/404.html") pageErrors.length = 0;
  });
}

const broken = (name: string) => readFileSync(resolve("tests/fixtures/broken-pages/axe", name), "utf8");

test("axe reports an image without a text alternative, in light and dark mode", async ({ page }) => {
  test.setTimeout(120_000);
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    await page.setContent(broken("thieu-alt.html"));
    const violations = await a11yViolations(page);
    expect(violations.map((v) => v.rule)).toEqual(["image-alt"]);
    expect(formatViolations(violations)).toMatch(/^\[critical\] image-alt: .+\n {4}img — /);
  }
});

test("axe checks dark mode too: text readable only in light mode fails in dark mode", async ({ page }) => {
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
