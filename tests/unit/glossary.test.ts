import { readFileSync } from "node:fs";
import { listFiles } from "../../scripts/lib/dist-files.ts";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { glossary } from "../../src/config/glossary.ts";
import { vi } from "../../src/i18n/vi.ts";
import { glossaryList } from "../../src/lib/site/glossary-list.ts";

/** Capitals that are not acronyms a reader needs explained, and why. */
const NOT_ACRONYMS = new Map([
  ["LGG", "part of a company's own name (Tổng Công ty may Bắc Giang LGG)"],
  ...["FUHONG", "PRECISION", "COMPONENT"].map((w): [string, string] => [
    w,
    "a company's own name written in capitals (FUHONG PRECISION COMPONENT Bắc Giang)",
  ]),
  ["NNNN", "the year pattern in the open-data format note (NNNN-TT-NN)"],
]);
const ROMAN = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;

/**
 * Acronyms in a text: standalone runs of 2–10 capitals (not inside a document number such as
 * 07/CT-BCA-V28), leaving out Roman numerals and words of headings written in capitals.
 */
function acronymsIn(text: string): Set<string> {
  const found = new Set<string>();
  const words = [...text.matchAll(/(?<![\p{L}\p{N}/\-])[\p{Lu}][\p{Lu}\p{N}]{1,9}(?![\p{L}\p{N}/\-])/gu)];
  // Three or more capitalised words in a row, one with a Vietnamese mark, are a heading written in capitals.
  const inRuns: [number, number][] = [...text.matchAll(/\p{Lu}[\p{Lu}\p{N}]*(?:[\s,.;:()–-]+\p{Lu}[\p{Lu}\p{N}]*){2,}/gu)]
    .filter((m) => /[^\sA-ZĐ0-9,.;:()–-]/u.test(m[0]))
    .map((m) => [m.index, m.index + m[0].length]);
  for (const m of words) {
    const word = m[0];
    // Acronyms are written in A–Z and Đ; a capital with a Vietnamese mark (MỤC, VÀ) is a word in capitals.
    if (ROMAN.test(word) || NOT_ACRONYMS.has(word) || !/^[A-ZĐ0-9]+$/.test(word)) continue;
    if (inRuns.some(([a, b]) => m.index >= a && m.index < b)) continue;
    found.add(word);
  }
  return found;
}

const filesUnder = (dir: string) => listFiles(dir).map((f) => join(dir, f));

describe("glossary", () => {
  const known = new Set(glossary.map((e) => e.abbr));

  it("covers every acronym used in content/ and in the UI strings (src/i18n/)", () => {
    const missing = new Map<string, string>();
    for (const file of filesUnder("content"))
      for (const a of acronymsIn(readFileSync(file, "utf8"))) if (!known.has(a)) missing.set(a, file);
    for (const [key, text] of Object.entries(vi))
      for (const a of acronymsIn(text)) if (!known.has(a)) missing.set(a, `src/i18n/vi.ts (${key})`);
    expect(Object.fromEntries(missing), "add these to src/config/glossary.ts with their full form").toEqual({});
  });

  it("finds acronyms but not document numbers, Roman numerals or headings in capitals", () => {
    expect([...acronymsIn("Chỉ thị số 07/CT-BCA-V28 về ANTQ; mục II.2; UBND tỉnh; PHẦN THỨ NHẤT ĐẶC ĐIỂM TÌNH HÌNH NỘI DUNG")]).toEqual([
      "ANTQ",
      "UBND",
    ]);
    expect([...acronymsIn("các chữ ANTQ, ANTT, XYZW đều cần giải thích")]).toEqual(["ANTQ", "ANTT", "XYZW"]);
  });

  it("lists each acronym once, in Vietnamese order, with an anchor", () => {
    const list = glossaryList(glossary);
    expect(new Set(list.map((e) => e.abbr)).size).toBe(list.length);
    expect(list.find((e) => e.abbr === "ANTQ")!.anchor).toBe("antq");
    expect(list.findIndex((e) => e.abbr === "BCĐ")).toBeLessThan(list.findIndex((e) => e.abbr === "CAT"));
  });
});
