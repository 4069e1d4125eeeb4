import { describe, expect, it } from "vitest";
import { pageKind, representativePages, urlPathOf } from "../../scripts/lib/quality/site-files.ts";

describe.each([
  ["index.html", "/", "/"],
  ["404.html", "/404.html", "/404.html"],
  ["mo-hinh/index.html", "/mo-hinh/", "/mo-hinh/"],
  ["mo-hinh/truong-hoc-an-toan-truong-thpt-ngo-sy-lien/index.html", "/mo-hinh/truong-hoc-an-toan-truong-thpt-ngo-sy-lien/", "/mo-hinh/*/"],
  ["mo-hinh/loai/truong-hoc-an-toan/index.html", "/mo-hinh/loai/truong-hoc-an-toan/", "/mo-hinh/loai/*/"],
  ["mo-hinh/huyen/viet-yen/index.html", "/mo-hinh/huyen/viet-yen/", "/mo-hinh/huyen/*/"],
  ["van-ban/bao-cao-so-ket-5-nam-chi-thi-07-2019/index.html", "/van-ban/bao-cao-so-ket-5-nam-chi-thi-07-2019/", "/van-ban/*/"],
  ["so-lieu/tuyen-truyen/index.html", "/so-lieu/tuyen-truyen/", "/so-lieu/*/"],
  ["nhung/tuyen-truyen-so-nganh/index.html", "/nhung/tuyen-truyen-so-nganh/", "/nhung/*/"],
  ["khen-thuong/tieu-chuan/index.html", "/khen-thuong/tieu-chuan/", "/khen-thuong/*/"],
  ["khen-thuong/danh-sach/bang-khen-2024/index.html", "/khen-thuong/danh-sach/bang-khen-2024/", "/khen-thuong/danh-sach/*/"],
  [
    "khen-thuong/danh-sach/bang-khen-2024/trang-3/index.html",
    "/khen-thuong/danh-sach/bang-khen-2024/trang-3/",
    "/khen-thuong/danh-sach/*/*/",
  ],
])("%s", (file, url, kind) => {
  it(`is served at ${url}, kind ${kind}`, () => {
    expect(urlPathOf(file)).toBe(url);
    expect(pageKind(url)).toBe(kind);
  });
});

describe("representativePages", () => {
  it("keeps one page per kind, the largest, so every template is checked once", () => {
    const picked = representativePages([
      { file: "index.html", url: "/", bytes: 9000 },
      { file: "mo-hinh/a/index.html", url: "/mo-hinh/a/", bytes: 4000 },
      { file: "mo-hinh/b/index.html", url: "/mo-hinh/b/", bytes: 7000 },
      { file: "mo-hinh/index.html", url: "/mo-hinh/", bytes: 3000 },
      { file: "van-ban/c/index.html", url: "/van-ban/c/", bytes: 5000 },
      { file: "van-ban/d/index.html", url: "/van-ban/d/", bytes: 5000 },
    ]);
    expect(Object.fromEntries([...picked].map(([kind, page]) => [kind, page.url]))).toEqual({
      "/": "/",
      "/mo-hinh/": "/mo-hinh/",
      "/mo-hinh/*/": "/mo-hinh/b/",
      "/van-ban/*/": "/van-ban/c/",
    });
  });
});
