import { describe, expect, it } from "vitest";
import {
  compactRecipients,
  expandRecipients,
  filterOptions,
  filterRecipients,
  foldText,
  pageCount,
  pageRows,
  pageWindow,
  sortRecipients,
  type RecipientRow,
} from "../../src/lib/browser/recipient-table-rows.ts";

const row = (
  year: number,
  name: string,
  organisation: string,
  district: string | null,
  recipientType: RecipientRow["recipientType"] = "ca-nhan",
  award = "giay-khen-giam-doc-cong-an-tinh",
): RecipientRow => ({ year, award, recipientType, name, organisation, district });
const rows: RecipientRow[] = [
  row(2019, "Nguyễn Văn An", "Trường THPT Ngô Sỹ Liên", "Thành phố Bắc Giang"),
  row(2021, "Đỗ Thị Bình", "Bệnh viện Sản Nhi Bắc Giang", "Thành phố Bắc Giang", "ca-nhan", "bang-khen-chu-tich-ubnd-tinh"),
  row(
    2018,
    "Công ty TNHH Fuhong Precision Component Bắc Giang",
    "Công ty TNHH Fuhong Precision Component Bắc Giang",
    "Việt Yên",
    "tap-the",
  ),
  row(2021, "Ánh Dương", "Đội công nhân xung kích Siflex Việt Nam", null),
  row(2019, "Lê Văn Cường", "Bệnh viện Đa khoa huyện Tân Yên", "Tân Yên"),
];
const labels = {
  "giay-khen-giam-doc-cong-an-tinh": "Giấy khen của Giám đốc Công an tỉnh",
  "bang-khen-chu-tich-ubnd-tinh": "Bằng khen của Chủ tịch UBND tỉnh",
  "tap-the": "Tập thể",
  "ca-nhan": "Cá nhân",
};

describe("paging", () => {
  it.each([
    [0, 500, 1],
    [500, 500, 1],
    [501, 500, 2],
    [50000, 500, 100],
  ])("%d rows at %d a page → %d pages", (count, size, pages) => {
    expect(pageCount(count, size)).toBe(pages);
  });
  it("slices 1-based pages", () => {
    expect(pageRows([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageRows([1, 2, 3, 4, 5], 3, 2)).toEqual([5]);
  });
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, null, 5]],
    [6, 100, [1, null, 4, 5, 6, 7, 8, null, 100]],
    [100, 100, [1, null, 98, 99, 100]],
    [3, 6, [1, 2, 3, 4, 5, 6]],
  ])("window around page %d of %d", (current, total, expected) => {
    expect(pageWindow(current, total)).toEqual(expected);
  });
});

describe("filterRecipients", () => {
  it.each([
    ["year", { year: 2019 }, ["Nguyễn Văn An", "Lê Văn Cường"]],
    ["award", { award: "bang-khen-chu-tich-ubnd-tinh" }, ["Đỗ Thị Bình"]],
    ["recipient type", { recipientType: "tap-the" as const }, ["Công ty TNHH Fuhong Precision Component Bắc Giang"]],
    ["district", { district: "Thành phố Bắc Giang" }, ["Nguyễn Văn An", "Đỗ Thị Bình"]],
    ["organisation without accents", { organisation: "benh vien" }, ["Đỗ Thị Bình", "Lê Văn Cường"]],
    ["organisation with đ folded", { organisation: "doi cong nhan" }, ["Ánh Dương"]],
    ["several filters at once", { year: 2021, district: "Thành phố Bắc Giang" }, ["Đỗ Thị Bình"]],
    ["nothing set", {}, rows.map((r) => r.name)],
  ])("by %s", (_case, filter, names) => {
    expect(filterRecipients(rows, filter).map((r) => r.name)).toEqual(names);
  });
  it("folds text", () => {
    expect(foldText("  Đội CÔNG  nhân ")).toBe("doi cong nhan");
  });
});

describe("sortRecipients", () => {
  it.each([
    ["year", "ascending" as const, [2018, 2019, 2019, 2021, 2021]],
    ["year", "descending" as const, [2021, 2021, 2019, 2019, 2018]],
  ])("by %s %s", (_key, direction, years) => {
    expect(sortRecipients(rows, "year", direction).map((r) => r.year)).toEqual(years);
  });
  it("keeps content order among equal years (stable)", () => {
    expect(
      sortRecipients(rows, "year", "ascending")
        .map((r) => r.name)
        .slice(1, 3),
    ).toEqual(["Nguyễn Văn An", "Lê Văn Cường"]);
  });
  it("sorts names in Vietnamese order (Ă, Đ after their base letters)", () => {
    expect(sortRecipients(rows, "name", "ascending").map((r) => r.name)).toEqual([
      "Ánh Dương",
      "Công ty TNHH Fuhong Precision Component Bắc Giang",
      "Đỗ Thị Bình",
      "Lê Văn Cường",
      "Nguyễn Văn An",
    ]);
  });
  it("sorts awards by their shown title", () => {
    expect(sortRecipients(rows, "award", "ascending", labels)[0]?.name).toBe("Đỗ Thị Bình");
  });
  it("puts rows without a district last in both directions", () => {
    expect(sortRecipients(rows, "district", "ascending").at(-1)?.name).toBe("Ánh Dương");
    expect(sortRecipients(rows, "district", "descending").at(-1)?.name).toBe("Ánh Dương");
  });
});

describe("filterOptions", () => {
  it("lists years newest first and districts in Vietnamese order, without empty districts", () => {
    const options = filterOptions(rows);
    expect(options.years).toEqual([2021, 2019, 2018]);
    expect(options.districts).toEqual(["Tân Yên", "Thành phố Bắc Giang", "Việt Yên"]);
    expect(options.recipientTypes).toEqual(["tap-the", "ca-nhan"]);
    expect(options.awards).toEqual(["giay-khen-giam-doc-cong-an-tinh", "bang-khen-chu-tich-ubnd-tinh"]);
  });
});

describe("compactRecipients", () => {
  it("round-trips every row exactly, model links included", () => {
    const withModel = [
      ...rows,
      {
        ...row(2024, "Trường THPT Ngô Sỹ Liên", "Trường THPT Ngô Sỹ Liên", "Thành phố Bắc Giang", "tap-the"),
        model: "/mo-hinh/truong-hoc-an-toan-truong-thpt-ngo-sy-lien/",
      },
    ];
    expect(expandRecipients(compactRecipients(withModel))).toEqual(withModel);
  });
  it("stores each organisation, award and district once", () => {
    const packed = compactRecipients([...rows, ...rows]);
    expect(packed.organisations).toHaveLength(new Set(rows.map((r) => r.organisation)).size);
    expect(packed.awards).toEqual(["giay-khen-giam-doc-cong-an-tinh", "bang-khen-chu-tich-ubnd-tinh"]);
    expect(packed.rows).toHaveLength(rows.length * 2);
  });
});
