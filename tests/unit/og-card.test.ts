import { describe, expect, it } from "vitest";
import { layoutOgCard, wrapText } from "../../src/lib/og-card.ts";
import { loadOgFonts, OG_HEIGHT, OG_WIDTH, pngSize, renderOgPng } from "../../src/lib/og-image.ts";

describe("wrapText", () => {
  it.each([
    ["Bệnh viện Sản- Nhi Bắc Giang", 40, 2, ["Bệnh viện Sản- Nhi Bắc Giang"]],
    ["Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên", 27, 3, ["Trường học an toàn về ANTT", "tại Trường THPT Ngô Sỹ Liên"]],
    ["Liên kết bảo đảm ANTT giữa UBND phường Hoàng Văn Thụ với Bệnh viện Đa khoa tỉnh Bắc Giang", 20, 2, ["Liên kết bảo đảm", "ANTT giữa UBND…"]],
    ["FUHONGPRECISIONCOMPONENT", 10, 3, ["FUHONGPREC", "ISIONCOMPO", "NENT"]],
  ])("%s (%i×%i)", (text, maxChars, maxLines, lines) => {
    const wrapped = wrapText(text, maxChars, maxLines);
    expect(wrapped).toEqual(lines);
    for (const line of wrapped) expect(line.length).toBeLessThanOrEqual(maxChars);
  });
});

describe("layoutOgCard", () => {
  it("keeps a short name large", () => {
    expect(layoutOgCard({ name: "Trường học an toàn về ANTT tại Trường THPT Lục Nam", kind: "Trường học an toàn về ANTT", place: "huyện Lục Nam" })).toMatchObject({ nameSize: 64, place: "huyện Lục Nam" });
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

describe("renderOgPng", () => {
  it("renders a 1200×630 PNG with the bundled fonts", async () => {
    const png = await renderOgPng(
      layoutOgCard({ name: "Đội Công nhân xung kích bảo đảm ANTT tại Công ty TNHH Siflex Việt Nam", kind: "Đội công nhân xung kích bảo đảm ANTT", place: "Khu công nghiệp Quang Châu, huyện Việt Yên" }),
      "Phong trào bảo vệ ANTQ trong CQDNNT",
      loadOgFonts(),
    );
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});
