/**
 * dist/_headers for Netlify and Cloudflare Pages, written from src/config/security.ts.
 *
 * The two hosts treat a header matched by two rules differently (Netlify: the later wins;
 * Cloudflare: values are joined), so the frame rules never overlap: one rule per top-level folder
 * and root page, the embed folder with its own.
 */
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  cacheControl,
  commonHeaders,
  contentType,
  embedSegment,
  fileTypes,
  frameHeaders,
  type FileKind,
} from "../../src/config/security.ts";
import type { PostBuildStep } from "./post-build-types.ts";
import { listFiles } from "./dist-files.ts";

const block = (path: string, headers: Record<string, string>) =>
  [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");

const hashedFolders = new Set(["_astro", "pagefind"]);

/**
 * Content type (and, for downloads, Content-Disposition) of the typed files of src/config/security.ts:
 * one rule per top-level folder and kind ("/so-lieu/*.csv": both hosts' splat spans sub-folders),
 * so the rule count stays small as content grows (Cloudflare allows 100); root files get a rule each. A wildcard rule cannot
 * name the file, so the hosts send "attachment" and browsers take the name from the address (the
 * links' `download` attribute names it too); nginx sends the name itself.
 */
export function fileTypeRules(files: readonly string[]): string[] {
  const patterns = new Map<string, FileKind>();
  for (const file of files) {
    const parts = file.split("/");
    const kind = parts.at(-1)!.split(".").pop() as FileKind;
    if (!(kind in fileTypes) || hashedFolders.has(parts[0]!)) continue;
    patterns.set(parts.length === 1 ? `/${file}` : `/${parts[0]}/*.${kind}`, kind);
  }
  return [...patterns]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pattern, kind]) =>
      block(pattern, { "Content-Type": contentType(kind), ...(fileTypes[kind].download ? { "Content-Disposition": "attachment" } : {}) }),
    );
}

/** The file's text, given the top-level folders, the root HTML files and every file (relative paths) of the built site. */
export function buildHeadersFile(topLevel: {
  folders: readonly string[];
  rootPages: readonly string[];
  files?: readonly string[];
}): string {
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
    ...fileTypeRules(topLevel.files ?? []),
    "",
  ].join("\n\n");
}

export const hostHeadersStep: PostBuildStep = {
  name: "Tạo tệp _headers (bảo mật, bộ nhớ đệm) cho Netlify/Cloudflare Pages",
  run: ({ outDir }) => {
    const names = readdirSync(outDir).sort();
    const folders = names.filter((name) => statSync(join(outDir, name)).isDirectory());
    const rootPages = names.filter((name) => name.endsWith(".html") && name !== "index.html");
    const files = listFiles(outDir).map((f) => f.replace(/^\//, ""));
    writeFileSync(join(outDir, "_headers"), buildHeadersFile({ folders, rootPages, files }));
    return true;
  },
};
