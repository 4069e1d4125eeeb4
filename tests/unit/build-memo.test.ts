import { describe, expect, it } from "vitest";
import { buildMemo, servedTexts } from "../../src/lib/build/build-memo.ts";

describe("buildMemo", () => {
  it("in a build, works out each key once and hands every route the same value", () => {
    const once = buildMemo(true);
    let runs = 0;
    const rows = () => once("rows", () => ({ run: ++runs }));
    expect(rows()).toBe(rows());
    expect(runs).toBe(1);
    expect(once("other", () => "x")).toBe("x");
  });
  it("shares one promise between routes that ask at the same time", async () => {
    const once = buildMemo(true);
    let runs = 0;
    const load = () => once("lists", async () => ++runs);
    expect(await Promise.all([load(), load()])).toEqual([1, 1]);
  });
  it("in the live preview, recomputes every time so an edit shows at once", () => {
    const once = buildMemo(false);
    let value = "trước";
    const read = () => once("rows", () => value);
    expect(read()).toBe("trước");
    value = "sau khi sửa";
    expect(read()).toBe("sau khi sửa");
  });
});

describe("servedTexts", () => {
  it("makes a download once whether its size or its file is asked first, and lets the text go once served", () => {
    const texts = servedTexts(true);
    let made = 0;
    const make = () => `Năm;Tên\r\n${++made}`;
    const size = texts.size("khen-thuong.csv", make);
    expect(size).toBe(Buffer.byteLength("Năm;Tên\r\n1", "utf8"));
    expect(texts.take("khen-thuong.csv", make)).toBe("Năm;Tên\r\n1");
    expect(texts.size("khen-thuong.csv", make)).toBe(size);
    expect(made).toBe(1);
    // Served once: a second request (none in a build) makes it again rather than keeping megabytes.
    expect(texts.take("khen-thuong.csv", make)).toBe("Năm;Tên\r\n2");
  });
  it("counts UTF-8 bytes, as the file is written (Vietnamese letters take two or three)", () => {
    expect(servedTexts(true).size("a", () => "Đề án")).toBe(new TextEncoder().encode("Đề án").length);
  });
  it("in the live preview, makes the text on every call", () => {
    const texts = servedTexts(false);
    let made = 0;
    texts.size("a", () => String(++made));
    expect(texts.take("a", () => String(++made))).toBe("2");
  });
});
