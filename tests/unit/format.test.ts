import { describe, expect, it } from "vitest";
import { formatDate, formatDifference, formatFigure, formatNumber, formatPeriod, formatValue } from "../../src/lib/browser/format.ts";

describe("formatNumber (vi-VN)", () => {
  it.each([
    [137226, "137.226"],
    [1597, "1.597"],
    [29696700000, "29.696.700.000"],
    [3843.93, "3.843,93"],
    [14.66, "14,66"],
    [8, "8"],
    [0, "0"],
  ])("%d → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe("formatValue and formatFigure", () => {
  it("keeps the document's qualifier", () => {
    expect(formatValue(80000, { qualifier: "trên" })).toBe("trên 80.000");
    expect(formatFigure({ value: 3500, unit: "tập tài liệu", qualifier: "hơn" })).toBe("hơn 3.500 tập tài liệu");
  });
  it("writes x/y figures", () => {
    expect(formatValue(199, { outOf: 199 })).toBe("199/199");
    expect(formatFigure({ value: 156, outOf: 184, unit: "xã" })).toBe("156/184 xã");
  });
  it("glues percentages", () => {
    expect(formatFigure({ value: 14.66, unit: "%" })).toBe("14,66%");
  });
});

describe("formatDate", () => {
  it.each([
    ["2014-08-15", "15/8/2014"],
    ["2018-04-04", "4/4/2018"],
    ["2019-09", "9/2019"],
    ["2020", "2020"],
  ])("%s → %s", (iso, text) => {
    expect(formatDate(iso)).toBe(text);
  });
});

describe("formatPeriod", () => {
  it("prefers the document's wording", () => {
    expect(formatPeriod({ from: "2014-08-15", to: "2019-09", label: "Từ năm 2014 đến tháng 9/2019" })).toBe("Từ năm 2014 đến tháng 9/2019");
  });
  it("joins two dates with an en dash", () => {
    expect(formatPeriod({ from: "2014-08-15", to: "2024-06-15" })).toBe("15/8/2014 – 15/6/2024");
  });
  it("shows a single year once", () => {
    expect(formatPeriod({ from: "2020", to: "2020" })).toBe("2020");
  });
});

describe("formatDifference", () => {
  it.each([
    [1, "+1"],
    [-679, "−679"],
    [0, "0"],
    [-1000, "−1.000"],
  ])("%d → %s", (value, text) => {
    expect(formatDifference(value)).toBe(text);
  });
});
