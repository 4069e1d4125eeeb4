/**
 * The production build ships none of the editing screen: no /quan-tri/ route, no Decap script,
 * no CMS configuration, no mention of our local backend in any file of dist/.
 */
import { readFileSync } from "node:fs";
import { listFiles } from "../../scripts/lib/dist-files.ts";
import { join, relative } from "node:path";
import { test, expect } from "./fixtures.ts";

const dist = process.env["OUT_DIR"] ?? "dist";

const files = (dir: string) => listFiles(dir).map((f) => join(dir, f));

test("dist/ has no route, script or configuration of the editing screen", async ({ request }) => {
  const all = files(dist);
  expect(all.length).toBeGreaterThan(50);
  expect(all.map((f) => relative(dist, f)).filter((f) => /(^|\/)quan-tri(\/|$)|decap|(^|\/)cms/i.test(f))).toEqual([]);
  const mentions = all
    .filter((f) => /\.(html|js|css|json|xml|txt|webmanifest|map)$/.test(f) || !/\.[a-z0-9]+$/i.test(f))
    .filter((f) =>
      /\/quan-tri\/|decap-cms|CMS_MANUAL_INIT|"proxy_url"|registerEditorComponent|editorial_workflow|screen\.json/.test(
        readFileSync(f, "utf8"),
      ),
    )
    .map((f) => relative(dist, f));
  expect(mentions).toEqual([]);
  const response = await request.get("/quan-tri/");
  expect(response.status()).toBe(404);
});
