/**
 * The editing screen /quan-tri/ in Chromium, on the dev server over a temporary copy of content/
 * (the real content/ is never touched): create a model through the form, edit a figure typed the
 * Vietnamese way, refused entries with the checker's Vietnamese words and no file change, axe.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { devices, type Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { a11yViolations, formatViolations } from "./a11y-check.ts";

const port = Number(process.env["E2E_EDITOR_PORT"] ?? Number(process.env["E2E_PORT"] ?? 4330) + 70);
const origin = `http://127.0.0.1:${port}`;
let root = "";
let contentDir = "";
let server: ChildProcess | undefined;

test.describe.configure({ mode: "serial" });
// Staff edit on a computer, so the editor is tested as one: the phone's user agent sent slate-react
// (Decap's rich-text box) down its Android input path, where Playwright's key events, unlike a phone
// keyboard's, lost the first key typed ("heo báo cáo" for "Theo báo cáo", about one run in five).
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, userAgent: devices["Desktop Chrome"].userAgent });
// Decap on a dev server is slow on a busy 2-core machine; the steps themselves wait for what they need.
test.setTimeout(180_000);

test.beforeAll(async () => {
  test.setTimeout(150_000);
  root = mkdtempSync(join(tmpdir(), "quan-tri-e2e-"));
  contentDir = join(root, "content");
  cpSync(resolve("content"), contentDir, { recursive: true });
  server = spawn(
    process.execPath,
    [resolve("node_modules/.bin/astro"), "dev", "--port", String(port), "--host", "127.0.0.1", "--strictPort"],
    {
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    },
  );
  const deadline = Date.now() + 140_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/quan-tri/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`dev server did not start on ${origin}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
});

test.afterAll(async () => {
  // The server may still be writing into the copy while it stops: remove it once it has exited.
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((done) => server!.once("exit", done));
    server.kill();
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
  }
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

/** Opens the screen, signs in to the local backend, and goes to `hash`. */
async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${origin}/quan-tri/`);
  // Decap remembers the sign-in in localStorage: the button shows only the first time.
  const login = page.getByRole("button", { name: "Đăng nhập" });
  const signedIn = page.getByText("Bộ sưu tập");
  await expect(login.or(signedIn).first()).toBeVisible({ timeout: 30_000 });
  if (await login.isVisible()) await login.click();
  await expect(signedIn).toBeVisible({ timeout: 30_000 });
  await page.goto(`${origin}/quan-tri/${hash}`);
}

/** Picks `option` in the Decap select (react-select) whose input id starts with `field`. */
async function choose(page: Page, field: string, option: string, nth = 0): Promise<void> {
  const input = page.locator(`input[id^="${field}-field"]`).nth(nth);
  await input.fill(option);
  await page.getByRole("option", { name: option, exact: false }).first().click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Công bố", exact: true }).click();
  await page.getByText("Công bố ngay", { exact: true }).click();
}

const read = (rel: string) => readFileSync(join(contentDir, rel), "utf8");

/**
 * Opens the editor's "Chèn số liệu" menu. On a busy machine the rich-text toolbar can re-render
 * right after the click and drop the menu, so the click is repeated until the item shows.
 */
async function openFigureMenu(page: Page): Promise<void> {
  const item = page.getByRole("menuitem", { name: "Số liệu" });
  await expect(async () => {
    if (!(await item.isVisible())) await page.getByRole("button", { name: "Chèn số liệu" }).click();
    await expect(item).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
}

function check(): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ["scripts/validate-content.ts"], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: "utf8",
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Drops the browser's own "422" console lines: a refused save is what these tests expect. */
function expectRefusals(errors: string[]): void {
  for (let i = errors.length - 1; i >= 0; i--)
    if (/status of 422|API_ERROR: Chưa lưu|^pageerror: Object$/.test(errors[i]!)) errors.splice(i, 1);
}

test("create a model through the form: the file appears, check passes, the profile shows in the preview", async ({
  page,
  pageErrors: _,
}) => {
  await open(page, "#/collections/models/new");
  const name = "Tổ tự quản về ANTT tại Công ty ABC (giả định, thử nghiệm)";
  const slug = "to-tu-quan-ve-antt-tai-cong-ty-abc-gia-dinh-thu-nghiem";
  await page.locator('[id^="name-field"]').first().fill(name);
  await choose(page, "kind", "Tự quản về ANTT");
  await page
    .getByRole("button", { name: /đơn vị tham gia/i })
    .first()
    .click();
  await page.locator('[id^="name-field"]').nth(1).fill("Công ty ABC (giả định)");
  await choose(page, "type", "Doanh nghiệp");
  await choose(page, "district", "Việt Yên");
  await choose(page, "status", "Chưa rõ");
  await page.locator('[id^="summary-field"]').fill("Mô hình giả định dùng để thử màn hình biên tập.");
  await page.getByRole("button", { name: /nguồn/i }).first().click();
  await choose(page, "document", "Báo cáo sơ kết 05 năm");
  await page.locator('[id^="section-field"]').first().fill("Phần thứ nhất, mục II.2.5");
  // The figure is picked from the existing ones ("Số liệu"), shown with its value, not typed.
  const body = page.getByRole("textbox", { name: "Nội dung bài viết" });
  await body.click();
  await expect(body).toBeFocused();
  await page.keyboard.type("Theo báo cáo, toàn tỉnh có ");
  await openFigureMenu(page);
  await page.getByRole("menuitem", { name: "Số liệu" }).click();
  const dialog = page.getByRole("dialog", { name: "Số liệu" });
  await dialog.getByRole("searchbox", { name: "Tìm theo tên, số hoặc mã" }).fill("bảo vệ tổng");
  const list = dialog.getByRole("listbox", { name: "Số liệu dẫn trong câu" });
  await expect(list.locator("option:not([hidden])")).toHaveText([
    "Nhân viên bảo vệ trong CQDNNT: 1.658 nhân viên bảo vệ (luc-luong-bao-ve-tong)",
  ]);
  await list.selectOption("luc-luong-bao-ve-tong");
  await dialog.getByRole("button", { name: "Chèn" }).click();
  // Focus comes back to the sentence, after the figure.
  await expect(body).toBeFocused();
  await page.keyboard.type(" nhân viên bảo vệ.");
  await publish(page);
  const file = `models/${slug}.mdx`;
  await expect.poll(() => existsSync(join(contentDir, file)), { timeout: 20_000 }).toBe(true);
  const text = read(file);
  expect(text).toContain(`name: "${name}"`);
  expect(text).toContain("kind: tu-quan");
  expect(text).toContain('district: "Việt Yên"');
  expect(text).toContain("  - document: bao-cao-so-ket-5-nam-chi-thi-07-2019");
  expect(text).toMatch(/\n---\n\nTheo báo cáo, toàn tỉnh có <So id="luc-luong-bao-ve-tong" \/> nhân viên bảo vệ\.\n$/);
  const result = check();
  expect(result.output).toContain("Nội dung hợp lệ");
  expect(result.status).toBe(0);
  // The screen's "Xem trước" link opens the entry's page on the dev server.
  await page.goto(`${origin}/quan-tri/#/collections/models/entries/${slug}`);
  await expect(page.getByRole("link", { name: "Xem trước" })).toHaveAttribute("href", `/mo-hinh/${slug}/`);
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`${origin}/mo-hinh/${slug}/`);
        return response.ok() ? await response.text() : "";
      },
      { timeout: 30_000 },
    )
    .toContain("Tổ tự quản về ANTT tại Công ty ABC");
});

