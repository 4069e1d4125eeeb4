import { describe, expect, it } from "vitest";
import { relatedModels } from "../../src/lib/related.ts";
import { model } from "./helpers/models.ts";

const ngoSyLien = model("truong-hoc-an-toan-thpt-ngo-sy-lien", { name: "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên", district: "Thành phố Bắc Giang" });
const vietYen2 = model("truong-hoc-an-toan-thpt-viet-yen-so-2", { name: "Trường học an toàn về ANTT tại Trường THPT Việt Yên số 2", district: "Việt Yên" });
const hiepHoa1 = model("truong-hoc-an-toan-thpt-hiep-hoa-so-1", { name: "Trường học an toàn về ANTT tại Trường THPT Hiệp Hòa số 1", district: "Hiệp Hòa" });
const siflex = model("doi-cong-nhan-xung-kich-siflex-viet-nam", { name: "Đội Công nhân xung kích bảo đảm ANTT tại Công ty TNHH Siflex Việt Nam", kind: "doi-cong-nhan-xung-kich", district: "Việt Yên" });
const sanNhi = model("benh-vien-an-toan-benh-vien-san-nhi-bac-giang", { name: "Bệnh viện an toàn về ANTT tại Bệnh viện Sản- Nhi Bắc Giang", kind: "benh-vien-an-toan" });
const tanYen = model("benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen", { name: "Bệnh viện an toàn về ANTT tại Bệnh viện Đa khoa huyện Tân Yên", kind: "benh-vien-an-toan", district: "Tân Yên" });
const all = [ngoSyLien, vietYen2, hiepHoa1, siflex, sanNhi, tanYen];

describe("relatedModels", () => {
  it.each([
    // Same kind first (Vietnamese name order), then same district.
    [vietYen2, [hiepHoa1, ngoSyLien, siflex]],
    [siflex, [vietYen2]],
    // Unknown district relates by kind only.
    [sanNhi, [tanYen]],
    [tanYen, [sanNhi]],
  ])("$id", (m, expected) => {
    expect(relatedModels(m, all).map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it("ranks same kind and same district above either alone", () => {
    const vietYenSchool = model("truong-hoc-an-toan-thpt-viet-yen-so-1", { name: "Trường học an toàn về ANTT tại Trường THPT Việt Yên số 1", district: "Việt Yên" });
    expect(relatedModels(vietYenSchool, [...all, vietYenSchool])[0]!.id).toBe(vietYen2.id);
  });

  it("never lists the model itself and respects the limit", () => {
    expect(relatedModels(ngoSyLien, all, 1).map((r) => r.id)).toEqual([hiepHoa1.id]);
    expect(relatedModels(ngoSyLien, all).map((r) => r.id)).not.toContain(ngoSyLien.id);
  });

  it("gives the same order whatever the input order", () => {
    expect(relatedModels(vietYen2, [...all].reverse())).toEqual(relatedModels(vietYen2, all));
  });
});
