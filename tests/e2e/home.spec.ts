import { readFileSync, readdirSync } from "node:fs";
import { test, expect } from "./fixtures.ts";
import { formatFigure } from "../../src/lib/browser/format.ts";

// Expected figures come from the content itself, never retyped here.
function headlineFiguresFromContent() {
  return readdirSync("content/statistics").flatMap((file) => {
    const group = JSON.parse(readFileSync(`content/statistics/${file}`, "utf8").replace(/^\uFEFF/, ""));
    return group.figures.filter((f: { headline?: boolean }) => f.headline);
  });
}

test("home page shows every headline figure with its source", async ({ page, pageErrors }) => {
  const expected = headlineFiguresFromContent();
  expect(expected.length).toBeGreaterThan(0);
  await page.goto("/");
  await expect(page).toHaveTitle(/bảo vệ an ninh Tổ quốc/);
  expect(await page.locator("html").getAttribute("lang")).toBe("vi");
  const list = page.getByRole("list", { name: "Số liệu nổi bật" });
  for (const figure of expected) {
    const card = list.locator(`[data-figure-id="${figure.id}"]`);
    await expect(card).toContainText(formatFigure(figure));
    await expect(card.getByRole("link")).toHaveAttribute("href", /^\/van-ban\/[a-z0-9-]+\/$/);
  }
  expect(pageErrors).toEqual([]);
});

test("skip link moves focus to the main content", async ({ page, pageErrors }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  expect(pageErrors).toEqual([]);
});

test("every source link on the home page opens an existing document page", async ({ page, pageErrors }) => {
  await page.goto("/");
  const hrefs = new Set(await page.locator('a[href^="/van-ban/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")!)));
  for (const href of hrefs) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(pageErrors).toEqual([]);
});

test("an unknown address shows the Vietnamese 404 page", async ({ page, pageErrors }) => {
  const response = await page.goto("/khong-co-trang-nay/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await expect(page.getByRole("link", { name: "Về trang chủ" })).toBeVisible();
  expect(pageErrors.filter((e) => !e.includes("404"))).toEqual([]);
  pageErrors.length = 0;
});
