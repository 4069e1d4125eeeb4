/**
 * dist/ served by a real nginx with the repository's configuration (deploy/nginx/antq/), checked
 * in Chromium: headers, CSP on every page kind, search and charts under the CSP, framing rules,
 * redirects and 404. nginx must be installed (.ci/run installs Debian's nginx-light).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { DIST, firstPageContaining, pageKinds, redirectPages, renamedModels } from "./published-site.ts";
import { listFiles, redirectSources } from "../../scripts/lib/dist-files.ts";
import { commonHeaders, contentDisposition, contentType, embedSegment, fileTypes, type FileKind } from "../../src/config/security.ts";
import { paths } from "../../src/lib/site/public-urls.ts";

const PORT = Number(process.env["E2E_NGINX_PORT"] ?? 4345);
const FRAMER_PORT = PORT + 1;
const origin = `http://127.0.0.1:${PORT}`;
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

test.describe.configure({ mode: "serial" });

let nginx: ChildProcess | undefined;
let root = "";
let embedPath: string | undefined;

/** Headers and logs go to a temporary prefix; the site folder is a copy of dist/ plus, if dist/ has no embed page, a fictional one. */
function writeConfig(dir: string, site: string): string {
  cpSync(resolve("deploy/nginx/antq"), join(dir, "antq"), { recursive: true });
  const framer = join(dir, "framer");
  mkdirSync(framer);
  writeFileSync(
    join(framer, "index.html"),
    `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Trang ngoài (hư cấu)</title><body>
<iframe title="nhúng" src="${origin}${embedPath}"></iframe>
<iframe title="thường" src="${origin}/"></iframe></body></html>`,
  );
  const asRoot = process.getuid?.() === 0 ? "user root;" : "";
  const conf = join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `${asRoot}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${PORT};
    root ${site};
    include antq/site.conf;
  }
  # Another origin that frames the site, as a newspaper's page would.
  server {
    listen 127.0.0.1:${FRAMER_PORT};
    root ${framer};
  }
}
`,
  );
  return conf;
}

