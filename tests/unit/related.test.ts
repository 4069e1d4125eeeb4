import { describe, expect, it } from "vitest";
import { relatedModels, relatedModelsOfAll } from "../../src/lib/models/related-models.ts";
import { model } from "./helpers/models.ts";

const ngoSyLien = model("truong-hoc-an-toan-thpt-ngo-sy-lien", {
  name: "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên",
  district: "Thành phố Bắc Giang",
});
const vietYen2 = model("truong-hoc-an-toan-thpt-viet-yen-so-2", {
  name: "Trường học an toàn về ANTT tại Trường THPT Việt Yên số 2",
  district: "Việt Yên",
});
const hiepHoa1 = model("truong-hoc-an-toan-thpt-hiep-hoa-so-1", {
  name: "Trường học an toàn về ANTT tại Trường THPT Hiệp Hòa số 1",
  district: "Hiệp Hòa",
});
const siflex = model("doi-cong-nhan-xung-kich-siflex-viet-nam", {
  name: "Đội Công nhân xung kích bảo đảm ANTT tại Công ty TNHH Siflex Việt Nam",
  kind: "doi-cong-nhan-xung-kich",
  district: "Việt Yên",
});
const sanNhi = model("benh-vien-an-toan-benh-vien-san-nhi-bac-giang", {
  name: "Bệnh viện an toàn về ANTT tại Bệnh viện Sản- Nhi Bắc Giang",
  kind: "benh-vien-an-toan",
});
const tanYen = model("benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen", {
  name: "Bệnh viện an toàn về ANTT tại Bệnh viện Đa khoa huyện Tân Yên",
  kind: "benh-vien-an-toan",
  district: "Tân Yên",
});
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
    const vietYenSchool = model("truong-hoc-an-toan-thpt-viet-yen-so-1", {
      name: "Trường học an toàn về ANTT tại Trường THPT Việt Yên số 1",
      district: "Việt Yên",
    });
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

describe("relatedModelsOfAll", () => {
  // The definition, written the slow way: score every other model, sort, cut.
  const reference = (m: (typeof all)[number], everyone: typeof all, limit: number) => {
    const score = (o: (typeof all)[number]) =>
      (o.data.kind === m.data.kind ? 2 : 0) +
      (m.data.location.district !== null && o.data.location.district === m.data.location.district ? 1 : 0);
    return everyone
      .filter((o) => o.id !== m.id && score(o) > 0)
      .sort((a, b) => score(b) - score(a) || a.data.name.localeCompare(b.data.name, "vi") || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((o) => o.id);
  };
  // 120 fictional models over 3 kinds and 4 districts (one unknown), names in a scrambled order.
  const kinds = ["truong-hoc-an-toan", "benh-vien-an-toan", "doi-cong-nhan-xung-kich"] as const;
  const districts = ["Việt Yên", "Hiệp Hòa", "Lục Nam", null] as const;
  const fictional = Array.from({ length: 120 }, (_, i) =>
    model(`mo-hinh-hu-cau-${String(i).padStart(3, "0")}`, {
      name: `Mô hình hư cấu ${(i * 37) % 120} Đ${i % 5}`,
      kind: kinds[i % 3]!,
      district: districts[i % 4]!,
    }),
  );

  it.each([1, 3, 6, 50])("gives every model the list the definition gives (limit %i)", (limit) => {
    const everyone = [...fictional, ...all];
    const lists = relatedModelsOfAll(everyone, limit);
    for (const m of everyone)
      expect(
        lists.get(m.id)!.map((r) => r.id),
        m.id,
      ).toEqual(reference(m, everyone, limit));
  });
});
