import { describe, expect, it } from "vitest";
import { hasCriteria, parseSearchParams, sortFacetValues, toPagefindFilters, toQueryString } from "../../src/lib/browser/search-query.ts";

describe("parseSearchParams and toQueryString", () => {
  it.each([
    ["?q=don+vi", "?q=don+vi"],
    ["?q=ngo+sy+lien&loai=mo-hinh", "?q=ngo+sy+lien&loai=mo-hinh"],
    // Repeated keys combine; facet order is fixed; duplicates and unknown keys go.
    ["?huyen=hiep-hoa&loai=mo-hinh&loai=van-ban&loai=mo-hinh&x=1", "?loai=mo-hinh&loai=van-ban&huyen=hiep-hoa"],
    // A label typed by hand becomes its slug.
    ["?huyen=Hiệp+Hòa", "?huyen=hiep-hoa"],
    ["?q=%C4%91%C6%A1n+v%E1%BB%8B", "?q=%C4%91%C6%A1n+v%E1%BB%8B"],
    ["?q=++&nam=", ""],
  ])("%s round-trips as %s", (search, expected) => {
    expect(toQueryString(parseSearchParams(new URLSearchParams(search)))).toBe(expected);
  });
});

describe("hasCriteria", () => {
  it.each([
    ["", false],
    ["?q=%20", false],
    ["?q=tuy", true],
    ["?nam=2019", true],
  ])("%j → %s", (search, expected) => {
    expect(hasCriteria(parseSearchParams(new URLSearchParams(search)))).toBe(expected);
  });
});

describe("toPagefindFilters", () => {
  const labels = { loai: ["Mô hình", "Văn bản"], huyen: ["Hiệp Hòa", "Thành phố Bắc Giang"], nam: ["2019", "2024"] };

  it("maps the selected slugs back to the index's labels, facet by facet", () => {
    const state = parseSearchParams(new URLSearchParams("?loai=mo-hinh&loai=van-ban&huyen=thanh-pho-bac-giang"));
    expect(toPagefindFilters(state, labels)).toEqual({ loai: { any: ["Mô hình", "Văn bản"] }, huyen: { any: ["Thành phố Bắc Giang"] } });
  });

  it("drops values the index does not have", () => {
    expect(toPagefindFilters(parseSearchParams(new URLSearchParams("?huyen=son-dong")), labels)).toEqual({});
  });
});

describe("sortFacetValues", () => {
  it.each([
    ["nam", ["2019", "2024", "2020"], ["2024", "2020", "2019"]],
    ["loai", ["Văn bản", "Số liệu", "Mô hình"], ["Mô hình", "Số liệu", "Văn bản"]],
    ["huyen", ["Yên Thế", "Hiệp Hòa", "Lục Nam", "Đình Kế"], ["Đình Kế", "Hiệp Hòa", "Lục Nam", "Yên Thế"]],
  ])("%s: %j → %j", (key, values, expected) => {
    expect(sortFacetValues(key, values, ["Mô hình", "Số liệu", "Mục tiêu", "Khen thưởng", "Văn bản"])).toEqual(expected);
  });
});
