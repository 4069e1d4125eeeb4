/**
 * Checks that every internal reference of a built site resolves to a file: href, src, srcset,
 * poster, meta refresh targets, absolute URLs on the site's own origin (canonical, share images),
 * url() in CSS, and sitemap/feed URLs. Fragments (#id) must name an element of the target page.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Parser } from "htmlparser2";
import { siteFiles, urlPathOf } from "./site-files.ts";

export interface Reference {
  /** The attribute or construct it came from: "href", "src", "srcset", "refresh", "url()". */
  via: string;
  /** The reference as written (entities decoded). */
  value: string;
  /** 1-based line in the file. */
  line: number;
}

export interface LinkProblem {
  /** File holding the reference, relative to the site root. */
  file: string;
  line: number;
  via: string;
  value: string;
  /** Why it fails, in Vietnamese. */
  reason: string;
}

/** A function giving the 1-based line of a character index, in O(log n) per call. */
function lineFinder(text: string): (index: number) => number {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (index) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Calls `onTag` for every start tag of a document with its attributes (every entity decoded) and
 * the 1-based line it starts on. htmlparser2, as withastro/docs' link checker uses: comments and
 * script and style bodies are not tags, and any entity HTML defines is decoded.
 */
function eachTag(text: string, onTag: (name: string, attrs: Record<string, string>, line: number) => void): void {
  const lineAt = lineFinder(text);
  const parser: Parser = new Parser(
    { onopentag: (name, attrs) => onTag(name.toLowerCase(), attrs, lineAt(parser.startIndex)) },
    { decodeEntities: true },
  );
  parser.end(text);
}

/** Every reference an HTML document makes, in document order. Comments and scripts' bodies are ignored. */
export function extractHtmlReferences(html: string): Reference[] {
  const refs: Reference[] = [];
  eachTag(html, (name, attrs, line) => {
    for (const via of ["href", "src", "poster", "action"]) {
      const value = attrs[via];
      if (value !== undefined) refs.push({ via, value, line });
    }
    for (const via of ["srcset", "imagesrcset"]) {
      const value = attrs[via];
      if (value)
        for (const candidate of value.split(",")) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ via, value: url, line });
        }
    }
    if (name === "meta") {
      const content = attrs["content"] ?? "";
      if (attrs["http-equiv"]?.toLowerCase() === "refresh") {
        const url = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
        if (url) refs.push({ via: "refresh", value: url.trim(), line });
      } else if (/^(og:image|og:url|twitter:image)$/.test(attrs["property"] ?? attrs["name"] ?? "")) {
        refs.push({ via: "meta", value: content, line });
      }
    }
  });
  return refs;
}

/** Every url() of a stylesheet. */
export function extractCssReferences(css: string): Reference[] {
  const lineAt = lineFinder(css);
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => ({
    via: "url()",
    value: m[1] ?? m[2] ?? m[3] ?? "",
    line: lineAt(m.index),
  }));
}

/** Every <loc> of a sitemap and every href of a feed: absolute URLs that must exist on the site. */
export function extractXmlReferences(xml: string): Reference[] {
  const lineAt = lineFinder(xml);
  const refs: Reference[] = [];
  let inLoc: { text: string; line: number } | undefined;
  const parser: Parser = new Parser(
    {
      onopentag: (name, attrs) => {
        if (name === "loc") inLoc = { text: "", line: lineAt(parser.startIndex) };
        if (attrs["href"] !== undefined) refs.push({ via: "href", value: attrs["href"], line: lineAt(parser.startIndex) });
      },
      ontext: (text) => {
        if (inLoc) inLoc.text += text;
      },
      onclosetag: (name) => {
        if (name === "loc" && inLoc) refs.push({ via: "loc", value: inLoc.text.trim(), line: inLoc.line });
        if (name === "loc") inLoc = undefined;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return refs;
}

/** Every id (and a name) an HTML document defines: the fragments a link to it may target. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  eachTag(html, (_name, attrs) => {
    for (const key of ["id", "name"]) if (attrs[key] !== undefined) ids.add(attrs[key]);
  });
  return ids;
}

/**
 * Where an internal reference points, as a path relative to the site root plus its fragment;
 * null for external references (other origins, mailto:, tel:, data:, javascript:).
 * `fromUrl` is the public URL of the referring file, `siteOrigin` the canonical origin.
 */
export function resolveReference(value: string, fromUrl: string, siteOrigin: string): { path: string; fragment: string } | null {
  if (value === "" || /^(mailto|tel|data|javascript|blob|about):/i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, new URL(fromUrl, siteOrigin));
  } catch {
    return { path: value, fragment: "" };
  }
  if (url.origin !== new URL(siteOrigin).origin) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  return { path, fragment: url.hash.slice(1) };
}

/** The file a URL path is served from by a plain static host, or null when none exists. */
export function fileForPath(root: string, path: string): string | null {
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return path.replace(/^\//, "");
  const index = join(candidate, "index.html");
  if (existsSync(index)) return join(path, "index.html").replace(/^\//, "");
  return null;
}

/** Checks every HTML, CSS and XML (sitemap, feed) file under `root`; returns every broken reference. */
export function checkSiteLinks(root: string, siteOrigin: string): LinkProblem[] {
  const files = siteFiles(root);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) idsCache.set(file, (ids = extractIds(readFileSync(join(root, file), "utf8"))));
    return ids;
  };
  const problems: LinkProblem[] = [];
  for (const file of files) {
    const extract = file.endsWith(".html")
      ? extractHtmlReferences
      : file.endsWith(".css")
        ? extractCssReferences
        : file.endsWith(".xml")
          ? extractXmlReferences
          : null;
    if (!extract) continue;
    const text = readFileSync(join(root, file), "utf8");
    const fromUrl = file.endsWith(".html") ? urlPathOf(file) : `/${file}`;
    const refs = extract(text);
    for (const ref of refs) {
      const target = resolveReference(ref.value, fromUrl, siteOrigin);
      if (!target) continue;
      const found = fileForPath(root, target.path);
      if (!found) {
        problems.push({ file, ...ref, reason: `không có tệp nào ở ${target.path}` });
      } else if (target.fragment && found.endsWith(".html") && !idsOf(found).has(target.fragment)) {
        problems.push({ file, ...ref, reason: `trang ${target.path} không có phần tử id="${target.fragment}"` });
      }
    }
  }
  return problems;
}

/** The problems as lines a person can act on: file:line, the reference, and why it fails. */
export function formatLinkProblems(problems: readonly LinkProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line} ${p.via}="${p.value}" — ${p.reason}`).join("\n");
}
