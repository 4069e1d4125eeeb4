/**
 * dist/_headers for Netlify and Cloudflare Pages, written from src/config/security.ts.
 *
 * The two hosts treat a header matched by two rules differently (Netlify: the later wins;
 * Cloudflare: values are joined), so the frame rules never overlap: one rule per top-level folder
 * and root page, the embed folder with its own.
 */
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheControl, commonHeaders, embedSegment, frameHeaders } from "../../src/config/security.ts";
import type { PostBuildStep } from "./post-build-types.ts";

const block = (path: string, headers: Record<string, string>) =>
  [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");

/** The file's text, given the top-level folders and the root HTML files of the built site. */
export function buildHeadersFile(topLevel: { folders: readonly string[]; rootPages: readonly string[] }): string {
  const hashedFolders = new Set(["_astro", "pagefind"]);
  const pageRules = [
    block("/", frameHeaders(false)),
    ...topLevel.rootPages.map((file) => block(`/${file}`, frameHeaders(false))),
    ...topLevel.folders
      .filter((folder) => !hashedFolders.has(folder))
      .map((folder) => block(`/${folder}/*`, frameHeaders(folder === embedSegment))),
  ];
  return [
    "# Written by the build from src/config/security.ts; do not edit in dist/.",
    block("/*", commonHeaders),
    block("/_astro/*", { "Cache-Control": cacheControl.immutable }),
    block("/pagefind/fragment/*", { "Cache-Control": cacheControl.immutable }),
    block("/pagefind/index/*", { "Cache-Control": cacheControl.immutable }),
    ...pageRules,
    "",
  ].join("\n\n");
}

export const hostHeadersStep: PostBuildStep = {
  name: "Tạo tệp _headers (bảo mật, bộ nhớ đệm) cho Netlify/Cloudflare Pages",
  run: ({ outDir }) => {
    const names = readdirSync(outDir).sort();
    const folders = names.filter((name) => statSync(join(outDir, name)).isDirectory());
    const rootPages = names.filter((name) => name.endsWith(".html") && name !== "index.html");
    writeFileSync(join(outDir, "_headers"), buildHeadersFile({ folders, rootPages }));
    return true;
  },
};
