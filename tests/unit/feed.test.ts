import { beforeAll, describe, expect, it } from "vitest";
import { buildRobots, buildRss, buildSitemap, feedDate, sortFeedItems, type FeedItem } from "../../src/lib/site/xml-writers.ts";
import { feedItems } from "../../src/lib/site/rss-entries.ts";
import { t } from "../../src/i18n/vi.ts";
import type { DocumentData } from "../../src/schemas/document.ts";
import type { ModelData } from "../../src/schemas/model.ts";

describe.each([
  ["2014-08-15", "Thu, 14 Aug 2014 17:00:00 GMT"],
  ["2019-09", "Sat, 31 Aug 2019 17:00:00 GMT"],
  ["2020", "Tue, 31 Dec 2019 17:00:00 GMT"],
  ["2024-02-29", "Wed, 28 Feb 2024 17:00:00 GMT"],
])("feedDate(%s): midnight in Vietnam", (date, expected) => {
  it(`is ${expected}`, () => expect(feedDate(date).toUTCString()).toBe(expected));
});

const item = (path: string, date: string): FeedItem => ({ title: path, path, description: "", date, category: "" });

describe("sortFeedItems", () => {
  it("puts the newest first whatever the precision, and orders equal dates by path", () => {
    const sorted = sortFeedItems([
      item("/a/", "2019-09"),
      item("/c/", "2024-03"),
      item("/b/", "2024-03"),
      item("/d/", "2024-03-15"),
      item("/e/", "2020"),
    ]);
    expect(sorted.map((i) => i.path)).toEqual(["/d/", "/b/", "/c/", "/e/", "/a/"]);
  });
});

describe("buildRss", () => {
  let rss = "";
  beforeAll(async () => {
    rss = await buildRss(
      { title: "Kết quả phong trào", description: "Tin mới & cũ", baseUrl: "https://antq.example", feedPath: "/rss.xml", language: "vi" },
      [
        { ...item("/van-ban/bao-cao-so-ket/", "2019-09"), title: 'Báo cáo "sơ kết" <5 năm> & Đề án' },
        item("/mo-hinh/truong-thpt-ngo-sy-lien/", "2026-11-20"),
      ],
    );
  });
  it("links every item by absolute URL, newest first", () => {
    expect(rss.indexOf("https://antq.example/mo-hinh/truong-thpt-ngo-sy-lien/")).toBeLessThan(
      rss.indexOf("https://antq.example/van-ban/bao-cao-so-ket/"),
    );
    expect(rss).toContain('<guid isPermaLink="true">https://antq.example/mo-hinh/truong-thpt-ngo-sy-lien/</guid>');
  });
  it("dates the channel by its newest item, not by the build", () => {
    expect(rss).toContain("<lastBuildDate>Thu, 19 Nov 2026 17:00:00 GMT</lastBuildDate>");
  });
  it("escapes text so the feed stays well-formed, and names itself and its language", () => {
    expect(rss).toContain("Báo cáo &quot;sơ kết&quot; &lt;5 năm&gt; &amp; Đề án");
    expect(rss).toContain("Tin mới &amp; cũ");
    expect(rss).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)/);
    expect(rss).toContain('<atom:link href="https://antq.example/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(rss).toContain("<language>vi</language>");
  });
});

describe("feedItems", () => {
  const doc = {
    id: "bao-cao-so-ket-5-nam",
    data: { shortTitle: "Báo cáo sơ kết 05 năm", summary: "Tóm tắt", date: "2019-09" } as DocumentData,
  };
  const model = {
    id: "truong-thpt-ngo-sy-lien",
    data: {
      name: "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên",
      summary: "Mô hình",
      updated: "2026-11-20",
      kind: "truong-hoc-an-toan",
    } as ModelData,
  };
  it("dates documents by issue and models by their last change, with readable categories", () => {
    expect(feedItems([doc], [model], t)).toEqual([
      {
        title: "Báo cáo sơ kết 05 năm",
        path: "/van-ban/bao-cao-so-ket-5-nam/",
        description: "Thời gian ban hành: 9/2019. Tóm tắt",
        date: "2019-09",
        category: "Văn bản nguồn",
      },
      {
        title: model.data.name,
        path: "/mo-hinh/truong-thpt-ngo-sy-lien/",
        description: "Mô hình",
        date: "2026-11-20",
        category: "Trường học an toàn về ANTT",
      },
    ]);
  });
});

describe("buildSitemap and buildRobots", () => {
  it("lists each page once, sorted, as canonical absolute URLs", () => {
    const xml = buildSitemap("https://antq.example", ["/van-ban/", "/", "/van-ban/"]);
    expect(xml.match(/<loc>[^<]+<\/loc>/g)).toEqual(["<loc>https://antq.example/</loc>", "<loc>https://antq.example/van-ban/</loc>"]);
  });
  it("points robots to the sitemap", () => {
    expect(buildRobots("https://antq.example", "/sitemap.xml")).toContain("Sitemap: https://antq.example/sitemap.xml");
  });
});
