import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildHeadersFile } from "../../scripts/lib/host-headers.ts";
import { commonHeaders, frameHeaders, headerPolicy, metaDirectives } from "../../src/config/security.ts";

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
  const file = rules(buildHeadersFile({ folders: ["_astro", "du-lieu", "mo-hinh", "nhung", "pagefind", "van-ban"], rootPages: ["404.html"] }));
  it("sends HSTS, nosniff, Referrer-Policy and Permissions-Policy everywhere", () => {
    expect(file.get("/*")).toEqual(Object.entries(commonHeaders).map(([k, v]) => `${k}: ${v}`));
    expect(commonHeaders["Strict-Transport-Security"]).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(commonHeaders["Strict-Transport-Security"]!)![1])).toBeGreaterThanOrEqual(183 * 24 * 3600);
  });
  it.each(["/", "/404.html", "/du-lieu/*", "/mo-hinh/*", "/van-ban/*"])("forbids framing of %s", (path) => {
    expect(file.get(path)).toEqual(["Content-Security-Policy: frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'", "X-Frame-Options: DENY"]);
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
