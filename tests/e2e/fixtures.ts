/**
 * Shared test setup: every page a test opens is watched for console errors and for requests that
 * leave localhost; a test fails if either happens.
 */
import { test as base, expect } from "@playwright/test";

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(`console: ${msg.text()}`);
    });
    page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (["127.0.0.1", "localhost"].includes(url.hostname) || url.protocol === "data:" || url.protocol === "blob:")
        return route.continue();
      errors.push(`external request: ${url.href}`);
      return route.abort();
    });
    await use(errors);
    expect(errors, "console errors or requests leaving localhost").toEqual([]);
  },
});

export { expect };
