/**
 * `npm run dev` as an editor uses it: a copy of the real content is served by the live preview
 * (its own port, E2E_DEV_PORT, default 4399); saves must show up within 3 s every time, a broken
 * file shows the check's Vietnamese report in the error overlay, and fixing it brings the page back.
 * /mo-hinh/ must never show fewer models than content has.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test, expect } from "@playwright/test";
import { t } from "../../src/i18n/vi.ts";

const port = Number(process.env["E2E_DEV_PORT"] ?? 4399);
const base = `http://localhost:${port}`;
const content = mkdtempSync(join(tmpdir(), "antq-dev-"));
cpSync(resolve("content"), content, { recursive: true });
const modelCount = readdirSync(join(content, "models")).filter((f) => f.endsWith(".mdx")).length;
const id = "benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen";
const file = join(content, "models", `${id}.mdx`);
const original = readFileSync(file, "utf8");
const firstParagraph = "Mô hình “Bệnh viện an toàn về ANTT” tại Bệnh viện Đa khoa huyện Tân Yên";

let server: ChildProcess;
const log: string[] = [];

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test.beforeAll(async () => {
  server = spawn("npm", ["run", "dev"], { env: { ...process.env, PORT: String(port), CONTENT_DIR: content }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout!.on("data", (d: Buffer) => log.push(d.toString()));
  server.stderr!.on("data", (d: Buffer) => log.push(d.toString()));
  await expect.poll(async () => (await fetch(`${base}/mo-hinh/`).catch(() => undefined))?.status, { timeout: 90_000, intervals: [1000] }).toBe(200);
});

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid);
});

/** The number of models /mo-hinh/ says it has (fetched without the browser, so it can run alongside). */
async function listedModels(): Promise<number> {
  const html = await (await fetch(`${base}/mo-hinh/`)).text();
  const match = new RegExp(t("models.count", { count: "(\\d+)" })).exec(html);
  return match ? Number(match[1]) : -1;
}

test("five saves in 30 s each appear within 3 s; an error shows the check's report; the fix recovers", async ({ page }) => {
  const counts: number[] = [];
  const watch = setInterval(() => void listedModels().then((n) => counts.push(n), () => {}), 700);
  try {
    await page.goto(`/mo-hinh/${id}/`.replace(/^/, base));
    await expect(page.getByText(firstParagraph).first()).toBeVisible();
    for (let i = 1; i <= 5; i++) {
      const marker = `Lần sửa thứ ${i} của biên tập viên.`;
      writeFileSync(file, original.replace(`${firstParagraph} được nêu`, `${marker} ${firstParagraph} được nêu`));
      // No reload by the test: the preview must push the change itself.
      await expect(page.getByText(marker)).toBeVisible({ timeout: 3_000 });
      await page.waitForTimeout(2_500);
    }

    writeFileSync(file, original.replace(`${firstParagraph} được nêu`, `${firstParagraph} <!-- ghi chú: kiểm tra lại --> được nêu`));
    const overlay = page.locator("vite-error-overlay");
    await expect(overlay).toBeVisible({ timeout: 3_000 });
    await expect(overlay).toContainText("MDX không nhận ghi chú HTML");
    await expect(overlay).toContainText(`models/${id}.mdx`);
    await expect(overlay).not.toContainText(/Unexpected character|node_modules|\.ts:\d+/);
    await page.screenshot({ path: "test-results/live-preview-overlay.png" });

    const fixed = "Đã sửa xong ghi chú.";
    writeFileSync(file, original.replace(`${firstParagraph} được nêu`, `${fixed} ${firstParagraph} được nêu`));
    await expect(page.getByText(fixed)).toBeVisible({ timeout: 3_000 });
    await expect(overlay).toHaveCount(0);
  } finally {
    clearInterval(watch);
  }
  expect(counts.length).toBeGreaterThan(10);
  expect(counts.every((n) => n === modelCount || n === -1), `counts seen: ${counts.join(",")}`).toBe(true);
  expect(counts.filter((n) => n === modelCount).length).toBeGreaterThan(5);
  // One short line per save in the terminal, in Vietnamese, and no false "missing figure".
  const text = log.join("");
  expect(text.match(/✓ đã lưu \S*models\/\S+\.mdx: nội dung hợp lệ/g)?.length ?? 0).toBeGreaterThanOrEqual(6);
  expect(text).toMatch(/✗ đã lưu \S*models\/\S+\.mdx: nội dung có 1 lỗi/);
  expect(text).not.toMatch(/Reloaded data from|figure\.unknown|Không có số liệu/);
});

test("a busy port is named, and the next free one is used", async () => {
  const { choosePort } = await import("../../scripts/dev-site.ts");
  const chosen = await choosePort(port);
  expect(chosen.port).toBeGreaterThan(port);
  expect(chosen.notice).toContain(`Cổng ${port} đang bận`);
  expect(chosen.notice).toContain(`http://localhost:${chosen.port}/`);
});
