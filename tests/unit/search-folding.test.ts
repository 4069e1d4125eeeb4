import { describe, expect, it } from "vitest";
import { canonicalTone, excerpt, foldWord, indexedWords, queryTerms, spellings } from "../../src/lib/browser/search-folding.ts";

describe.each([
  // Both conventions end on the site's one: the mark on the first vowel of an open oa/oe/uy.
  ["hoà", "hòa"],
  ["hòa", "hòa"],
  ["Hoà", "Hòa"],
  ["thuý", "thúy"],
  ["Thuỷ", "Thủy"],
  ["khoẻ", "khỏe"],
  ["uỷ", "ủy"],
  // A final consonant fixes the mark in both conventions.
  ["hoàn", "hoàn"],
  ["thuyết", "thuyết"],
  // "qu" is a consonant: the mark stays on y.
  ["quý", "quý"],
  ["Quỳ", "Quỳ"],
  // Words without a tone, or without oa/oe/uy, are untouched.
  ["hoa", "hoa"],
  ["Đình", "Đình"],
  // Decomposed input (as some keyboards send it) comes out composed.
  ["ho\u0061\u0300", "hòa"],
])("canonicalTone(%s)", (word, expected) => {
  it(`is ${expected}`, () => {
    expect(canonicalTone(word)).toBe(expected);
  });
});

describe.each([
  ["Đơn vị", "don vi"],
  ["Ngô Sỹ Liên", "ngo sy lien"],
  ["ĐÌNH CÔNG", "dinh cong"],
  ["Hiệp Hòa", "hiep hoa"],
])("foldWord(%s)", (text, expected) => {
  it(`is ${expected}`, () => {
    expect(text.split(" ").map(foldWord).join(" ")).toBe(expected);
  });
});

describe("spellings", () => {
  it.each([
    // đ is the one mark Pagefind does not fold: both spellings are asked for, either way round.
    ["don", ["don", "đon"]],
    ["đơn", ["đơn", "dơn"]],
    ["Đình", ["đình", "dình"]],
    ["bcđ", ["bcđ", "bcd"]],
    ["hòa", ["hòa"]],
    ["137226", ["137226"]],
  ])("%s → %j", (term, expected) => {
    expect(spellings(term)).toEqual(expected);
  });

  it("stops at three d/đ letters (eight spellings)", () => {
    expect(spellings("dddd")).toHaveLength(8);
  });
});

describe("queryTerms and indexedWords read words as Pagefind does", () => {
  it.each([
    ["Hiệp Hoà", ["hiệp", "hòa"]],
    ["137.226", ["137226"]],
    ["Chỉ thị 07/CT-BCA-V28", ["chỉ", "thị", "07ctbcav28"]],
    ["  ANTT,  an ninh ", ["antt", "an", "ninh"]],
    ["thuý", ["thúy"]],
    // Decomposed input (as some keyboards send it) comes out composed.
    ["ho\u0061\u0300", ["hòa"]],
    ["", []],
  ])("query %j → %j", (query, expected) => {
    expect(queryTerms(query)).toEqual(expected);
  });

  it("indexes a figure as one word and as its parts, folded", () => {
    expect([...indexedWords("137.226 buổi")]).toEqual(["137226", "137", "226", "buoi"]);
    expect(indexedWords("Đình công, lãn công").has("dinh")).toBe(true);
    // hòa and hoà fold to one word.
    expect(indexedWords("huyện Hiệp Hoà").has(foldWord("hòa"))).toBe(true);
  });
});

describe("excerpt", () => {
  const render = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");

  it("marks words matching an unmarked query, including đ", () => {
    expect(render(excerpt("Số vụ đình công, lãn công trong CQDNNT", ["dinh", "cong"]))).toBe(
      "Số vụ [đình] [công,] lãn [công] trong CQDNNT",
    );
  });

  it("marks whole words only, never the longer words they begin", () => {
    expect(render(excerpt("các đơn vị ở Việt Yên báo cáo việc vi phạm", ["don", "vi"]))).toBe(
      "các [đơn] [vị] ở Việt Yên báo cáo việc [vi] phạm",
    );
  });

  it("marks a word being typed as a prefix only when asked to (near matches)", () => {
    expect(render(excerpt("Trường THPT Ngô Sỹ Liên", ["ngo", "sy"], 30, "li"))).toBe("Trường THPT [Ngô] [Sỹ] [Liên]");
    expect(render(excerpt("Trường THPT Ngô Sỹ Liên", ["ngo", "sy", "li"]))).toBe("Trường THPT [Ngô] [Sỹ] Liên");
  });

  it("marks other wordings only where all their words stand together", () => {
    expect(
      render(
        excerpt("Doanh nghiệp có vốn đầu tư nước ngoài trong khu công nghiệp", ["fdi"], 30, undefined, [
          ["vốn", "đầu", "tư", "nước", "ngoài"],
        ]),
      ),
    ).toBe("Doanh nghiệp có [vốn] [đầu] [tư] [nước] [ngoài] trong khu công nghiệp");
  });

  it("marks a figure typed with or without its dot", () => {
    expect(render(excerpt("Buổi tuyên truyền: 137.226 buổi", ["137226"]))).toBe("Buổi tuyên truyền: [137.226] buổi");
  });

  it("treats both tone placements as the same word", () => {
    expect(render(excerpt("huyện Hiệp Hòa", ["hiệp", "hoà"]))).toBe("huyện [Hiệp] [Hòa]");
  });

  it("shows the passage around the matches of a long text", () => {
    const filler = Array.from({ length: 50 }, (_, i) => `từ${i}`).join(" ");
    const text = `${filler} Đội công nhân xung kích ${filler}`;
    const out = render(excerpt(text, ["doi", "cong", "nhan"], 10));
    expect(out.startsWith("… ")).toBe(true);
    expect(out).toContain("[Đội] [công] [nhân] xung");
    expect(out.endsWith(" …")).toBe(true);
  });

  it("falls back to the start of the text when nothing matches", () => {
    expect(render(excerpt("Bệnh viện an toàn về ANTT", ["zzz"], 3))).toBe("Bệnh viện an …");
  });
});
