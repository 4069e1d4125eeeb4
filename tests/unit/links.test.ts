import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import {
  checkSiteLinks,
  extractCssReferences,
  extractHtmlReferences,
  extractIds,
  extractXmlReferences,
  formatLinkProblems,
  resolveReference,
} from "../../scripts/lib/quality/links.ts";

const ORIGIN = "https://hu-cau.example";

describe.each([
  ['<a href="/mo-hinh/">Mô hình</a>', [["href", "/mo-hinh/"]]],
  ['<a href="/mo-hinh/?loai=truong-hoc&amp;huyen=viet-yen">lọc</a>', [["href", "/mo-hinh/?loai=truong-hoc&huyen=viet-yen"]]],
  [
    '<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt="Trường THPT Ngô Sỹ Liên">',
    [
      ["src", "/a.png"],
      ["srcset", "/a.png"],
      ["srcset", "/a@2x.png"],
    ],
  ],
  ['<meta http-equiv="refresh" content="0; url=/mo-hinh/ten-moi/">', [["refresh", "/mo-hinh/ten-moi/"]]],
  ['<meta property="og:image" content="https://hu-cau.example/og/mo-hinh/a.png">', [["meta", "https://hu-cau.example/og/mo-hinh/a.png"]]],
  ['<form action="/tim-kiem/"><input name="q"></form>', [["action", "/tim-kiem/"]]],
  ['<!-- <a href="/cu/">cũ</a> --><script>x = "<a href=\'/js/\'>"</script>', []],
  ['<script type="module" src="/_astro/bieu-do.js"></script>', [["src", "/_astro/bieu-do.js"]]],
  // Any entity HTML defines is decoded, not only the seven the old decoder knew.
  ['<a href="/t&igrave;m-ki&#x1EBF;m/?q=an&nbsp;ninh">tìm</a>', [["href", "/tìm-kiếm/?q=an\u00a0ninh"]]],
])("extractHtmlReferences(%s)", (html, expected) => {
  it("finds every reference a reader's browser would follow", () => {
    expect(extractHtmlReferences(html).map((r) => [r.via, r.value])).toEqual(expected);
  });
});

describe("extractXmlReferences and extractIds", () => {
  it("finds sitemap locations and feed links with their lines, entities decoded", () => {
    const xml =
      '<?xml version="1.0"?>\n<urlset>\n<url><loc>https://hu-cau.example/a/?b=1&amp;c=2</loc></url>\n<atom:link href="https://hu-cau.example/rss.xml"/></urlset>';
    expect(extractXmlReferences(xml).map((r) => [r.via, r.value, r.line])).toEqual([
      ["loc", "https://hu-cau.example/a/?b=1&c=2", 3],
      ["href", "https://hu-cau.example/rss.xml", 4],
    ]);
  });
  it("collects ids and names, decoded, and none from comments", () => {
    expect([...extractIds('<h2 id="so-lieu-&amp;-bieu-do">x</h2><!-- <p id="cu"> --><a name="dau-trang"></a>')]).toEqual([
      "so-lieu-&-bieu-do",
      "dau-trang",
    ]);
  });
});

describe("extractCssReferences", () => {
  it("finds quoted and unquoted url() with their lines", () => {
    const css = '@font-face{src:url(/_astro/noto-sans.woff2)}\n.a{background:url("./nen.svg")}';
    expect(extractCssReferences(css).map((r) => [r.value, r.line])).toEqual([
      ["/_astro/noto-sans.woff2", 1],
      ["./nen.svg", 2],
    ]);
  });
});

describe.each([
  ["/van-ban/bao-cao/", "/", { path: "/van-ban/bao-cao/", fragment: "" }],
  ["../", "/mo-hinh/a/", { path: "/mo-hinh/", fragment: "" }],
  ["#noi-dung", "/mo-hinh/a/", { path: "/mo-hinh/a/", fragment: "noi-dung" }],
  ["/t%C3%ACm/", "/", { path: "/tìm/", fragment: "" }],
  [`${ORIGIN}/mo-hinh/a/`, "/", { path: "/mo-hinh/a/", fragment: "" }],
  ["https://bocongan.gov.vn/", "/", null],
  ["mailto:bcd@hu-cau.example", "/", null],
  ["data:image/png;base64,AAAA", "/", null],
])("resolveReference(%s from %s)", (value, from, expected) => {
  it("resolves internal references and skips external ones", () => {
    expect(resolveReference(value, from, ORIGIN)).toEqual(expected);
  });
});

describe("checkSiteLinks on the deliberately broken fixture site", () => {
  it("reports each broken reference with file, line and reason, and nothing that works", () => {
    const problems = checkSiteLinks(resolve("tests/fixtures/broken-pages/links"), ORIGIN);
    expect(problems.map((p) => [p.file, p.via, p.value])).toEqual([
      ["_astro/kieu.css", "url()", "./mat.woff2"],
      ["index.html", "href", "https://hu-cau.example/mat-trang/"],
      ["index.html", "href", "/khong-co/"],
      ["index.html", "href", "/dich/#khong-co"],
      ["index.html", "srcset", "/anh/mat.png"],
      ["sitemap.xml", "loc", "https://hu-cau.example/da-xoa/"],
    ]);
    const report = formatLinkProblems(problems);
    expect(report).toContain('index.html:15 href="/khong-co/" — không có tệp nào ở /khong-co/');
    expect(report).toContain('trang /dich/ không có phần tử id="khong-co"');
  });
});
