import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "../../src/lib/downloads/csv.ts";

describe("toCsv", () => {
  it("starts with a BOM and ends lines with CRLF", () => {
    expect(toCsv(["Năm", "Đơn vị"], [[2019, "Công an tỉnh"]])).toBe("\uFEFFNăm,Đơn vị\r\n2019,Công an tỉnh\r\n");
  });
  it.each([
    ["comma", "Phòng Tham mưu, Công an tỉnh", '"Phòng Tham mưu, Công an tỉnh"'],
    ["quote", 'Kỷ niệm chương "Bảo vệ ANTQ"', '"Kỷ niệm chương ""Bảo vệ ANTQ"""'],
    ["line break", "dòng 1\ndòng 2", '"dòng 1\ndòng 2"'],
    ["null", null, ""],
  ])("quotes a cell with a %s", (_case, cell, written) => {
    expect(toCsv(["a"], [[cell]])).toBe(`\uFEFFa\r\n${written}\r\n`);
  });
  it("round-trips through parseCsv", () => {
    const rows = [
      ["2024", "Bằng khen của Chủ tịch UBND tỉnh", "Đài Phát thanh – Truyền hình tỉnh, Bắc Giang", ""],
      ["2019", 'Giấy khen "đặc biệt"', "a\r\nb", "Việt Yên"],
    ];
    expect(parseCsv(toCsv(["n", "k", "o", "d"], rows))).toEqual([["n", "k", "o", "d"], ...rows]);
  });
});