test("edit a figure from 1658 to 1.700: the file holds 1700 and only that line changed", async ({ page, pageErrors: _ }) => {
  const file = "statistics/luc-luong-bao-ve.json";
  const before = read(file);
  await open(page, "#/collections/statistics/entries/luc-luong-bao-ve");
  const value = page.locator('[id^="value-field"]').first();
  await expect(value).toHaveValue("1658", { timeout: 30_000 });
  await value.fill("1.700");
  await publish(page);
  await expect.poll(() => read(file), { timeout: 20_000 }).not.toBe(before);
  const after = read(file);
  expect(JSON.parse(after).figures[0].value).toBe(1700);
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b.length).toBe(a.length);
  const changed = a.flatMap((line, i) => (line === b[i] ? [] : [{ before: line, after: b[i] }]));
  expect(changed).toEqual([{ before: '      "value": 1658,', after: '      "value": 1700,' }]);
});

test("a sentence added to a model's body in the rich-text box changes only that paragraph's line", async ({ page, pageErrors: _ }) => {
  const file = "models/benh-vien-an-toan-benh-vien-da-khoa-huyen-yen-dung.mdx";
  const before = read(file);
  await open(page, "#/collections/models/entries/benh-vien-an-toan-benh-vien-da-khoa-huyen-yen-dung");
  const last = page.getByRole("textbox", { name: "Nội dung bài viết" }).locator("p").last();
  await expect(last).toBeVisible({ timeout: 30_000 });
  const box = (await last.boundingBox())!;
  await last.click({ position: { x: box.width - 3, y: box.height - 6 } });
  await expect(page.getByRole("textbox", { name: "Nội dung bài viết" })).toBeFocused();
  await page.keyboard.type(" Câu thử nghiệm.");
  await publish(page);
  await expect.poll(() => read(file), { timeout: 20_000 }).not.toBe(before);
  const a = before.split("\n");
  const b = read(file).split("\n");
  expect(b.length).toBe(a.length);
  // The other paragraphs, their <So id> figures and quotes, and the front matter are untouched.
  const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i]));
  expect(changed).toEqual([a.length - 2]);
  expect(b[a.length - 2]).toBe(`${a[a.length - 2]} Câu thử nghiệm.`);
});

