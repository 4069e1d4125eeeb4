import { describe, expect, it } from "vitest";
import { glossary } from "../../src/config/glossary.ts";
import { indexedWords } from "../../src/lib/browser/search-folding.ts";
import { APART_NAME, PART_NAME, buildSearchPlan, matchedAlternatives, nameRank, synonymGroups } from "../../src/lib/browser/search-plan.ts";

const groups = synonymGroups(glossary);
const wordings = (query: string) => buildSearchPlan(query, groups).alternatives.map((a) => a.join(" "));

describe("the one acronym table", () => {
  it.each(["ANTQ", "ANTT", "CQDNNT", "CQDNCSGD", "PCCC", "KCN", "CCN", "BCĐ", "MTTQ", "FDI"])("has %s, which search expands", (abbr) => {
    const entry = glossary.find((e) => e.abbr === abbr);
    expect(entry, abbr).toBeDefined();
    expect(wordings(abbr).length).toBeGreaterThan(1);
  });

  it("gives FDI the wording readers type, “vốn đầu tư nước ngoài”", () => {
    expect(glossary.find((e) => e.abbr === "FDI")?.also).toContain("vốn đầu tư nước ngoài");
  });
});

describe("buildSearchPlan expands the glossary both ways", () => {
  it.each([
    // Acronym → full form and the other wordings.
    ["FDI", ["fdi", "doanh nghiệp có vốn đầu tư trực tiếp nước ngoài", "vốn đầu tư nước ngoài", "đầu tư nước ngoài"]],
    // Full form, typed without marks → acronym (the longest form found is the one swapped).
    ["von dau tu nuoc ngoai", ["von dau tu nuoc ngoai", "fdi", "doanh nghiệp có vốn đầu tư trực tiếp nước ngoài", "đầu tư nước ngoài"]],
    ["an ninh trat tu", ["an ninh trat tu", "antt"]],
    // Report 003 also writes ANTTQ for the same words, so one finds the other.
    ["ANTQ", ["antq", "an ninh tổ quốc", "anttq"]],
    ["phòng cháy chữa cháy", ["phòng cháy chữa cháy", "pccc"]],
    ["KCN Quang Châu", ["kcn quang châu", "khu công nghiệp quang châu"]],
    ["cụm công nghiệp", ["cụm công nghiệp", "ccn"]],
    ["BCĐ tỉnh", ["bcđ tỉnh", "ban chỉ đạo tỉnh"]],
    ["ban chi dao", ["ban chi dao", "bcđ"]],
    ["Mặt trận Tổ quốc", ["mặt trận tổ quốc", "mttq"]],
    ["CQDNNT", ["cqdnnt", "cơ quan doanh nghiệp nhà trường"]],
    ["CQDNCSGD", ["cqdncsgd", "cơ quan doanh nghiệp cơ sở giáo dục"]],
    // Words the glossary does not know are searched as typed.
    ["Ngô Sỹ Liên", ["ngô sỹ liên"]],
  ])("%s → %j", (query, expected) => {
    expect(wordings(query).sort()).toEqual([...expected].sort());
    expect(wordings(query)[0]).toBe(expected[0]);
  });

  it("keeps the rest of the query around the swapped words", () => {
    expect(wordings("doanh nghiệp FDI")).toContain("doanh nghiệp vốn đầu tư nước ngoài");
  });

  it("reads marks, đ/d and hòa/hoà as the same words", () => {
    expect(wordings("Ban Chỉ Đạo")).toEqual(wordings("ban chi dao").map((w) => (w === "ban chi dao" ? "ban chỉ đạo" : w)));
  });

  it("gives an empty plan for an empty query", () => {
    expect(buildSearchPlan("  ", groups)).toEqual({ terms: [], typed: [], alternatives: [] });
  });

  it("keeps the words as typed, for messages", () => {
    expect(buildSearchPlan("Đoài 137.226 —", groups)).toMatchObject({ terms: ["đoài", "137226"], typed: ["Đoài", "137.226"] });
  });
});

describe("matchedAlternatives decides what counts", () => {
  const plan = buildSearchPlan("FDI Hàn Quốc", groups);

  it("counts a page holding every word of one wording, after folding", () => {
    expect(matchedAlternatives(plan, indexedWords("doanh nghiệp vốn đầu tư Hàn Quốc, đầu tư nước ngoài")).map((a) => a.join(" "))).toEqual([
      "vốn đầu tư nước ngoài hàn quốc",
      "đầu tư nước ngoài hàn quốc",
    ]);
    expect(matchedAlternatives(plan, indexedWords("Doanh nghiệp FDI · HAN QUOC")).map((a) => a.join(" "))).toEqual(["fdi hàn quốc"]);
  });

  it("does not count a page missing a word, or holding only a longer word", () => {
    expect(matchedAlternatives(plan, indexedWords("Doanh nghiệp FDI · Đài Loan"))).toEqual([]);
    expect(matchedAlternatives(buildSearchPlan("vi", groups), indexedWords("huyện Việt Yên"))).toEqual([]);
  });
});

describe("nameRank: how closely a title or keyword names the query", () => {
  it("names a body's page by the body in a query that adds a task word, after whole names", () => {
    const query = buildSearchPlan("Sở Nội vụ khen thưởng", groups);
    const body = nameRank(query, "Trách nhiệm của Sở Nội vụ");
    const rules = nameRank(query, "Tiêu chuẩn, đối tượng và hồ sơ khen thưởng");
    expect(body).toBe(PART_NAME - 300 + 6);
    expect(body).toBeLessThan(rules);
    expect(nameRank(query, "Sở Nội vụ chủ trì khen thưởng")).toBeLessThan(body);
    expect(nameRank(query, "Công an tỉnh")).toBe(Infinity);
  });

  const plan = (query: string) => buildSearchPlan(query, groups);

  it("finds the words side by side, marks and đ/d folded, through the acronym table", () => {
    expect(nameRank(plan("BCĐ 138"), "Ban Chỉ đạo 138 tỉnh")).toBe(5);
    expect(nameRank(plan("ban chi dao 138"), "Trách nhiệm của Ban Chỉ đạo 138 huyện, thành phố, thị xã")).toBe(12);
    expect(nameRank(plan("yen dung"), "Bệnh viện an toàn tại Bệnh viện Đa khoa huyện Yên Dũng")).toBe(12);
  });

  it("ranks a name holding the words apart after every name holding them together", () => {
    expect(nameRank(plan("quy chế phối hợp"), "Quy chế, kế hoạch, chương trình phối hợp về bảo đảm ANTT")).toBe(12 + APART_NAME);
    expect(nameRank(plan("Yên Dũng"), "Tự quản về ANTT tại Công ty may Yên Thế")).toBe(Infinity);
  });

  it("measures each keyword on its own, so the exact keyword wins", () => {
    expect(nameRank(plan("Hàn Quốc"), "Đội công nhân xung kích bảo đảm ANTT · Doanh nghiệp FDI · Hàn Quốc · 2018")).toBe(2);
    expect(nameRank(plan("137.226"), "Số buổi tuyên truyền: 137.226")).toBe(5);
  });
});
