import { describe, expect, it } from "vitest";
import { isAfter, isCountingUnit, zeroFractionGuess } from "../../src/schemas/common.ts";
import { fieldLabel } from "../../src/schemas/labels.ts";
import { closestName } from "../../scripts/lib/field-names.ts";
import { describeCodePoint, findForbidden, makeVisible } from "../../src/lib/content/hidden-characters.ts";
import { collectionOfKindWord, collectionOfPath } from "../../src/lib/content/registry.ts";
import { guessHostType, guessModelKind } from "../../src/lib/content/starters.ts";

describe("rules editors meet in messages", () => {
  it("counts are units that count things; measures keep decimals", () => {
    for (const unit of ["người", "lượt người", "nhân viên bảo vệ", "xã, phường, thị trấn", "vụ", "mô hình", "CQDNNT", "thứ hạng"])
      expect(isCountingUnit(unit), unit).toBe(true);
    // A unit nobody listed is a count: "học sinh", "hộ gia đình", and "Người" with a capital.
    for (const unit of ["học sinh", "hộ gia đình", "Người", "thôn, tổ dân phố"]) expect(isCountingUnit(unit), unit).toBe(true);
    for (const unit of ["%", "km²", "đồng", "triệu đồng", "triệu người", "người/km²", "ha", "điểm"])
      expect(isCountingUnit(unit), unit).toBe(false);
  });

  it("reads a count typed with only zeros after the dot as the number the editor meant", () => {
    // "2.000" is the Vietnamese thousands dot; "159.0" a stray decimal; real decimals are not counts' slips.
    expect(["2.000", "1.000", "137.000", "159.0", "3.00", "7.000000"].map(zeroFractionGuess)).toEqual([
      2000, 1000, 137000, 159, 3, 7000000,
    ]);
    expect(["2.190", "1658", "12.5", "0.05", "1e3"].map(zeroFractionGuess)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("compares partial dates by what they cover", () => {
    expect(isAfter("2020-05", "2020")).toBe(false);
    expect(isAfter("2021", "2020-12-31")).toBe(true);
    expect(isAfter("2030-12-31", "2030-01-01")).toBe(true);
  });

  it("names fields in Vietnamese, counting from 1", () => {
    expect(fieldLabel("figures.0.value")).toBe("Số liệu thứ 1 › Giá trị");
    expect(fieldLabel("hosts.1.type")).toBe("Đơn vị tham gia thứ 2 › Loại đơn vị");
    expect(fieldLabel("(tên tệp)")).toBe("(tên tệp)");
  });

  it("suggests the field an editor meant, and nothing for unrelated words", () => {
    expect(closestName("sumary", ["summary", "sources", "status"])).toBe("summary");
    expect(closestName("Updated", ["updated", "name"])).toBe("updated");
    expect(closestName("ghichu", ["summary", "sources"])).toBeUndefined();
  });

  it("shows hidden characters", () => {
    expect(makeVisible("Tân\u00a0Yên\u200b")).toBe("Tân⟦U+00A0⟧Yên⟦U+200B⟧");
    expect(describeCodePoint("\u0002")).toBe("U+0002");
    expect(describeCodePoint("\u00ad")).toBe("U+00AD (gạch nối mềm)");
  });

  it("finds control characters and lone surrogates at their place, but not an emoji's surrogate pair", () => {
    expect(findForbidden("Tân Yên")).toEqual([]);
    expect(findForbidden("Huy hiệu 🏅 năm 2024")).toEqual([]);
    expect(findForbidden("a\u0002b\uD83Dc")).toEqual([
      { offset: 1, char: "\u0002" },
      { offset: 3, char: "\uD83D" },
    ]);
  });

  it("finds collections by the words editors use and by folder", () => {
    expect(collectionOfKindWord("mo-hinh")).toBe("models");
    expect(collectionOfKindWord("Statistic")).toBe("statistics");
    expect(collectionOfKindWord("bai-viet")).toBeUndefined();
    expect(collectionOfPath("content/targets/muc-tieu-2-1.json")).toBe("targets");
  });

  it("reads a model's kind and host from its name", () => {
    expect([guessModelKind("Đội tự quản ANTT tại Công ty ABC"), guessHostType("Đội tự quản ANTT tại Công ty ABC")]).toEqual([
      "tu-quan",
      "doanh-nghiep",
    ]);
    expect([
      guessModelKind("Bệnh viện an toàn về ANTT tại Bệnh viện Sản Nhi"),
      guessHostType("Bệnh viện an toàn về ANTT tại Bệnh viện Sản Nhi"),
    ]).toEqual(["benh-vien-an-toan", "benh-vien"]);
    expect(guessModelKind("Mô hình ABC")).toBeUndefined();
  });
});
