/**
 * The live preview serves the download files through the routes of src/pages; a build writes them in
 * the download step. Both take them from one list (src/lib/downloads/download-files.ts): every route
 * must serve its own share of it, and together the routes must serve all of it, each file once.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { listFiles } from "../../scripts/lib/dist-files.ts";
import { contentDownloadFiles } from "../../scripts/lib/download-step.ts";
import { DOWNLOAD_ROUTES, downloadRoutePaths } from "../../src/lib/downloads/download-files.ts";
import { FIXTURES } from "./helpers/fixture-site.ts";

const routeKeys = Object.keys(DOWNLOAD_ROUTES) as (keyof typeof DOWNLOAD_ROUTES)[];

/** Route files of src/pages that serve a download: every .csv, .json and .xlsx endpoint but the list pages' filter data. */
const downloadRouteFiles = listFiles("src/pages").filter(
  (file) => /\.(csv|json|xlsx)\.ts$/.test(file) && !file.endsWith("/bo-loc.json.ts"),
);

describe("the download routes", () => {
  it.each(downloadRouteFiles)("src/pages%s serves the files of its own folder and kind", (file) => {
    const used = [...readFileSync(`src/pages${file}`, "utf8").matchAll(/DOWNLOAD_ROUTES\.(\w+)/g)].map((m) => m[1]);
    expect(used).toHaveLength(1);
    const { folder, kind, param } = DOWNLOAD_ROUTES[used[0] as keyof typeof DOWNLOAD_ROUTES];
    expect(file).toBe(`${folder}[${param}].${kind}.ts`);
  });

  it("are one for each entry of DOWNLOAD_ROUTES", () => {
    expect(downloadRouteFiles.sort()).toEqual(
      routeKeys.map((key) => `${DOWNLOAD_ROUTES[key].folder}[${DOWNLOAD_ROUTES[key].param}].${DOWNLOAD_ROUTES[key].kind}.ts`).sort(),
    );
  });

  it("serve every file the download step writes, each through exactly one route, at its own path", async () => {
    const files = await contentDownloadFiles(`${FIXTURES}/sites/recipients`);
    const served = routeKeys.flatMap((key) =>
      downloadRoutePaths(files, DOWNLOAD_ROUTES[key]).map(({ params, props }) => {
        const { folder, kind, param } = DOWNLOAD_ROUTES[key];
        expect(`${folder}${params[param]}.${kind}`).toBe(props.path);
        return props.path;
      }),
    );
    expect(served.sort()).toEqual(files.map((file) => file.path).sort());
    expect(new Set(served).size).toBe(served.length);
    // The all-data workbook, a static address, is served by the datasets' workbook route.
    expect(downloadRoutePaths(files, DOWNLOAD_ROUTES.datasetXlsx).map((p) => p.params["dataset"])).toContain("tat-ca");
  });
});