test.beforeAll(async () => {
  expect(NGINX, "nginx is not installed: apt-get install nginx-light (see .ci/run)").toBeDefined();
  expect(existsSync(join(DIST, "index.html")), "dist/ is not built: npm run build").toBe(true);
  const dir = mkdtempSync(join(tmpdir(), "antq-nginx-"));
  root = dir;
  const site = join(dir, "site");
  cpSync(resolve(DIST), site, { recursive: true });
  embedPath = pageKinds().find((p) => p.startsWith(`/${embedSegment}/`));
  if (!embedPath) {
    embedPath = `/${embedSegment}/trang-nhung-hu-cau/`;
    mkdirSync(join(site, embedPath), { recursive: true });
    cpSync(join(site, "index.html"), join(site, embedPath, "index.html"));
  }
  const conf = writeConfig(dir, site);
  const check = spawnSync(NGINX!, ["-t", "-p", dir, "-c", conf], { encoding: "utf8" });
  expect(check.status, check.stderr).toBe(0);
  nginx = spawn(NGINX!, ["-p", dir, "-c", conf], { stdio: "ignore" });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`${origin}/`).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not start: ${readFileSync(join(dir, "error.log"), "utf8")}`);
});

test.afterAll(async () => {
  // nginx writes its logs into the folder until it has exited.
  if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
    const exited = new Promise((done) => nginx!.once("exit", done));
    nginx.kill("SIGTERM");
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
  }
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

/** Records CSP violations inside the page, before any of its own code runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = list;
    document.addEventListener("securitypolicyviolation", (e) =>
      list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test("every page kind carries the security headers and its CSP meta, and produces no violation", async ({ page, pageErrors }) => {
  // One page per kind, each until the network is idle: allow for every kind other features add.
  test.setTimeout(120_000);
  await watchViolations(page);
  const kinds = pageKinds();
  test.info().annotations.push({ type: "page kinds", description: kinds.join(" ") });
  for (const path of kinds) {
    const response = await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
    expect(response?.status(), path).toBe(200);
    const headers = response!.headers();
    for (const [name, value] of Object.entries(commonHeaders)) expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    expect(Number(/max-age=(\d+)/.exec(headers["strict-transport-security"]!)![1])).toBeGreaterThanOrEqual(15_552_000);
    const framable = path.startsWith(`/${embedSegment}/`);
    expect(headers["content-security-policy"], path).toContain(framable ? "frame-ancestors *" : "frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe(framable ? undefined : "DENY");
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    const scriptSrc = /script-src([^;]*)/.exec(meta ?? "")?.[1] ?? "";
    expect(scriptSrc, path).toContain("'self'");
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(await violations(page), path).toEqual([]);
  }
  expect(pageErrors).toEqual([]);
});

test("fingerprinted files are cached for a year, pages and data revalidate", async ({ page }) => {
  const response = await page.goto(`${origin}/`);
  expect(response?.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  const asset = await page.locator('link[rel="stylesheet"][href^="/_astro/"]').first().getAttribute("href");
  const assetResponse = await page.request.get(`${origin}${asset}`);
  expect(assetResponse.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(assetResponse.headers()["x-content-type-options"]).toBe("nosniff");
  const csv = await page.request.get(`${origin}${paths.dataset("mo-hinh", "csv")}`);
  expect(csv.headers()["content-type"]).toBe(contentType("csv"));
  expect(csv.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect((await page.request.get(`${origin}/_headers`)).status()).toBe(404);
});

test("one file of every kind in every folder that has one is served with its type, and downloads with their name", async ({ page }) => {
  const byFolder = new Map<string, string>();
  for (const file of listFiles(DIST)) {
    const kind = file.split(".").pop() as FileKind;
    const key = `${file.slice(0, file.lastIndexOf("/") + 1)}*.${kind}`;
    if (kind in fileTypes && !byFolder.has(key)) byFolder.set(key, file);
  }
  test.info().annotations.push({ type: "checked", description: [...byFolder.values()].join(" ") });
  for (const kind of ["csv", "xlsx", "json", "xml", "png"] as const)
    expect(
      [...byFolder.keys()].some((k) => k.endsWith(`.${kind}`)),
      `dist/ has a .${kind} file`,
    ).toBe(true);
  for (const file of byFolder.values()) {
    const response = await page.request.get(`${origin}${file}`);
    expect(response.status(), file).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"], file).toBe(contentType(file.split(".").pop() as FileKind));
    expect(headers["content-disposition"], file).toBe(contentDisposition(file.split("/").pop()!));
    expect(headers["x-content-type-options"], file).toBe("nosniff");
  }
});

test("raw HTML in MDX cannot run script past the CSP", async ({ page, pageErrors }) => {
  await watchViolations(page);
  const mdx = readFileSync("tests/fixtures/raw-html/mo-hinh-chen-ma.mdx", "utf8");
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, "");
  // The fixture's HTML placed where a model's MDX body is rendered, in a real page with its real CSP.
  const target = pageKinds().find((p) => p.startsWith(paths.models())) ?? "/";
  await page.route(`${origin}${target}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/(<main[^>]*>)/, `$1${body}`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${origin}${target}`, { waitUntil: "networkidle" });
  await expect(page.locator("#doan-hu-cau")).toBeVisible();
  await expect
    .poll(() => violations(page))
    .toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem/), expect.stringMatching(/^script-src-attr/)]));
  expect(await page.evaluate(() => (window as unknown as { __maChenDaChay?: string }).__maChenDaChay)).toBeUndefined();
  // Chromium reports each block and the missing image on the console: that is the expected outcome here.
  expect(pageErrors.filter((e) => !/Content Security Policy|404|Failed to load resource/.test(e))).toEqual([]);
  pageErrors.length = 0;
});

test("an embed page can be framed by another site, a normal page cannot", async ({ page, pageErrors }) => {
  test.info().annotations.push({ type: "embed page", description: embedPath! });
  await page.goto(`http://127.0.0.1:${FRAMER_PORT}/`, { waitUntil: "networkidle" });
  const embed = page.frameLocator('iframe[title="nhúng"]');
  await expect(embed.getByRole("heading", { level: 1 })).toBeVisible();
  const blocked = page.frames().find((f) => f.parentFrame() && !f.url().startsWith(`${origin}${embedPath}`));
  expect(blocked?.url()).not.toBe(`${origin}/`);
  await expect(page.frameLocator('iframe[title="thường"]').getByRole("heading", { level: 1 })).toHaveCount(0);
  expect(pageErrors.some((e) => /frame-ancestors/.test(e))).toBe(true);
  expect(pageErrors.filter((e) => !/frame-ancestors|X-Frame-Options/.test(e))).toEqual([]);
  pageErrors.length = 0;
});

