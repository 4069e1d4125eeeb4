import { describe, expect, it } from "vitest";
import { modelMatcher, organisationKey } from "../../src/lib/commendations/recipient-model-match.ts";

const models = [
  { id: "truong-hoc-an-toan-truong-thpt-ngo-sy-lien", hosts: [{ name: "Trường THPT Ngô Sỹ Liên" }] },
  { id: "benh-vien-an-toan-benh-vien-san-nhi-bac-giang", hosts: [{ name: "Bệnh viện Sản Nhi Bắc Giang" }] },
  { id: "lien-ket-phuong-ngo-quyen-cac-ngan-hang", hosts: [{ name: "UBND phường Ngô Quyền" }, { name: "Bệnh viện Sản Nhi Bắc Giang" }] },
];
const match = modelMatcher(models);

describe("modelMatcher", () => {
  it.each([
    ["exact name", "Trường THPT Ngô Sỹ Liên", ["truong-hoc-an-toan-truong-thpt-ngo-sy-lien"]],
    ["capitals differ", "TRƯỜNG THPT NGÔ SỸ LIÊN", ["truong-hoc-an-toan-truong-thpt-ngo-sy-lien"]],
    ["decomposed accents (NFD)", "Trường THPT Ngô Sỹ Liên".normalize("NFD"), ["truong-hoc-an-toan-truong-thpt-ngo-sy-lien"]],
    ["extra spaces", "  Trường THPT  Ngô Sỹ Liên ", ["truong-hoc-an-toan-truong-thpt-ngo-sy-lien"]],
    [
      "a host of two models gives both, sorted",
      "bệnh viện sản nhi bắc giang",
      ["benh-vien-an-toan-benh-vien-san-nhi-bac-giang", "lien-ket-phuong-ngo-quyen-cac-ngan-hang"],
    ],
    ["accents are not dropped: a different name", "Truong THPT Ngo Sy Lien", []],
    ["a different tone mark is a different name", "Trường THPT Ngô Sĩ Liên", []],
    ["a longer name is not a match", "Trường THPT Ngô Sỹ Liên, Bắc Giang", []],
  ])("%s", (_case, organisation, ids) => {
    expect(match(organisation)).toEqual(ids);
  });

  it("key is NFC and lower case", () => {
    expect(organisationKey("Đội Công Nhân Xung Kích".normalize("NFD"))).toBe("đội công nhân xung kích".normalize("NFC"));
  });
});
