import { describe, expect, it } from "vitest";
import { findUrlConflicts, RESERVED_MODEL_SEGMENTS } from "../../src/lib/models/model-url-claims.ts";

const file = (id: string) => `content/models/${id}.mdx`;

describe("findUrlConflicts", () => {
  it("finds nothing when every slug and alias is distinct", () => {
    expect(
      findUrlConflicts([
        { id: "truong-hoc-an-toan-thpt-ngo-sy-lien", file: file("truong-hoc-an-toan-thpt-ngo-sy-lien"), aliases: ["thpt-ngo-sy-lien"] },
        { id: "doi-cong-nhan-xung-kich-siflex-viet-nam", file: file("doi-cong-nhan-xung-kich-siflex-viet-nam"), aliases: [] },
      ]),
    ).toEqual([]);
  });

  it("finds an alias claiming another model's slug", () => {
    expect(
      findUrlConflicts([
        { id: "truong-hoc-an-toan-thpt-ngo-sy-lien", file: file("truong-hoc-an-toan-thpt-ngo-sy-lien"), aliases: [] },
        {
          id: "truong-hoc-an-toan-thpt-viet-yen-so-2",
          file: file("truong-hoc-an-toan-thpt-viet-yen-so-2"),
          aliases: ["truong-hoc-an-toan-thpt-ngo-sy-lien"],
        },
      ]),
    ).toEqual([
      {
        url: "/mo-hinh/truong-hoc-an-toan-thpt-ngo-sy-lien/",
        claimants: [
          { file: file("truong-hoc-an-toan-thpt-ngo-sy-lien"), asAlias: false },
          { file: file("truong-hoc-an-toan-thpt-viet-yen-so-2"), asAlias: true },
        ],
      },
    ]);
  });

  it.each(["loai", "huyen", "don-vi", "nam", "trang-thai", "nha-dau-tu"])("reserves /mo-hinh/%s/ for the facet listings", (segment) => {
    expect(RESERVED_MODEL_SEGMENTS).toContain(segment);
    const asSlug = findUrlConflicts([{ id: segment, file: file(segment), aliases: [] }]);
    expect(asSlug).toEqual([{ url: `/mo-hinh/${segment}/`, claimants: [{ file: file(segment), asAlias: false }], reserved: true }]);
    const asAlias = findUrlConflicts([
      { id: "tu-quan-cong-ty-may-yen-the", file: file("tu-quan-cong-ty-may-yen-the"), aliases: [segment] },
    ]);
    expect(asAlias[0]).toMatchObject({ url: `/mo-hinh/${segment}/`, reserved: true });
  });
});
