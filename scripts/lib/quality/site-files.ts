/**
 * Finds what the quality gates check in a built site: every file, every HTML page with its public
 * URL, and one representative page per page kind. Pages are discovered from the built folder, so a
 * page kind added later is covered without touching the gates.
 */
import { statSync } from "node:fs";
import { join } from "node:path";
import { listFiles } from "../dist-files.ts";

/** Every file under `root`, as paths relative to it ("a/b.html"): dist-files' one walker without the leading "/". */
export function siteFiles(root: string): string[] {
  return listFiles(root).map((file) => file.slice(1));
}

/** Public URL path of a built HTML file: "mo-hinh/a/index.html" → "/mo-hinh/a/", "404.html" → "/404.html". */
export function urlPathOf(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

// The page kind of a URL path: the template that most likely produced it. The first two segments
// name the kind (/mo-hinh/loai/…, /khen-thuong/danh-sach/…); the rest are ids and become "*":
//   "/" → "/", "/mo-hinh/" → "/mo-hinh/", "/mo-hinh/x/" → "/mo-hinh/*/",
//   "/mo-hinh/loai/x/" → "/mo-hinh/loai/*/", "/404.html" → "/404.html".
export function pageKind(urlPath: string): string {
  const segments = urlPath.split("/").filter(Boolean);
  if (segments.length === 0 || !urlPath.endsWith("/")) return urlPath;
  if (segments.length === 1) return `/${segments[0]}/`;
  const literal = segments.length === 2 ? 1 : 2;
  return `/${segments.map((s, i) => (i < literal ? s : "*")).join("/")}/`;
}

export interface PageFile {
  /** Path relative to the site root, e.g. "mo-hinh/a/index.html". */
  file: string;
  /** Public URL path, e.g. "/mo-hinh/a/". */
  url: string;
  /** Size in bytes. */
  bytes: number;
}

/** Every HTML page of a built site with its URL and size. */
export function htmlPages(root: string): PageFile[] {
  return siteFiles(root)
    .filter((f) => f.endsWith(".html"))
    .map((file) => ({ file, url: urlPathOf(file), bytes: statSync(join(root, file)).size }));
}

/**
 * One page per kind: the largest, because the page with the most content is the most likely to
 * show a problem its template has (longest tables, most links, most images).
 */
export function representativePages(pages: readonly PageFile[]): Map<string, PageFile> {
  const byKind = new Map<string, PageFile>();
  for (const page of pages) {
    const kind = pageKind(page.url);
    const current = byKind.get(kind);
    if (!current || page.bytes > current.bytes || (page.bytes === current.bytes && page.url < current.url)) byKind.set(kind, page);
  }
  return new Map([...byKind].sort(([a], [b]) => a.localeCompare(b)));
}