test("search and charts still work under the CSP", async ({ page, pageErrors }) => {
  await watchViolations(page);
  const hasSearch = existsSync(join(DIST, "pagefind")) && existsSync(join(DIST, paths.search().slice(1), "index.html"));
  const chartPage = firstPageContaining("<canvas");
  test.info().annotations.push({
    type: "covered",
    description: `search: ${hasSearch ? "yes" : "not in dist"}; charts: ${chartPage ?? "not in dist"}`,
  });
  if (hasSearch) {
    await page.goto(`${origin}${paths.search()}`, { waitUntil: "networkidle" });
    const main = page.getByRole("main");
    const before = await main.getByRole("link").count();
    // The search page's own field (the header field is a plain form that navigates).
    await main.getByRole("searchbox").fill("trường");
    await expect.poll(() => main.getByRole("link").count(), { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await violations(page)).toEqual([]);
  }
  if (chartPage) {
    await page.goto(`${origin}${chartPage}`, { waitUntil: "networkidle" });
    const canvas = page.locator("canvas").first();
    await canvas.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext("2d")?.getImageData(0, 0, c.width, c.height).data ?? [];
          return Array.prototype.some.call(data, (v: number, i: number) => i % 4 === 3 && v > 0);
        }),
      )
      .toBe(true);
    expect(await violations(page)).toEqual([]);
  }
  expect(pageErrors).toEqual([]);
});

test("redirects and the 404 page behave", async ({ page, pageErrors }) => {
  const folder = await page.request.get(`${origin}${paths.documents().slice(0, -1)}`, { maxRedirects: 0 });
  expect(folder.status()).toBe(301);
  expect(folder.headers()["location"]).toBe(paths.documents());
  const redirects = redirectPages();
  test.info().annotations.push({ type: "redirect pages", description: String(redirects.length) });
  for (const { from, to } of redirects.slice(0, 5)) {
    await page.goto(`${origin}${from}`);
    await expect(page).toHaveURL(`${origin}${to}`);
  }
  // nginx does not read _redirects: every rule there must also exist as a static redirect page.
  const rules = existsSync(join(DIST, "_redirects")) ? redirectSources(readFileSync(join(DIST, "_redirects"), "utf8")) : [];
  for (const from of rules) expect((await page.request.get(`${origin}${from}`)).status(), from).toBe(200);
  const missing = await page.goto(`${origin}/khong-co-trang-nay/`);
  expect(missing?.status()).toBe(404);
  expect(missing?.headers()["x-content-type-options"]).toBe("nosniff");
  expect(missing?.headers()["x-frame-options"]).toBe("DENY");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  expect(pageErrors.filter((e) => !e.includes("404"))).toEqual([]);
  pageErrors.length = 0;
});

test("a renamed model keeps its old profile and share image addresses", async ({ page, pageErrors }) => {
  const renamed = renamedModels();
  test.skip(
    renamed.length === 0,
    "no model in the built site has an alias; build tests/fixtures/sites/showcase and set OUT_DIR to run this",
  );
  for (const { oldId, newId } of renamed) {
    await page.goto(`${origin}${paths.model(oldId)}`);
    await expect(page).toHaveURL(`${origin}${paths.model(newId)}`);
    // Share images are copies: social sites fetch them directly and follow no meta refresh.
    const [oldCard, newCard] = await Promise.all([oldId, newId].map((id) => page.request.get(`${origin}${paths.modelOgImage(id)}`)));
    expect(oldCard!.status(), paths.modelOgImage(oldId)).toBe(200);
    expect(oldCard!.headers()["content-type"]).toBe("image/png");
    expect((await oldCard!.body()).equals(await newCard!.body())).toBe(true);
  }
  expect(pageErrors).toEqual([]);
});
