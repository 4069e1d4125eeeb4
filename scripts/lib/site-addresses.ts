/**
 * The addresses the site will have, known before it is built: for `npm run check` to refuse a link
 * in a model's text to an internal page that will not exist (/mo-hinh/khong-co/), and an image
 * whose file is missing, at the editor's line. Built from the same functions the pages use
 * (src/lib/site/public-urls.ts, src/lib/models/model-facets.ts) over the checked entries, plus every address already
 * published (urls.manifest.txt: those never disappear) and the files of public/.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { paths } from "../../src/lib/site/public-urls.ts";
import { facetPages, type FacetModel } from "../../src/lib/models/model-facets.ts";
import { MODEL_FACETS } from "../../src/lib/browser/filter-selection.ts";
import type { ValidEntry } from "./validate.ts";
import { makeVisible } from "../../src/lib/content/hidden-characters.ts";

/** Addresses of the published-URL manifest (one per line, `#` comments), or none without the file. */
function manifestAddresses(root: string): string[] {
  const file = join(root, "urls.manifest.txt");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("/"));
}

/**
 * Every internal address of the site for these entries: page addresses end in "/", files
 * (downloads, share images) have their extension. `entries` are the valid ones of the check.
 */
export function siteAddresses(entries: readonly ValidEntry[], root: string): Set<string> {
  const known = new Set(manifestAddresses(root));
  for (const make of Object.values(paths)) if (make.length === 0) known.add((make as () => string)());
  const of = (collection: ValidEntry["collection"]) => entries.filter((e) => e.collection === collection);
  for (const model of of("models")) {
    const aliases = Array.isArray(model.data["aliases"]) ? (model.data["aliases"] as string[]) : [];
    for (const id of [model.id, ...aliases]) {
      known.add(paths.model(id));
      known.add(paths.modelOgImage(id));
    }
  }
  for (const facet of MODEL_FACETS) known.add(paths.modelFacetIndex(facet));
  for (const { value } of facetPages(of("models") as unknown as FacetModel[])) known.add(value.href);
  for (const document of of("documents")) known.add(paths.document(document.id));
  for (const group of of("statistics")) {
    known.add(paths.embed(group.id));
    if (typeof group.data["theme"] === "string") known.add(paths.theme(group.data["theme"]));
    for (const format of ["csv", "json", "xlsx"] as const) known.add(paths.chartDownload(group.id, format));
  }
  for (const entry of of("commendations")) {
    if (entry.data["kind"] === "tally") known.add(paths.embed(entry.id));
    if (entry.data["kind"] === "recipients") known.add(paths.recipientList(entry.id));
  }
  return known;
}

/** Whether `url` (path only) is a file of public/, which the site serves as it is. */
export function isPublicFile(url: string, root: string): boolean {
  const path = join(root, "public", decodeURIComponent(url));
  return existsSync(path) && statSync(path).isFile();
}

/** The path of an internal link without its #fragment and ?query; undefined for external links, mailto: and #fragments. */
export function internalPath(url: string): string | undefined {
  if (!url.startsWith("/") || url.startsWith("//")) return undefined;
  return url.replace(/[?#].*$/, "") || "/";
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The known address nearest to `path` (same first segment preferred), for "có phải ý bạn là …". */
export function nearestAddress(path: string, known: ReadonlySet<string>): string | undefined {
  const section = path.split("/")[1];
  const same = [...known].filter((k) => k.split("/")[1] === section);
  let best: { address: string; d: number } | undefined;
  for (const address of same.length > 0 ? same : known) {
    const d = distance(path, address);
    if (!best || d < best.d) best = { address, d };
  }
  return best?.address;
}

/** Schemes a reader's browser opens from a link in a model's text. */
const SCHEMES = new Set(["http", "https", "mailto", "tel"]);

/** What is wrong with a link of a model's text, in the check's found/expected words. */
export interface LinkSlip {
  found: string;
  expected: string;
}

/**
 * The slip in one link `url` of a model's body, or undefined for a link that works: an external
 * link with a scheme browsers open (https:, http:, mailto:, tel:), a same-page #fragment, or an
 * internal address the site will have (`known()`, or a public/ file by `isFile`). Refused, with
 * the address to write: a mistyped scheme (htps://…), a relative link (truong-hoc.mdx,
 * content/models/x.mdx, www.…), which the browser resolves against the page and so lands on
 * nothing, an internal page address without its final "/" (the site is built with trailingSlash
 * "always", so /so-lieu/mo-hinh has no page), and an address the site will not have.
 * Fragments (#id) of other pages are not checked.
 */
export function linkSlip(url: string, known: () => ReadonlySet<string>, isFile: (path: string) => boolean): LinkSlip | undefined {
  const shown = makeVisible(url);
  if (url === "" || url.startsWith("#") || url.startsWith("//")) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme !== undefined) {
    if (SCHEMES.has(scheme.toLowerCase())) return undefined;
    const rest = url.slice(scheme.length + 1).replace(/^\/*/, "");
    return {
      found: `liên kết “${shown}”: “${makeVisible(scheme)}:” không phải kiểu địa chỉ trang web`,
      expected: `liên kết ra ngoài bắt đầu bằng https:// (thư điện tử mailto:, điện thoại tel:): có phải ý bạn là https://${makeVisible(rest)}?`,
    };
  }
  const path = internalPath(url);
  if (path === undefined) {
    // Relative: a file name of content/ or a web address without https://.
    if (/^www\./i.test(url))
      return {
        found: `liên kết “${shown}” thiếu https:// ở đầu`,
        expected: `liên kết ra ngoài bắt đầu bằng https://: viết https://${shown}`,
      };
    const slug = (
      url
        .replace(/[?#].*$/, "")
        .split("/")
        .pop() ?? ""
    ).replace(/\.[a-z]+$/i, "");
    const addresses = known();
    const near = [...addresses].find((a) => a.endsWith(`/${slug}/`)) ?? nearestAddress(`/mo-hinh/${slug}/`, addresses);
    return {
      found: `liên kết “${shown}” không phải địa chỉ trên trang web (tên tệp hoặc đường dẫn tương đối)`,
      expected: `liên kết trong trang bắt đầu bằng /, ví dụ /mo-hinh/<tên tệp>/, /van-ban/<tên tệp>/${near ? `: có phải ý bạn là ${near}?` : ""}`,
    };
  }
  const addresses = known();
  if (addresses.has(path) || isFile(path)) return undefined;
  if (!path.endsWith("/") && addresses.has(`${path}/`)) {
    const fixed = `${path}/${url.slice(path.length)}`;
    return {
      found: `liên kết tới ${makeVisible(path)}, thiếu dấu / ở cuối`,
      expected: `địa chỉ trang trên trang web luôn kết thúc bằng dấu /: viết ${makeVisible(fixed)}`,
    };
  }
  const near = nearestAddress(path, addresses);
  return {
    found: `liên kết tới ${makeVisible(path)}, địa chỉ không có trên trang web`,
    expected: `địa chỉ của một trang có thật${near ? `: có phải ý bạn là ${near}?` : ""} Địa chỉ mô hình là /mo-hinh/<tên tệp>/, văn bản /van-ban/<tên tệp>/`,
  };
}
