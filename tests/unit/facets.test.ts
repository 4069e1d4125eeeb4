import { describe, expect, it } from "vitest";
import { buildFacets, facetPages, groupByDistrict, modelFacetKeys } from "../../src/lib/models/model-facets.ts";
import { matchesSelection, parseSelection, selectionToSearch } from "../../src/lib/browser/filter-selection.ts";
import { model } from "./helpers/models.ts";

const ngoSyLien = model("truong-hoc-an-toan-thpt-ngo-sy-lien", {
  name: "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên",
  district: "Thành phố Bắc Giang",
  launched: 2018,
});
const siflex = model("doi-cong-nhan-xung-kich-siflex-viet-nam", {
  name: "Đội Công nhân xung kích bảo đảm ANTT tại Công ty TNHH Siflex Việt Nam",
  kind: "doi-cong-nhan-xung-kich",
  hosts: [
    { name: "Công ty TNHH Siflex Việt Nam", type: "doanh-nghiep", ownership: "fdi", investorCountry: "Hàn Quốc", foreignCapital: "100%" },
  ],
  district: "Việt Yên",
});
const fuhong = model("doi-tu-quan-fuhong-precision-component-bac-giang", {
  name: "Đội tự quản bảo đảm ANTT, an toàn tài sản của Công ty TNHH FUHONG PRECISION COMPONENT Bắc Giang",
  kind: "tu-quan",
  hosts: [
    { name: "Công ty TNHH FUHONG PRECISION COMPONENT Bắc Giang", type: "doanh-nghiep", ownership: "fdi", investorCountry: "Đài Loan" },
  ],
  district: "Việt Yên",
});
const hoangVanThu = model("lien-ket-phuong-hoang-van-thu-benh-vien-da-khoa-tinh", {
  name: "Liên kết bảo đảm ANTT giữa UBND phường Hoàng Văn Thụ với Bệnh viện Đa khoa tỉnh Bắc Giang",
  kind: "lien-ket",
  hosts: [
    { name: "UBND phường Hoàng Văn Thụ", type: "chinh-quyen" },
    { name: "Bệnh viện Đa khoa tỉnh Bắc Giang", type: "benh-vien" },
  ],
});
const all = [ngoSyLien, siflex, fuhong, hoangVanThu];

describe("modelFacetKeys", () => {
  it.each([
    [
      ngoSyLien,
      {
        loai: ["truong-hoc-an-toan"],
        huyen: ["thanh-pho-bac-giang"],
        "don-vi": ["truong-hoc"],
        nam: ["2018"],
        "trang-thai": ["da-xay-dung"],
        "nha-dau-tu": [],
      },
    ],
    [
      siflex,
      {
        loai: ["doi-cong-nhan-xung-kich"],
        huyen: ["viet-yen"],
        "don-vi": ["doanh-nghiep", "doanh-nghiep-fdi"],
        nam: [],
        "trang-thai": ["da-xay-dung"],
        "nha-dau-tu": ["han-quoc"],
      },
    ],
    [
      hoangVanThu,
      { loai: ["lien-ket"], huyen: [], "don-vi": ["chinh-quyen", "benh-vien"], nam: [], "trang-thai": ["da-xay-dung"], "nha-dau-tu": [] },
    ],
  ])("$id", (m, keys) => {
    expect(modelFacetKeys(m)).toEqual(keys);
  });
});

describe("buildFacets", () => {
  const facets = Object.fromEntries(buildFacets(all).map((f) => [f.name, f]));

  it("lists only values some model has, each with exactly its models", () => {
    expect(facets["huyen"]!.values.map((v) => [v.label, v.ids])).toEqual([
      ["Thành phố Bắc Giang", [ngoSyLien.id]],
      ["Việt Yên", [siflex.id, fuhong.id]],
    ]);
    expect(facets["nha-dau-tu"]!.values.map((v) => [v.label, v.ids])).toEqual([
      ["Đài Loan", [fuhong.id]],
      ["Hàn Quốc", [siflex.id]],
    ]);
  });

  it("keeps the schema's order of kinds and host types", () => {
    expect(facets["loai"]!.values.map((v) => v.key)).toEqual(["truong-hoc-an-toan", "tu-quan", "doi-cong-nhan-xung-kich", "lien-ket"]);
    expect(facets["don-vi"]!.values.map((v) => v.key)).toEqual([
      "truong-hoc",
      "benh-vien",
      "doanh-nghiep",
      "doanh-nghiep-fdi",
      "chinh-quyen",
    ]);
  });

  it("gives a facet with no known value no values, hence no page", () => {
    expect(buildFacets([siflex, hoangVanThu]).find((f) => f.name === "nam")!.values).toEqual([]);
  });

  it("links every value to its permanent facet URL", () => {
    expect(facetPages(all).map((p) => p.value.href)).toContain("/mo-hinh/huyen/viet-yen/");
    for (const { facet, value } of facetPages(all)) expect(value.href).toBe(`/mo-hinh/${facet.name}/${value.key}/`);
  });
});

describe("groupByDistrict", () => {
  it("puts models without a district last, under “Chưa rõ”", () => {
    expect(groupByDistrict(all).map((g) => [g.label, g.models.map((m) => m.id)])).toEqual([
      ["Thành phố Bắc Giang", [ngoSyLien.id]],
      ["Việt Yên", [siflex.id, fuhong.id]],
      ["Chưa rõ", [hoangVanThu.id]],
    ]);
  });
});

describe("selection", () => {
  it.each([
    [{}, [ngoSyLien, siflex, fuhong, hoangVanThu]],
    [{ huyen: "viet-yen" }, [siflex, fuhong]],
    [{ huyen: "viet-yen", loai: "tu-quan" }, [fuhong]],
    [{ "don-vi": "benh-vien" }, [hoangVanThu]],
    [{ "nha-dau-tu": "han-quoc", loai: "tu-quan" }, []],
  ])("%j", (selection, expected) => {
    expect(all.filter((m) => matchesSelection(modelFacetKeys(m), selection)).map((m) => m.id)).toEqual(expected.map((m) => m.id));
  });

  it.each([
    ["?huyen=viet-yen&loai=tu-quan", { loai: "tu-quan", huyen: "viet-yen" }, "?loai=tu-quan&huyen=viet-yen"],
    ["?loai=&utm_source=bao", {}, ""],
    ["", {}, ""],
  ])("parses %s and writes it back in a fixed order", (search, selection, canonical) => {
    expect(parseSelection(search)).toEqual(selection);
    expect(selectionToSearch(parseSelection(search))).toBe(canonical);
  });
});
