/**
 * What the built site in dist/ publishes, discovered from the files, so tests cover page kinds
 * added by any feature without being told about them.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { isRedirectPage, listFiles, publicPath } from "../../scripts/lib/dist-files.ts";

// OUT_DIR, as for the server (scripts/serve-dist.ts): the specs can run on a fixture build, e.g. one with aliases.
export const DIST = process.env["OUT_DIR"] ?? "dist";

const html = (file: string) => readFileSync(join(DIST, file), "utf8");

/** Every HTML page that is not a redirect, as site paths. */
export function builtPages(): string[] {
  return listFiles(DIST)
    .filter((f) => f.endsWith("/index.html") && !f.startsWith("/_astro/") && !isRedirectPage(html(f)))
    .map(publicPath);
}

/** One page per first path segment (the home page for "/"), plus every kind under /nhung/. */
export function pageKinds(): string[] {
  const bySegment = new Map<string, string>();
  for (const page of builtPages().sort()) {
    const segments = page.split("/").filter(Boolean);
    // A listing and a detail page of the same section are different kinds.
    const kind = segments.length === 0 ? "/" : `${segments[0]}:${Math.min(segments.length, 2)}`;
    if (!bySegment.has(kind)) bySegment.set(kind, page);
  }
  return [...bySegment.values()];
}

/** Redirect pages (model aliases) with their targets. */
export function redirectPages(): { from: string; to: string }[] {
  return listFiles(DIST)
    .filter((f) => f.endsWith(".html") && isRedirectPage(html(f)))
    .map((f) => ({ from: publicPath(f), to: /url=([^"]+)"/i.exec(html(f))![1]! }));
}

/** Models renamed with their old id in `aliases`, found from their redirect pages in dist/. */
export function renamedModels(): { oldId: string; newId: string }[] {
  const prefix = "/mo-hinh/";
  return redirectPages()
    .filter(({ from, to }) => from.startsWith(prefix) && to.startsWith(prefix))
    .map(({ from, to }) => ({ oldId: from.slice(prefix.length, -1), newId: to.slice(prefix.length, -1) }));
}

/** The first page whose HTML contains the given text, if any. */
export function firstPageContaining(text: string): string | undefined {
  return builtPages().find((page) => html(join(page, "index.html")).includes(text));
}

/** Ids of the content files of a collection (file names without extension). */
export function contentIds(collection: string): string[] {
  const dir = join("content", collection);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => !f.startsWith("."))
        .map((f) => f.replace(/\.(mdx|json)$/, ""))
        .sort()
    : [];
}

/** Parsed JSON content file, BOM-tolerant. */
export function contentJson<T>(collection: string, id: string): T {
  return JSON.parse(readFileSync(join("content", collection, `${id}.json`), "utf8").replace(/^\uFEFF/, "")) as T;
}

export { parseCsv } from "../../src/lib/downloads/csv.ts";
