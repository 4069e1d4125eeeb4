import { describe, expect, it } from "vitest";
import { slugify, stripMarks } from "../../src/lib/browser/slug.ts";

describe("slugify", () => {
  it.each([
    ["Trường THPT Ngô Sỹ Liên", "truong-thpt-ngo-sy-lien"],
    ["Bệnh viện Sản- Nhi Bắc Giang", "benh-vien-san-nhi-bac-giang"],
    ["Đội Công nhân xung kích bảo đảm ANTT", "doi-cong-nhan-xung-kich-bao-dam-antt"],
    ["UBND phường Đình Kế", "ubnd-phuong-dinh-ke"],
    ["Công ty TNHH FUHONG PRECISION COMPONENT Bắc Giang", "cong-ty-tnhh-fuhong-precision-component-bac-giang"],
    ["Khu công nghiệp Song Khê - Nội Hoàng", "khu-cong-nghiep-song-khe-noi-hoang"],
    ["  “Trường học an toàn về ANTT”  ", "truong-hoc-an-toan-ve-antt"],
    ["Hiệp Hòa số 1", "hiep-hoa-so-1"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("handles text in decomposed form (NFD) the same as composed", () => {
    expect(slugify("Ngô Sỹ Liên".normalize("NFD"))).toBe("ngo-sy-lien");
  });
});

describe("stripMarks", () => {
  it.each([
    ["đơn vị", "don vi"],
    ["Đình Trám", "Dinh Tram"],
    ["Kỷ niệm chương", "Ky niem chuong"],
    ["hoà", "hoa"],
    ["thuý", "thuy"],
  ])("%s → %s", (input, output) => {
    expect(stripMarks(input)).toBe(output);
  });
});
