import { describe, expect, it } from "vitest";
import { canonicalTone, excerpt, foldWord, normaliseQuery, twinOf, withTwins, withoutTwins } from "../../src/lib/search-folding.ts";

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

describe("twinOf", () => {
  it.each([
    ["đình", "dinh"],
    ["Đội", "doi"],
    ["đường", "duong"],
    ["hoà", "hòa"],
    ["Thuỷ", "thủy"],
    // Pagefind already matches these without help.
    ["hòa", undefined],
    ["Kỷ", undefined],
    ["ANTT", undefined],
    ["2019", undefined],
  ])("%s → %s", (word, expected) => {
    expect(twinOf(word)).toBe(expected);
  });
});

describe("withTwins and withoutTwins", () => {
  it.each([
    ["Vụ đình công, lãn công", "Vụ đình ⁅ dinh ⁆ công, lãn công"],
    ["Đội công nhân xung kích", "Đội ⁅ doi ⁆ công nhân xung kích"],
    ["các đơn vị, đơn vị", "các đơn ⁅ don ⁆ vị, đơn ⁅ don ⁆ vị"],
    ["huyện Hiệp Hoà", "huyện Hiệp Hoà ⁅ hòa ⁆"],
    ["Kỷ niệm chương “Bảo vệ ANTQ”", "Kỷ niệm chương “Bảo vệ ANTQ”"],
  ])("%j is indexed as %j and read back unchanged", (text, indexed) => {
    expect(withTwins(text)).toBe(indexed);
    expect(withoutTwins(indexed)).toBe(text);
  });
});

describe("normaliseQuery", () => {
  it.each([
    ["  truong   hoc an toan ", "truong hoc an toan"],
    ["Hiệp Hoà", "Hiệp Hòa"],
    ["thuý", "thúy"],
    ["đơn vị", "đơn vị"],
    ["ho\u0061\u0300", "hòa"],
    ["", ""],
  ])("%j → %j", (query, expected) => {
    expect(normaliseQuery(query)).toBe(expected);
  });
});

describe("excerpt", () => {
  const render = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join("");

  it("marks words matching an unmarked query, including đ", () => {
    expect(render(excerpt("Số vụ đình công, lãn công trong CQDNNT", "dinh cong"))).toBe("Số vụ [đình] [công,] lãn [công] trong CQDNNT");
  });

  it("marks whole words only when the text has them, not every word they begin", () => {
    expect(render(excerpt("các đơn vị báo cáo việc vi phạm", "don vi"))).toBe("các [đơn] [vị] báo cáo việc [vi] phạm");
  });

  it("matches prefixes, as Pagefind does for the word being typed", () => {
    expect(render(excerpt("Trường THPT Ngô Sỹ Liên", "ngo sy li"))).toBe("Trường THPT [Ngô] [Sỹ] [Liên]");
  });

  it("treats both tone placements as the same word", () => {
    expect(render(excerpt("huyện Hiệp Hòa", "hiệp hoà"))).toBe("huyện [Hiệp] [Hòa]");
  });

  it("shows the passage around the matches of a long text", () => {
    const filler = Array.from({ length: 50 }, (_, i) => `từ${i}`).join(" ");
    const text = `${filler} Đội công nhân xung kích ${filler}`;
    const out = render(excerpt(text, "doi cong nhan", 10));
    expect(out.startsWith("… ")).toBe(true);
    expect(out).toContain("[Đội] [công] [nhân] xung");
    expect(out.endsWith(" …")).toBe(true);
  });

  it("falls back to the start of the text when nothing matches", () => {
    expect(render(excerpt("Bệnh viện an toàn về ANTT", "zzz", 3))).toBe("Bệnh viện an …");
  });
});
