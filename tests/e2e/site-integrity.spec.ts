/**
 * Whole-site gates on the built dist/: every HTML file valid for the W3C Nu Html Checker, and every
 * internal link, image, script, stylesheet and CSS url() resolving to a file.
 */
import { resolve } from "node:path";
import { test, expect } from "./fixtures.ts";
import { formatNuMessages, runNuChecker } from "../../scripts/lib/quality/nu-checker.ts";
import { checkSiteLinks, formatLinkProblems } from "../../scripts/lib/quality/links.ts";
import { htmlPages } from "../../scripts/lib/quality/site-files.ts";
import { site } from "../../src/config/site.ts";

const dist = resolve(process.env["OUT_DIR"] ?? "dist");

test("Nu Html Checker: no error on any HTML file of dist/", async () => {
  // One Java process for the whole site; on a busy shared machine it needs more than the default.
  test.setTimeout(180_000);
  expect(htmlPages(dist).length).toBeGreaterThan(1);
  const errors = runNuChecker(dist);
  expect(errors, formatNuMessages(errors)).toEqual([]);
});

test("every internal reference of every HTML and CSS file resolves to a file", async () => {
  const problems = checkSiteLinks(dist, site.baseUrl);
  expect(problems, formatLinkProblems(problems)).toEqual([]);
});
