/** Post-build step: `_redirects` for hosts that read it (Netlify, Cloudflare Pages), from model aliases; the copies are written by their routes. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { modelRedirects, redirectsFile } from "../../src/lib/models/model-redirects.ts";
import { readParsedContent } from "../../src/lib/build/content-reader.ts";
import type { PostBuildStep } from "./post-build.ts";

export const writeRedirects: PostBuildStep = {
  name: "Ghi tệp _redirects (chuyển hướng địa chỉ cũ của mô hình)",
  run({ outDir, contentDir, log }) {
    const redirects = modelRedirects(readParsedContent(contentDir, ["models"]).models);
    writeFileSync(join(outDir, "_redirects"), redirectsFile(redirects));
    const copies = redirects.filter((r) => r.keep === "copy").length;
    log(`  ${redirects.length - copies} địa chỉ cũ được chuyển hướng, ${copies} tệp cũ được giữ bằng bản sao.`);
    return true;
  },
};
