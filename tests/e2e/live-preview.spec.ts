/**
 * `npm run dev` as an editor uses it, on a copy of the real content. The port it prefers
 * (E2E_DEV_PORT, default E2E_PORT + 10) is held by this test, so the preview must say so and name
 * the port it really listens on. Then: five saves in 30 s each appear within 3 s; a broken file
 * shows the check's own Vietnamese report in the overlay and the terminal; fixing it brings the
 * page back by itself; /mo-hinh/ never shows a wrong number of models. A second `npm run dev`
 * while one runs gets its own port; Ctrl+C and SIGTERM leave no process and free the port.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { stripVTControlCharacters } from "node:util";
import { join, resolve } from "node:path";
import { test, expect } from "@playwright/test";
import { t } from "../../src/i18n/vi.ts";
import config from "../../playwright.config.ts";

const wanted = Number(process.env["E2E_DEV_PORT"] ?? Number(process.env["E2E_PORT"] ?? 4330) + 10);
const content = mkdtempSync(join(tmpdir(), "antq-dev-"));
cpSync(resolve("content"), join(content, "content"), { recursive: true });
const contentDir = join(content, "content");
const modelCount = readdirSync(join(contentDir, "models")).filter((f) => f.endsWith(".mdx")).length;
const id = "benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen";
const file = join(contentDir, "models", `${id}.mdx`);
const original = readFileSync(file, "utf8");
const otherFile = join(contentDir, "models", "benh-vien-an-toan-benh-vien-da-khoa-huyen-yen-dung.mdx");
const otherOriginal = readFileSync(otherFile, "utf8");
const firstParagraph = "Mô hình “Bệnh viện an toàn về ANTT” tại Bệnh viện Đa khoa huyện Tân Yên";
const withText = (text: string) => original.replace(`${firstParagraph} được nêu`, `${text} ${firstParagraph} được nêu`);

interface DevServer {
  process: ChildProcess;
  log: string[];
  /** The port and address the preview printed as the ones it uses. */
  port: number;
  url: string;
}

/** `npm run dev` in its own process group (as in a terminal), PORT = the port it should prefer. */
async function startDev(preferred: number): Promise<DevServer> {
  const child = spawn("npm", ["run", "dev"], {
    env: { ...process.env, PORT: String(preferred), CONTENT_DIR: contentDir },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The terminal's text, without colours.
  const log: string[] = [];
  child.stdout!.on("data", (d: Buffer) => log.push(stripVTControlCharacters(d.toString())));
  child.stderr!.on("data", (d: Buffer) => log.push(stripVTControlCharacters(d.toString())));
  // Astro's own banner line, the first to name the address.
  await expect
    .poll(() => /┃ Local\s+(http:\/\/\S+)/.exec(log.join(""))?.[1], { timeout: 120_000, intervals: [500], message: log.join("") })
    .toBeTruthy();
  const url = /┃ Local\s+(http:\/\/\S+)/.exec(log.join(""))![1]!;
  return { process: child, log, port: Number(new URL(url).port), url };
}

/** `npm run check` on the copy, as the editor would run it (in the background: the preview is being timed). */
function runCheck(): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["scripts/validate-content.ts"], { env: { ...process.env, CONTENT_DIR: contentDir } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => done({ status, stderr }));
  });
}

/** Live processes (not zombies) in a process group. */
function groupProcesses(pgid: number): string[] {
  const ps = spawnSync("ps", ["-o", "pid=,stat=,args=", "-g", String(pgid)], { encoding: "utf8" });
  return ps.stdout.split("\n").filter((line) => line.trim() && !/^\s*\d+\s+Z/.test(line));
}

/** Whether something accepts connections on the port. */
async function listening(port: number): Promise<boolean> {
  return fetch(`http://localhost:${port}/@vite/client`).then(
    () => true,
    () => false,
  );
}

/** The preview's "đã lưu" lines so far. */
const saveLines = () =>
  dev!.log
    .join("")
    .split("\n")
    .filter((line) => / [✓✗] đã lưu /.test(line));

let blocker: Server;
let dev: DevServer | undefined;
let second: DevServer | undefined;

test.describe.configure({ mode: "serial" });
// One test hands the browser a page through Playwright; Chromium then counts that page as coming
// from outside this machine and refuses its connection to the preview on localhost.
const launchOptions = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launchOptions, args: [...(launchOptions.args ?? []), "--disable-features=LocalNetworkAccessChecks"] } });
test.setTimeout(240_000);

