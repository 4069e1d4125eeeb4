import { describe, expect, it } from "vitest";
import { citationText, districtLabel, modelJsonLd, placeLabel } from "../../src/lib/models/model-profile.ts";
import { jsonLdText } from "../../src/lib/site/html-text.ts";
import type { DocumentData } from "../../src/schemas/document.ts";
import { model } from "./helpers/models.ts";

describe("placeLabel", () => {
  it.each([
    [{ district: "Việt Yên", commune: null, industrialPark: "Khu công nghiệp Quang Châu" }, "Khu công nghiệp Quang Châu, huyện Việt Yên"],
    [{ district: null, commune: "Phường Hoàng Văn Thụ", industrialPark: null }, "Phường Hoàng Văn Thụ"],
    [{ district: "Thành phố Bắc Giang", commune: null, industrialPark: null }, "Thành phố Bắc Giang"],
    [{ district: null, commune: null, industrialPark: null }, null],
  ] as const)("%j → %s", (location, label) => {
    expect(placeLabel(location)).toBe(label);
  });

  it("writes districts as they read in a sentence", () => {
    expect(districtLabel("Lục Ngạn")).toBe("huyện Lục Ngạn");
    expect(districtLabel("Thành phố Bắc Giang")).toBe("Thành phố Bắc Giang");
  });
});

describe("citationText", () => {
  it("names the publisher, the profile, the site, the permanent URL and the date in vi-VN form", () => {
    expect(
      citationText({
        name: "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên",
        siteName: "Trang hư cấu",
        publisher: "Ban Chỉ đạo (hư cấu)",
        url: "https://vi.du/mo-hinh/x/",
        updated: "2026-11-06",
      }),
    ).toBe(
      "Ban Chỉ đạo (hư cấu). Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên. Trang hư cấu. https://vi.du/mo-hinh/x/ (cập nhật 6/11/2026).",
    );
  });
});

describe("modelJsonLd", () => {
  const documents = new Map<string, DocumentData>([["bao-cao-so-ket-5-nam-chi-thi-07-2019", { province: "Bắc Giang" } as DocumentData]]);
  const siflex = model("doi-cong-nhan-xung-kich-siflex-viet-nam", {
    name: "Đội Công nhân xung kích bảo đảm ANTT tại Công ty TNHH Siflex Việt Nam",
    hosts: [{ name: "Công ty TNHH Siflex Việt Nam", type: "doanh-nghiep", ownership: "fdi", investorCountry: "Hàn Quốc" }],
    location: { district: "Việt Yên", commune: null, industrialPark: "Khu công nghiệp Quang Châu" },
  });
  const ld = modelJsonLd({ ...siflex, documents, baseUrl: "https://vi.du", publisher: "Ban Chỉ đạo (hư cấu)" });

  it("names the organisations, the place and the publisher", () => {
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Project",
      url: "https://vi.du/mo-hinh/doi-cong-nhan-xung-kich-siflex-viet-nam/",
      image: "https://vi.du/og/mo-hinh/doi-cong-nhan-xung-kich-siflex-viet-nam.png",
      member: [{ "@type": "Organization", name: "Công ty TNHH Siflex Việt Nam" }],
      location: {
        "@type": "Place",
        name: "Khu công nghiệp Quang Châu, huyện Việt Yên",
        address: { addressRegion: "Bắc Giang", addressLocality: "Việt Yên", addressCountry: "VN" },
      },
      publisher: { name: "Ban Chỉ đạo (hư cấu)" },
      isBasedOn: ["https://vi.du/van-ban/bao-cao-so-ket-5-nam-chi-thi-07-2019/"],
    });
    expect(ld).not.toHaveProperty("foundingDate");
  });

  it("serialises to JSON that parses back and cannot close its script element", () => {
    const text = jsonLdText({ ...ld, description: "</script><b>hư cấu</b>" });
    expect(text).not.toContain("</script");
    expect(JSON.parse(text).description).toBe("</script><b>hư cấu</b>");
  });
});
