import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildHeadersFile } from "../../scripts/lib/host-headers.ts";
import { paths } from "../../src/lib/site/public-urls.ts";
import {
  commonHeaders,
  contentDisposition,
  contentType,
  embedSegment,
  fileTypes,
  frameHeaders,
  headerPolicy,
  metaDirectives,
  type FileKind,
} from "../../src/config/security.ts";

/** Header rules of a _headers file: path → header lines. */
function rules(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("/")) map.set(line, (current = []));
    else if (line.startsWith("  ") && current) current.push(line.trim());
  }
  return map;
}

/** add_header lines of an nginx snippet: name → value. */
function nginxHeaders(file: string): Record<string, string> {
  const text = readFileSync(`deploy/nginx/antq/${file}`, "utf8");
  return Object.fromEntries([...text.matchAll(/^add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]));
}

describe("dist/_headers", () => {
  const file = rules(
    buildHeadersFile({ folders: ["_astro", "du-lieu", "mo-hinh", "nhung", "pagefind", "van-ban"], rootPages: ["404.html"] }),
  );
  it("sends HSTS, nosniff, Referrer-Policy and Permissions-Policy everywhere", () => {
    expect(file.get("/*")).toEqual(Object.entries(commonHeaders).map(([k, v]) => `${k}: ${v}`));
    expect(commonHeaders["Strict-Transport-Security"]).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(commonHeaders["Strict-Transport-Security"]!)![1])).toBeGreaterThanOrEqual(183 * 24 * 3600);
  });
  it.each(["/", "/404.html", "/du-lieu/*", "/mo-hinh/*", "/van-ban/*"])("forbids framing of %s", (path) => {
    expect(file.get(path)).toEqual([
      "Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
      "X-Frame-Options: DENY",
    ]);
  });
  it("lets any site frame the chart embeds", () => {
    expect(file.get("/nhung/*")).toEqual([`Content-Security-Policy: ${headerPolicy(true)}`]);
  });
  it("caches fingerprinted files for a year, and never matches a page folder by two frame rules", () => {
    expect(file.get("/_astro/*")).toEqual(["Cache-Control: public, max-age=31536000, immutable"]);
    const frameRules = [...file].filter(([, lines]) => lines.some((l) => l.startsWith("Content-Security-Policy")));
    expect(frameRules.map(([path]) => path)).not.toContain("/*");
  });
});

describe("deploy/nginx", () => {
  it.each([
    ["common-headers.conf", commonHeaders],
    ["frame-deny.conf", frameHeaders(false)],
    ["frame-any.conf", frameHeaders(true)],
  ])("%s repeats src/config/security.ts exactly", (file, expected) => {
    expect(nginxHeaders(file)).toEqual(expected);
  });
});

describe("CSP <meta> directives", () => {
  it("allow no inline script and no third-party origin", () => {
    const all = metaDirectives.join("; ");
    expect(all).not.toMatch(/unsafe-inline|unsafe-eval'|https?:|\*/);
    expect(metaDirectives).toContain("default-src 'self'");
  });
});

describe("nginx's path locations follow the one URL table", () => {
  const conf = readFileSync("deploy/nginx/antq/site.conf", "utf8");
  it("frames exactly the embed pages paths.embed builds, under the folder security.ts names", () => {
    const framed = [...conf.matchAll(/location \^~ (\S+) \{[^}]*frame-any\.conf/g)].map((m) => m[1]);
    expect(framed).toEqual([`/${embedSegment}/`]);
    expect(paths.embed("bieu-do-hu-cau").startsWith(`/${embedSegment}/`)).toBe(true);
  });
});

describe("content types of published files (src/config/security.ts fileTypes)", () => {
  const conf = readFileSync("deploy/nginx/antq/site.conf", "utf8");
  /** Each nginx location that has a types { } block: its extension → type map and its Content-Disposition. */
  const locations = [...conf.matchAll(/location ([^{]+)\{\s*types \{([^}]*)\}([\s\S]*?)\n\}/g)].map((m) => ({
    types: Object.fromEntries([...m[2]!.matchAll(/^\s*(\S+) (\w+);$/gm)].map((t) => [t[2], t[1]])),
    disposition: /add_header Content-Disposition '([^']*)' always;/.exec(m[3]!)?.[1],
  }));
  it("nginx types every kind exactly as the table does, downloads with their file name", () => {
    const typed = Object.assign({}, ...locations.map((l) => l.types));
    expect(typed).toEqual(Object.fromEntries(Object.entries(fileTypes).map(([ext, f]) => [ext, f.type])));
    for (const location of locations) {
      const kinds = Object.keys(location.types) as FileKind[];
      expect(new Set(kinds.map((k) => fileTypes[k].download)).size, kinds.join()).toBe(1);
      expect(location.disposition, kinds.join()).toBe(fileTypes[kinds[0]!].download ? 'attachment; filename="$download_name"' : undefined);
    }
    for (const [, type] of Object.entries(fileTypes).filter(([, f]) => f.text))
      expect(conf).toMatch(new RegExp(`charset_types[^;]*\\b${type.type.replace("/", "\\/")}\\b`));
  });
  it("text kinds carry charset=utf-8, downloads a Content-Disposition with their name", () => {
    expect(contentType("csv")).toBe("text/csv; charset=utf-8");
    expect(contentType("xlsx")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(contentDisposition("ho-so-tinh-2020.xlsx")).toBe('attachment; filename="ho-so-tinh-2020.xlsx"');
    expect(contentDisposition("so-lieu.json")).toBeUndefined();
  });
  it("_headers types every folder's files, one rule per top-level folder and kind", () => {
    const file = rules(
      buildHeadersFile({
        folders: ["du-lieu", "khen-thuong", "so-lieu"],
        rootPages: [],
        files: [
          "du-lieu/mo-hinh.csv",
          "du-lieu/mo-hinh.xlsx",
          "du-lieu/mo-hinh.json",
          "so-lieu/tai-ve/kiem-tra.csv",
          "khen-thuong/so-lieu/khen-thuong-2014-2019.csv",
          "khen-thuong/danh-sach/a/bo-loc.json",
          "rss.xml",
          "_astro/x.png",
        ],
      }),
    );
    expect(file.get("/du-lieu/*.csv")).toEqual(["Content-Type: text/csv; charset=utf-8", "Content-Disposition: attachment"]);
    expect(file.get("/du-lieu/*.xlsx")).toEqual([`Content-Type: ${fileTypes.xlsx.type}`, "Content-Disposition: attachment"]);
    expect(file.get("/du-lieu/*.json")).toEqual(["Content-Type: application/json; charset=utf-8"]);
    expect(file.get("/so-lieu/*.csv")).toBeDefined();
    expect(file.get("/khen-thuong/*.csv")).toBeDefined();
    expect(file.get("/khen-thuong/*.json")).toBeDefined();
    expect(file.get("/rss.xml")).toEqual(["Content-Type: application/xml; charset=utf-8"]);
    expect([...file.keys()].some((k) => k.startsWith("/_astro/") && k.endsWith(".png"))).toBe(false);
  });
});
