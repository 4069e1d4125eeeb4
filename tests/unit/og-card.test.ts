import { describe, expect, it } from "vitest";
import { layoutOgCard, wrapText } from "../../src/lib/share-cards/model-card-layout.ts";

describe("wrapText", () => {
  it.each([
    ["Bệnh viện Sản- Nhi Bắc Giang", 40, 2, ["Bệnh viện Sản- Nhi Bắc Giang"]],
    ["Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên", 27, 3, ["Trường học an toàn về ANTT", "tại Trường THPT Ngô Sỹ Liên"]],
    [
      "Liên kết bảo đảm ANTT giữa UBND phường Hoàng Văn Thụ với Bệnh viện Đa khoa tỉnh Bắc Giang",
      20,
      2,
      ["Liên kết bảo đảm", "ANTT giữa UBND…"],
    ],
    ["FUHONGPRECISIONCOMPONENT", 10, 3, ["FUHONGPREC", "ISIONCOMPO", "NENT"]],
  ])("%s (%i×%i)", (text, maxChars, maxLines, lines) => {
    const wrapped = wrapText(text, maxChars, maxLines);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(maxChars);
  });
});

describe("layoutOgCard", () => {
  it("keeps a short name large", () => {
    expect(
      layoutOgCard({
        name: "Trường học an toàn về ANTT tại Trường THPT Lục Nam",
        kind: "Trường học an toàn về ANTT",
        place: "huyện Lục Nam",
      }),
    ).toMatchObject({ nameSize: 64, place: "huyện Lục Nam" });
  });

  it("shrinks a long name until all of it fits", () => {
    const name = "Liên kết bảo đảm ANTT giữa UBND xã Song Khê với các Công ty, doanh nghiệp phía Bắc Khu công nghiệp Song Khê - Nội Hoàng";
    const layout = layoutOgCard({ name, kind: "Liên kết giữa chính quyền và đơn vị", place: null });
    expect(layout.nameSize).toBeLessThan(64);
    expect(layout.nameLines.join(" ")).toBe(name);
    expect(layout.place).toBeNull();
  });

  it("cuts only a name too long for the smallest size, marking the cut", () => {
    const layout = layoutOgCard({ name: "Mô hình hư cấu ".repeat(20), kind: "Tự quản về ANTT", place: null });
    expect(layout.nameSize).toBe(46);
    expect(layout.nameLines.at(-1)).toMatch(/…$/);
  });
});