test.beforeAll(async () => {
  // Something else already has the port the preview prefers (another preview, another program).
  blocker = createServer();
  await new Promise<void>((done) => blocker.listen(wanted, done));
  dev = await startDev(wanted);
  // Warm up both pages once, so the first timed save measures the preview, not a cold compile.
  await expect
    .poll(async () => (await fetch(`${dev!.url}mo-hinh/`).catch(() => undefined))?.status, { timeout: 120_000, intervals: [1000] })
    .toBe(200);
  await fetch(`${dev.url}mo-hinh/${id}/`);
});

test.afterAll(async () => {
  for (const server of [second, dev])
    if (server?.process.pid && groupProcesses(server.process.pid).length > 0) process.kill(-server.process.pid, "SIGKILL");
  await new Promise((done) => blocker.close(done));
  rmSync(content, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

test("a busy preferred port is named in Vietnamese, with the port the server really listens on", async () => {
  const text = dev!.log.join("");
  const notice = /Cổng (\d+) đang bận[^\n]*dùng cổng (\d+): (http\S+)/.exec(text);
  expect(notice, text).not.toBeNull();
  expect(Number(notice![1])).toBe(wanted);
  expect(Number(notice![2])).toBe(dev!.port);
  expect(notice![3]).toBe(dev!.url);
  expect(dev!.port).not.toBe(wanted);
  // The announced address serves the preview; Vite's English "Port … is in use" is not shown.
  expect((await fetch(`${dev!.url}mo-hinh/`)).status).toBe(200);
  expect(text).not.toMatch(/is in use|trying another/);
});

test("five saves in 30 s each appear within 3 s; an error shows the check's report; the fix recovers", async ({ page }) => {
  const base = dev!.url;
  // /mo-hinh/ as a reader would load it, all along: the full list, or (while a file is broken) the report.
  const seen: string[] = [];
  let polling = true;
  const poll = (async () => {
    while (polling) {
      const response = await fetch(`${base}mo-hinh/`).catch(() => undefined);
      if (response) {
        const html = await response.text();
        const count = new RegExp(t("models.count", { count: "(\\d+)" })).exec(html)?.[1];
        seen.push(
          response.status === 200 && count !== undefined
            ? `${count}`
            : response.status === 500 && html.includes("Nội dung có lỗi")
              ? "lỗi"
              : `${response.status}?`,
        );
      }
      await new Promise((r) => setTimeout(r, 700));
    }
  })();
  const timings: number[] = [];
  let report = "";
  try {
    await page.goto(`${base}mo-hinh/${id}/`);
    await expect(page.getByText(firstParagraph).first()).toBeVisible();
    const started = Date.now();
    for (let i = 1; i <= 5; i++) {
      const marker = `Lần sửa thứ ${i} của biên tập viên.`;
      const at = Date.now();
      writeFileSync(file, withText(marker));
      // The fifth save also touches a second model, as a checkout or a multi-file save does.
      if (i === 5) writeFileSync(otherFile, otherOriginal.replace("\n---\n", "\n---\n\nGhi chú thêm của biên tập viên.\n"));
      // No reload by the test: the preview must push the change itself.
      await expect(page.getByText(marker)).toBeVisible({ timeout: 3_000 });
      timings.push(Date.now() - at);
      // One save about every 5 s, the pace of an editor correcting a text.
      if (i < 5) await page.waitForTimeout(Math.max(0, at + 5_000 - Date.now()));
    }
    expect(Date.now() - started).toBeLessThan(30_000);
    await expect.poll(() => saveLines().length).toBe(5);

    // An HTML comment in the prose: `npm run check` refuses it; so does the preview, in the same words.
    const broken = withText("<!-- ghi chú: kiểm tra lại -->");
    const brokenAt = Date.now();
    writeFileSync(file, broken);
    const check = runCheck();
    const overlay = page.locator("vite-error-overlay");
    await expect(overlay).toBeVisible({ timeout: 3_000 });
    timings.push(Date.now() - brokenAt);
    const checked = await check;
    expect(checked.status).toBe(1);
    report = checked.stderr.trim();
    expect(report).toContain("MDX không nhận ghi chú HTML");
    const shown = (await overlay.locator("#message-content").innerText()).replace(/\s+/g, " ").trim();
    expect(shown).toBe(report.replace(/`/g, "").replace(/\s+/g, " "));
    // The code frame is the editor's own file at the problem's line; no stack trace, no source of ours.
    await expect(overlay.locator("#code h2")).toHaveText(new RegExp(`models/${id}\\.mdx:24:\\d+$`));
    await expect(overlay.locator(".error-line")).toContainText("<!-- ghi chú: kiểm tra lại -->");
    await expect(overlay.locator("#stack")).toBeHidden();
    for (const part of ["#message-hints", "#code header"])
      await expect(overlay.locator(part)).not.toContainText(/Unexpected character|node_modules|\.ts:\d+|Hint|Error/);
    await page.screenshot({ path: "test-results/live-preview-overlay-360.png" });
    // The terminal: one ✗ line, then exactly the report `npm run check` printed.
    await expect.poll(() => saveLines().length).toBe(6);
    expect(saveLines()[5]).toMatch(/✗ đã lưu \S+\.mdx: nội dung có 1 lỗi/);
    expect(dev!.log.join("")).toContain(report);

    // Saved again with the same slip: one line, the report is not repeated.
    writeFileSync(file, `${broken}\n`);
    await expect.poll(() => saveLines().length).toBe(7);
    expect(saveLines()[6]).toMatch(/vẫn như báo cáo ở trên/);

    const fixed = "Đã sửa xong ghi chú.";
    const fixedAt = Date.now();
    writeFileSync(file, withText(fixed));
    await expect(page.getByText(fixed)).toBeVisible({ timeout: 3_000 });
    timings.push(Date.now() - fixedAt);
    await expect(overlay).toHaveCount(0);
    await expect.poll(() => saveLines().length).toBe(8);
    expect(saveLines()[7]).toMatch(/✓ đã lưu \S+\.mdx: nội dung hợp lệ/);
  } finally {
    polling = false;
    await poll;
  }
  console.log(`live preview: save → visible in ${timings.join(", ")} ms; /mo-hinh/ polled ${seen.length} times`);
  expect(seen.length).toBeGreaterThan(10);
  expect(
    seen.filter((s) => s !== String(modelCount) && s !== "lỗi"),
    `seen: ${seen.join(",")}`,
  ).toEqual([]);
  expect(seen.filter((s) => s === String(modelCount)).length).toBeGreaterThan(5);
  // One line per save: the fifth save's two files make one line.
  expect(saveLines().filter((line) => / đã lưu 2 tệp: /.test(line))).toHaveLength(1);
  expect(dev!.log.join("").split(report).length - 1).toBe(1);
  // Nothing in English from Astro or Vite about content, no stack, no false "missing figure".
  expect(dev!.log.join("")).not.toMatch(
    /Hint:|Stack trace|\bat \S+:\d+:\d+|\[watch\]|\[200\]|Unexpected character|Reloaded data from|figure\.unknown|Không có số liệu mã/,
  );
});

test("a page still loading when a save's reload went out catches up by itself", async ({ page }) => {
  const url = `${dev!.url}mo-hinh/${id}/`;
  const marker = "Lưu khi trang còn đang tải.";
  const lines = saveLines().length;
  let made = "";
  // The page is made by the server now, then held back while the editor saves and the save's
  // reload goes out to nobody (this page is not connected yet), as on a slow machine.
  await page.route(
    url,
    async (route) => {
      const response = await route.fetch();
      made = response.headers()["server-timing"] ?? "";
      writeFileSync(file, withText(marker));
      await expect.poll(() => saveLines().length).toBe(lines + 1);
      await route.fulfill({ response });
    },
    { times: 1 },
  );
  // An editor already on the site (connected to the preview) opens the model's page.
  await page.goto(`${dev!.url}mo-hinh/`, { waitUntil: "networkidle" });
  await page.goto(url);
  expect(made).toMatch(/^antq-content;desc="\d+"$/);
  await expect(page.getByText(marker)).toBeVisible({ timeout: 3_000 });
});

test("a second npm run dev while one runs gets its own port, and Ctrl+C stops it completely", async () => {
  second = await startDev(dev!.port);
  await expect
    .poll(() => /Cổng (\d+) đang bận[^\n]*dùng cổng (\d+)/.exec(second!.log.join(""))?.slice(1, 3).map(Number))
    .toEqual([dev!.port, second.port]);
  expect((await fetch(`${second.url}mo-hinh/`)).status).toBe(200);
  // Ctrl+C in a terminal: SIGINT to the whole foreground process group.
  process.kill(-second.process.pid!, "SIGINT");
  await expect.poll(() => groupProcesses(second!.process.pid!), { timeout: 15_000 }).toEqual([]);
  expect(await listening(second.port)).toBe(false);
  // The first preview is untouched.
  expect((await fetch(`${dev!.url}mo-hinh/`)).status).toBe(200);
});

test("SIGTERM to npm run dev leaves no process behind and frees the port", async () => {
  const pid = dev!.process.pid!;
  expect(groupProcesses(pid).some((line) => line.includes("dev-site.ts"))).toBe(true);
  // Only npm gets the signal (a process manager, an IDE's stop button); its shell does not pass it on.
  process.kill(pid, "SIGTERM");
  await expect.poll(() => groupProcesses(pid), { timeout: 15_000 }).toEqual([]);
  await expect.poll(() => listening(dev!.port), { timeout: 5_000 }).toBe(false);
});
