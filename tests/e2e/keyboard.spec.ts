/**
 * The main flows walked with the keyboard alone: Tab, type, Enter. Expected pages come from the
 * content files, so the walk follows whatever the site publishes.
 */
import { readFileSync, readdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { paths } from "../../src/lib/site/public-urls.ts";

const contentDir = process.env["CONTENT_DIR"] ?? "content";
const modelIds = readdirSync(`${contentDir}/models`)
  .filter((f) => f.endsWith(".mdx"))
  .map((f) => f.replace(/\.mdx$/, ""))
  .sort();
const modelName = (id: string) => /^name:\s*"(.*)"$/m.exec(readFileSync(`${contentDir}/models/${id}.mdx`, "utf8"))![1]!;

/** Presses Tab until the focused element's href satisfies `wanted`; fails after `limit` presses. */
async function tabToLink(page: Page, wanted: (href: string) => boolean, limit = 250): Promise<string> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? "");
    if (href && wanted(href)) return href;
  }
  throw new Error("Không đến được liên kết cần tìm bằng phím Tab");
}

test("open a model profile from the index", async ({ page, pageErrors }) => {
  await page.goto(paths.models());
  const modelPaths = new Set(modelIds.map((id) => paths.model(id)));
  const href = await tabToLink(page, (h) => modelPaths.has(h));
  await page.keyboard.press("Enter");
  await page.waitForURL(`**${href}`);
  const id = href.split("/").filter(Boolean).pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(modelName(id));
  expect(pageErrors).toEqual([]);
});

test("use a filter: a kind's listing page lists every model of that kind", async ({ page, pageErrors }) => {
  await page.goto(paths.models());
  const href = await tabToLink(page, (h) => h.startsWith("/mo-hinh/loai/") && h !== "/mo-hinh/loai/");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**${href}`);
  const kind = href.split("/").filter(Boolean).pop()!;
  const expected = modelIds.filter((id) =>
    new RegExp(`^kind:\\s*${kind}$`, "m").test(readFileSync(`${contentDir}/models/${id}.mdx`, "utf8")),
  );
  const listed = await page
    .getByRole("main")
    .locator('a[href^="/mo-hinh/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  for (const id of expected) expect(listed).toContain(paths.model(id));
  expect(pageErrors).toEqual([]);
});

test("search from the header and open a result", async ({ page, pageErrors }) => {
  const id = modelIds.find((m) => m.includes("ngo-sy-lien")) ?? modelIds[0]!;
  await page.goto(paths.home());
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "search")) break;
  }
  await page.keyboard.type("ngo sy lien");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/tim-kiem\/\?q=ngo/);
  await expect(
    page
      .getByRole("main")
      .locator(`a[href="${paths.model(id)}"]`)
      .first(),
  ).toBeVisible({ timeout: 15_000 });
  await tabToLink(page, (h) => h === paths.model(id));
  await page.keyboard.press("Enter");
  await page.waitForURL(`**${paths.model(id)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(modelName(id));
  expect(pageErrors).toEqual([]);
});

test("download a CSV from a statistics page", async ({ page, pageErrors }) => {
  await page.goto(paths.theme("tuyen-truyen"));
  const href = await tabToLink(page, (h) => h.endsWith(".csv"));
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  const file = await download;
  expect(file.suggestedFilename()).toBe(href.split("/").pop());
  const text = readFileSync((await file.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  expect(pageErrors).toEqual([]);
});
