/** sitemap.xml and robots.txt from the pages actually built, so pages added by any feature are listed. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { site } from "../../src/config/site.ts";
import { buildRobots, buildSitemap } from "../../src/lib/site/xml-writers.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import { indexablePages } from "./dist-files.ts";
import type { PostBuildStep } from "./post-build-types.ts";

export const sitemapStep: PostBuildStep = {
  name: "Tạo sitemap.xml và robots.txt",
  run: ({ outDir, log }) => {
    const pages = indexablePages(outDir);
    writeFileSync(join(outDir, "sitemap.xml"), buildSitemap(site.baseUrl, pages));
    writeFileSync(join(outDir, "robots.txt"), buildRobots(site.baseUrl, paths.sitemap()));
    log(`  ${pages.length} trang trong sitemap.xml`);
    return true;
  },
};