test("a count typed 1,658 and a model without source are refused at the field, in the checker's words; no file changes", async ({
  page,
  pageErrors,
}) => {
  const stats = "statistics/luc-luong-bao-ve.json";
  const statsBefore = read(stats);
  await open(page, "#/collections/statistics/entries/luc-luong-bao-ve");
  const value = page.locator('[id^="value-field"]').nth(1);
  await expect(value).toHaveValue("140", { timeout: 30_000 });
  await value.fill("140,5");
  await publish(page);
  const message = page.locator(".qt-loi").first();
  await expect(message).toContainText("Số liệu thứ 2 › Giá trị");
  await expect(message).toContainText("Số nguyên không dùng dấu chấm phân cách hàng nghìn");
  // Decap's notice carries the checker's words only, without its "API_ERROR:" prefix.
  await expect(page.getByText(/^Chưa lưu, nội dung có lỗi: Số liệu thứ 2 › Giá trị: /)).toBeVisible();
  await expect(page.locator("body")).not.toContainText("API_ERROR");
  // The message sits under the field it is about, and the field points to it.
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(value).toHaveAttribute("aria-describedby", (await message.getAttribute("id"))!);
  expect(read(stats)).toBe(statsBefore);

  const model = "models/benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen.mdx";
  const modelBefore = read(model);
  await open(page, "#/collections/models/entries/benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen");
  await expect(page.locator('[id^="section-field"]').first()).toBeVisible({ timeout: 30_000 });
  // Remove both sources with each item's "×" (Decap gives these buttons no name: see docs).
  const sources = page.locator('label[for^="sources-field"]').locator("xpath=../..");
  for (let i = 0; i < 2; i++) await sources.locator('button:has(path[d^="M11.916"])').last().click();
  await expect(sources.locator('[id^="section-field"]')).toHaveCount(0);
  await publish(page);
  await expect(page.locator(".qt-loi").first()).toContainText("cần ít nhất một nguồn");
  expect(read(model)).toBe(modelBefore);
  expectRefusals(pageErrors);
});

