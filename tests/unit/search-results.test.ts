import { describe, expect, it } from "vitest";
import { applySelection, countFacets, intersect, mergeHits, rankHits, type FacetPages } from "../../src/lib/search-results.ts";

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
    expect(rankHits(hits, new Set(["long-doc", "adjacent", "apart"]), new Set(["adjacent"])).map((h) => h.id)).toEqual(["adjacent", "long-doc", "apart"]);
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
