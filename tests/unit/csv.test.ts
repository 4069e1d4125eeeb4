import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../src/lib/csv.ts";

describe("csvField (RFC 4180 quoting)", () => {
  it.each([
    ["Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh"],
    ["Công an các đơn vị, địa phương", '"Công an các đơn vị, địa phương"'],
    ["Văn bản ghi “07 mô hình kiên kết”.", "Văn bản ghi “07 mô hình kiên kết”."],
    ['Tỉnh đoàn, "khối trường"', '"Tỉnh đoàn, ""khối trường"""'],
    ["dòng một\ndòng hai", '"dòng một\ndòng hai"'],
    [137226, "137226"],
    [3843.93, "3843.93"],
    [undefined, ""],
    [null, ""],
  ])("%j → %s", (value, text) => {
    expect(csvField(value)).toBe(text);
  });
});

describe("toCsv", () => {
  const csv = toCsv(["Đơn vị báo cáo", "Số liệu"], [["Sở Giáo dục và Đào tạo", 1279], ["Ban Chỉ đạo các huyện, thành phố", 223640]]);
  it("starts with a UTF-8 BOM so Excel reads Vietnamese letters", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
  it("ends every record with CRLF", () => {
    expect(csv.slice(1)).toBe('Đơn vị báo cáo,Số liệu\r\nSở Giáo dục và Đào tạo,1279\r\n"Ban Chỉ đạo các huyện, thành phố",223640\r\n');
  });
});
