import { describe, expect, it } from "vitest";
import {
  applySelection,
  countByPhrase,
  countFacets,
  intersect,
  mergeHits,
  namedFirst,
  rankHits,
  type FacetPages,
} from "../../src/lib/browser/search-results.ts";

describe("mergeHits", () => {
  it("keeps each page once with its best score, best first", () => {
    expect(
      mergeHits([
        [
          { id: "a", score: 1 },
          { id: "b", score: 3 },
        ],
        [
          { id: "a", score: 5 },
          { id: "c", score: 2 },
        ],
      ]),
    ).toEqual([
      { id: "a", score: 5 },
      { id: "b", score: 3 },
      { id: "c", score: 2 },
    ]);
  });
});

describe("intersect", () => {
  it("keeps pages every word's set has", () => {
    expect([...intersect([new Set(["a", "b", "c"]), new Set(["b", "c"]), new Set(["c", "b", "x"])])].sort()).toEqual(["b", "c"]);
    expect(intersect([])).toEqual(new Set());
  });
});

describe("rankHits", () => {
  const hits = [
    { id: "long-doc", score: 9 },
    { id: "prefix-only", score: 8 },
    { id: "adjacent", score: 2 },
    { id: "apart", score: 1 },
  ];

  it("drops pages without the exact words and puts adjacent words first", () => {
    expect(rankHits(hits, new Set(["long-doc", "adjacent", "apart"]), new Set(["adjacent"])).map((h) => h.id)).toEqual([
      "adjacent",
      "long-doc",
      "apart",
    ]);
  });
});

describe("countByPhrase: “Yên Dũng” counts the pages where the two words stand together", () => {
  // Pages holding both folded words: the Yên Dũng hospital, and models in Yên Thế whose text says “sử dụng”.
  const exact = new Set(["benh-vien-yen-dung", "may-yen-the", "thpt-viet-yen"]);

  it("counts the side-by-side pages and lists the others apart", () => {
    const { counted, apart, together } = countByPhrase(exact, new Set(["benh-vien-yen-dung"]));
    expect([...counted]).toEqual(["benh-vien-yen-dung"]);
    expect([...apart].sort()).toEqual(["may-yen-the", "thpt-viet-yen"]);
    expect(together).toBe(true);
  });

  it("never counts a side-by-side page that lacks an exact word (Pagefind's prefix matches)", () => {
    expect([...countByPhrase(exact, new Set(["benh-vien-yen-dung", "yen-dungx"])).counted]).toEqual(["benh-vien-yen-dung"]);
  });

  it("counts pages holding the words apart, and says so, when no page has them together", () => {
    expect(countByPhrase(exact, new Set(["elsewhere"]))).toEqual({ counted: exact, apart: new Set(), together: false });
  });

  it("counts every page holding the words when no phrase is asked for (longer queries)", () => {
    expect(countByPhrase(exact, null)).toEqual({ counted: exact, apart: new Set(), together: true });
  });
});

describe("namedFirst", () => {
  it("puts pages named by the query first, the closest name first, within the window", () => {
    const lengths: Record<string, number> = { body: 12, doc: 5, mention: Infinity, late: 2 };
    expect(namedFirst(["mention", "body", "doc", "late"], (id) => lengths[id]!, 3)).toEqual(["doc", "body", "mention", "late"]);
  });
});

describe("facets", () => {
  const pages: FacetPages = {
    loai: { "Mô hình": new Set(["m1", "m2", "m3"]), "Văn bản": new Set(["d1"]) },
    huyen: { "Việt Yên": new Set(["m1", "m2"]), "Yên Thế": new Set(["m3"]) },
  };
  const ids = ["m1", "d1", "m2", "m3"];

  it("narrows by facets, any value within one, all facets together, order kept", () => {
    const items = ids.map((id) => ({ id }));
    expect(applySelection(items, pages, { loai: ["Mô hình", "Văn bản"] }).map((i) => i.id)).toEqual(ids);
    expect(applySelection(items, pages, { loai: ["Mô hình"], huyen: ["Yên Thế"] }).map((i) => i.id)).toEqual(["m3"]);
  });

  it("counts each facet as if its own choice were not made yet", () => {
    expect(countFacets(ids, pages, { huyen: ["Việt Yên"] })).toEqual({
      loai: { "Mô hình": 2, "Văn bản": 0 },
      huyen: { "Việt Yên": 2, "Yên Thế": 1 },
    });
  });

  it("counts only the pages of the result list", () => {
    expect(countFacets(["m3"], pages, {}).loai).toEqual({ "Mô hình": 1, "Văn bản": 0 });
  });
});
