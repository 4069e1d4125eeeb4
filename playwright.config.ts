import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

// Browsers cannot be downloaded on these machines: use CHROMIUM_PATH, then Debian's Chromium,
// then whatever Playwright has installed itself.
const executablePath = [process.env["CHROMIUM_PATH"], "/usr/bin/chromium"].find((p): p is string => Boolean(p && existsSync(p)));
const port = Number(process.env["E2E_PORT"] ?? 4330);
// The fictional recipients site (npm run build:fixtures, part of npm test) is served on its own
// port; until it has been built, its project and server are left out so other specs still run.
const fixturePort = Number(process.env["E2E_FIXTURE_PORT"] ?? port + 100);
const fixtureSpecs = /recipient-lists\.spec\.ts$/;
// The accessibility sweep also runs there, over the page kinds only that site has.
const fixtureProjectSpecs = /(recipient-lists|a11y)\.spec\.ts$/;
const fixtureBuilt = existsSync("dist-fixtures/recipients/index.html");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  // Playwright's own default for CI: one retry, so a test that fails once under a busy 2-core
  // runner and then passes is reported as flaky (listed by name) rather than sinking the run.
  retries: process.env["CI"] ? 1 : 0,
  reporter: "list",
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "mobile", testIgnore: fixtureSpecs, use: { ...devices["Pixel 7"], browserName: "chromium" } },
    ...(fixtureBuilt
      ? [
          {
            name: "recipients-fixture",
            testMatch: fixtureProjectSpecs,
            use: { ...devices["Pixel 7"], browserName: "chromium" as const, baseURL: `http://127.0.0.1:${fixturePort}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `node scripts/serve-dist.ts --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env["CI"],
      timeout: 30_000,
    },
    ...(fixtureBuilt
      ? [
          {
            command: `node scripts/serve-dist.ts --port ${fixturePort}`,
            env: { OUT_DIR: "dist-fixtures/recipients" },
            url: `http://127.0.0.1:${fixturePort}/`,
            reuseExistingServer: !process.env["CI"],
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
