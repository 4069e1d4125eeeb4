import { describe, expect, it } from "vitest";
import { figuresCiting, modelsCiting } from "../../src/lib/documents/citations.ts";
import { blankNumberSymbol, documentNumberLabel, isBlankNumber } from "../../src/lib/documents/document-links.ts";
import { model } from "./helpers/models.ts";

const report = "bao-cao-so-ket-5-nam-chi-thi-07-2019";
const plan = "ke-hoach-tong-ket-10-nam-chi-thi-07-2024";

describe("modelsCiting", () => {
  it("lists each citing model once with the sections it cites", () => {
    const tanYen = model("benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen", {
      sources: [
        { document: report, section: "Phần thứ nhất, mục II.2.5, chú thích 4" },
        { document: report, section: "Phần thứ nhất, mục II.1, chú thích 1" },
        { document: report, section: "Phần thứ nhất, mục II.2.5, chú thích 4" },
      ],
    });
    const other = model("tu-quan-cong-ty-may-yen-the", { sources: [{ document: plan, section: "Mục II" }] });
    expect(modelsCiting(report, [tanYen, other]).map(({ model: m, sections }) => [m.id, sections])).toEqual([
      [tanYen.id, ["Phần thứ nhất, mục II.2.5, chú thích 4", "Phần thứ nhất, mục II.1, chú thích 1"]],
    ]);
    expect(modelsCiting("van-ban-khong-co", [tanYen, other])).toEqual([]);
  });
});

describe("figuresCiting", () => {
  it("keeps only figures whose source is the document, in order", () => {
    const figures = [
      { id: "buoi-tuyen-truyen", source: { document: report, section: "II.2.1" } },
      { id: "muc-tieu", source: { document: plan, section: "II" } },
      { id: "mo-hinh-diem", source: { document: report, section: "II.2.5" } },
    ];
    expect(figuresCiting(report, figures).map((f) => f.id)).toEqual(["buoi-tuyen-truyen", "mo-hinh-diem"]);
  });
});

describe("documentNumberLabel", () => {
  it.each([
    [null, "Không ghi số"],
    ["Số: /BC-BCĐ", "Không ghi số"],
    ["Số /KH-BCĐ", "Không ghi số"],
    ["Số: 45/KH-UBND", "Số: 45/KH-UBND"],
  ])("%s → %s (lists never show a blank printed number)", (number, label) => {
    expect(documentNumberLabel(number, "Không ghi số")).toBe(label);
  });
  it("keeps the printed symbol of a blank number for the document's page", () => {
    expect(isBlankNumber("Số: /BC-BCĐ")).toBe(true);
    expect(blankNumberSymbol("Số: /BC-BCĐ")).toBe("/BC-BCĐ");
  });
});
