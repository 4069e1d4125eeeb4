import { describe, expect, it } from "vitest";
import { pageCardImage, pageCardKey, pageCards, sharedCardPath } from "../../src/lib/share-cards/page-cards.ts";

const words = Object.fromEntries(
  [
    "home",
    "statistics",
    "theme",
    "chart",
    "targets",
    "targetsTitle",
    "commendations",
    "commendationsTitle",
    "rulesTitle",
    "list",
    "documents",
    "documentsTitle",
    "models",
    "modelsTitle",
    "data",
    "dataTitle",
    "search",
    "searchTitle",
    "glossary",
    "glossaryTitle",
    "statisticsTitle",
    "assessments",
    "assessmentsTitle",
    "directions",
    "directionsTitle",
    "responsibilities",
    "responsibilitiesTitle",
    "timeline",
    "timelineTitle",
  ].map((k) => [k, `«${k}»`]),
) as unknown as Parameters<typeof pageCards>[1];
const content = {
  siteName: "Trang hư cấu",
  themes: [{ theme: "tuyen-truyen", title: "Tuyên truyền", period: "2014–2019" }],
  charts: [{ id: "bieu-do-hu-cau", title: "Biểu đồ hư cấu", period: "2019" }],
  documents: [{ id: "van-ban-hu-cau", shortTitle: "Văn bản hư cấu", kind: "Báo cáo", date: "9/2019" }],
  lists: [{ id: "danh-sach-hu-cau", title: "Danh sách hư cấu", decision: "Quyết định 1" }],
  targetCount: 21,
};

describe("page cards", () => {
  const cards = pageCards(content, { ...words, targetsPlace: "{count} chỉ tiêu" });

  it("gives every page kind its own card: home, theme, chart embed, targets, commendations, list, document, search", () => {
    const paths = cards.map((c) => c.path);
    for (const path of [
      "/",
      "/so-lieu/tuyen-truyen/",
      "/nhung/bieu-do-hu-cau/",
      "/muc-tieu/",
      "/khen-thuong/",
      "/khen-thuong/tieu-chuan/",
      "/khen-thuong/danh-sach/danh-sach-hu-cau/",
      "/van-ban/van-ban-hu-cau/",
      "/tim-kiem/",
      "/tu-viet-tat/",
    ]) {
      expect(paths).toContain(path);
    }
    expect(new Set(cards.map((c) => pageCardKey(c.path))).size).toBe(cards.length);
    expect(cards.find((c) => c.path === "/muc-tieu/")!.input.place).toBe("21 chỉ tiêu");
    expect(cards.find((c) => c.path === "/nhung/bieu-do-hu-cau/")!.input).toEqual({
      name: "Biểu đồ hư cấu",
      kind: "«chart»",
      place: "2019",
    });
  });

  it("every page with a card shares its own, views of another page share that page's, profiles none", () => {
    for (const card of cards) expect(sharedCardPath(card.path)).toBe(card.path);
    expect(sharedCardPath("/mo-hinh/huyen/viet-yen/")).toBe("/mo-hinh/");
    expect(sharedCardPath("/trach-nhiem/co-quan/so-y-te/")).toBe("/trach-nhiem/");
    expect(sharedCardPath("/trach-nhiem/han/nam-2024/")).toBe("/trach-nhiem/");
    expect(sharedCardPath("/khen-thuong/danh-sach/danh-sach-hu-cau/trang-3/")).toBe("/khen-thuong/danh-sach/danh-sach-hu-cau/");
    expect(sharedCardPath("/mo-hinh/truong-hoc-an-toan-thpt-luc-nam/")).toBeNull();
  });

  it("cards live at /og/trang/<path as a slug>.png", () => {
    expect(pageCardImage("/")).toBe("/og/trang/trang-chu.png");
    expect(pageCardImage("/so-lieu/tuyen-truyen/")).toBe("/og/trang/so-lieu-tuyen-truyen.png");
  });
});