test("a district not in the list is refused by the save step in Vietnamese; the file stays as it was", async ({ request }) => {
  const model = "models/benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen.mdx";
  const before = read(model);
  // The form offers only the listed districts; a file saved by another tool can still bring one
  // that only looks right (a non-breaking space), and the save step must refuse it too.
  const raw = before.replace('district: "Tân Yên"', 'district: "Tân\u00a0Yên"');
  const response = await request.post(`${origin}/quan-tri/api/`, {
    data: { action: "persistEntry", params: { dataFiles: [{ path: `content/${model}`, raw }], assets: [], options: {} } },
  });
  expect(response.status()).toBe(422);
  const answer = (await response.json()) as {
    error: string;
    problems: { field: string; label: string; expected: string; found: string }[];
  };
  expect(answer.problems[0]).toMatchObject({ field: "location.district", label: "Địa bàn › Huyện, thành phố" });
  expect(answer.problems[0]!.found).toContain("⟦U+00A0⟧");
  expect(read(model)).toBe(before);
});

test("drafts are the unpublished entries: marked in the list and found with the Bản nháp filter", async ({ page, pageErrors: _ }) => {
  const file = "models/truong-hoc-an-toan-thpt-luc-nam.mdx";
  writeFileSync(join(contentDir, file), read(file).replace(/^---\n/, "---\ndraft: true\n"));
  await open(page, "#/collections/models");
  const draft = page.getByText("[Bản nháp] Trường học an toàn về ANTT tại Trường THPT Lục Nam");
  await expect(draft).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Lọc theo" }).click();
  await page
    .getByRole("menuitemcheckbox", { name: "Bản nháp" })
    .or(page.getByRole("menuitem", { name: "Bản nháp" }))
    .click();
  await expect(page.getByText("Bệnh viện an toàn về ANTT tại Bệnh viện Đa khoa huyện Tân Yên")).toHaveCount(0);
  await expect(draft).toBeVisible();
  // Its "Xem trước" opens the page on the dev server, where drafts are shown.
  await open(page, "#/collections/models/entries/truong-hoc-an-toan-thpt-luc-nam");
  await expect(page.getByRole("link", { name: "Xem trước" })).toHaveAttribute("href", "/mo-hinh/truong-hoc-an-toan-thpt-luc-nam/");
  const preview = await page.request.get(`${origin}/mo-hinh/truong-hoc-an-toan-thpt-luc-nam/`);
  expect(await preview.text()).toContain("Trường THPT Lục Nam");
});

/**
 * Violations Decap 3.16 causes that our page cannot repair (rule: where, why it stays). Empty:
 * client.js names Decap's icon buttons, drag handles, rich-text box and preview frame, repairs its
 * menus' roles, and darkens its greys; a new upstream violation fails here until it is repaired
 * or named with its upstream issue.
 */
const UPSTREAM: Record<string, string> = {};

test("axe: the list and form views, the component menu and the Số liệu dialog have no WCAG 2.2 AA violation", async ({
  page,
  pageErrors: _,
}, testInfo) => {
  await open(page, "#/collections/models");
  await expect(page.getByText("Bệnh viện an toàn về ANTT tại Bệnh viện Đa khoa huyện Tân Yên")).toBeVisible({ timeout: 30_000 });
  const list = await a11yViolations(page);
  await open(page, "#/collections/models/entries/benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen");
  await expect(page.locator('[id^="name-field"]').first()).toBeVisible({ timeout: 30_000 });
  const form = await a11yViolations(page);
  await openFigureMenu(page);
  const menu = await a11yViolations(page);
  await page.getByRole("menuitem", { name: "Số liệu" }).click();
  await expect(page.getByRole("dialog", { name: "Số liệu" })).toBeVisible();
  const dialog = await a11yViolations(page);
  await page.keyboard.press("Escape");
  await open(page, "#/collections/statistics/entries/luc-luong-bao-ve");
  await expect(page.locator('[id^="value-field"]').first()).toBeVisible({ timeout: 30_000 });
  const figures = await a11yViolations(page);
  const all = { list, form, menu, dialog, figures };
  writeFileSync(
    testInfo.outputPath("decap-axe.txt"),
    Object.entries(all)
      .map(([view, v]) => `${view}:\n${formatViolations(v)}`)
      .join("\n\n"),
  );
  const unexplained = Object.values(all)
    .flat()
    .filter((v) => !(v.rule in UPSTREAM));
  expect(unexplained, formatViolations(unexplained)).toEqual([]);
});
