import { describe, expect, it } from "vitest";
import { csvByteLength, csvField, parseCsv, toCsv, unprotect } from "../../src/lib/downloads/csv.ts";

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
  const csv = toCsv(
    ["Đơn vị báo cáo", "Số liệu"],
    [
      ["Sở Giáo dục và Đào tạo", 1279],
      ["Ban Chỉ đạo các huyện, thành phố", 223640],
    ],
  );
  it("starts with a UTF-8 BOM so Excel reads Vietnamese letters", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
  it("ends every record with CRLF", () => {
    expect(csv.slice(1)).toBe('Đơn vị báo cáo,Số liệu\r\nSở Giáo dục và Đào tạo,1279\r\n"Ban Chỉ đạo các huyện, thành phố",223640\r\n');
  });
});

describe("csvByteLength", () => {
  // The open data page shows each file's size without making the file: the count must be the file's.
  it("counts the bytes of the file: quoting, formula protection, numbers, empty cells and rows, 1-4 byte characters", () => {
    const header = ["Tên", "Số"];
    const rows = [
      ["Sở Giáo dục và Đào tạo", 1279],
      ["Ban Chỉ đạo các huyện, thành phố", 223640],
      ['Đơn vị "B"', 1.234],
      ["07/2019", -0.5],
      ["=SUM(A1)", true],
      ["xuống\ndòng 😀", null],
      [undefined, ""],
      [],
      ["Sở Giáo dục và Đào tạo", 1279],
    ];
    expect(csvByteLength(header, rows)).toBe(Buffer.byteLength(toCsv(header, rows), "utf8"));
  });
});

describe("identifiers and numbers that spreadsheets would change", () => {
  it.each([
    ["2.10", '"=""2.10"""'],
    ["2019", '"=""2019"""'],
    ["2014-08-15", '"=""2014-08-15"""'],
    ["15/8/2014", '"=""15/8/2014"""'],
    ["1,5", '"=""1,5"""'],
    ["true", '"=""true"""'],
    ["-5 lượt", '"=""-5 lượt"""'],
    ["=1+1", '"=""=1+1"""'],
    ["07/CT-BCA-V28", "07/CT-BCA-V28"],
    ["Mục 2.10 của Đề án", "Mục 2.10 của Đề án"],
    ["tập thể; cá nhân", '"tập thể; cá nhân"'],
    ["a\tb", '"a\tb"'],
  ])("text %j → %s (a formula, quoted as RFC 4180 requires)", (text, written) => {
    expect(csvField(text)).toBe(written);
    expect(parseCsv(`${written}\r\n`)).toEqual([[text]]);
  });
  it.each([
    [1.234, "1.2340"],
    [-0.125, "-0.1250"],
    [3843.93, "3843.93"],
    [137226, "137226"],
  ])("number %d → %s (never a thousands group under vi-VN)", (value, written) => {
    expect(csvField(value)).toBe(written);
    expect(Number(written)).toBe(value);
  });
  it("reads fields as written when asked", () => {
    expect(parseCsv('="2.10",x\r\n', { raw: true })).toEqual([['="2.10"', "x"]]);
    expect(unprotect('="a ""b"""')).toBe('a "b"');
  });
});
