import { describe, expect, it } from "vitest";
import { benchResult } from "./helpers/bench-result.ts";
import {
  closingNote,
  distanceToLimit,
  evaluateGoals,
  formatBenchReport,
  peerSeconds,
  rebuildLimit,
  type CorpusResult,
} from "../../scripts/lib/bench/report.ts";

describe.each([
  [1.2, 1.5, "còn dư 20%"],
  [1.8, 1.5, "vượt 20%"],
  [14, 14, "đúng mức"],
  [0, 0, "đúng mức"],
  [1532, 0, "vượt 1.532"],
])("distanceToLimit(%d, %d)", (measured, limit, expected) => {
  it(`says "${expected}"`, () => expect(distanceToLimit(measured, limit)).toBe(expected));
});

const measured = benchResult();

describe("evaluateGoals", () => {
  it("checks each goal of the issue and says how far it is", () => {
    expect(evaluateGoals([measured]).map((g) => [g.goal, g.measured, g.met, g.distance])).toEqual([
      ["Dựng lần đầu ÷ đối chứng", "1,20×", true, "còn dư 40%"],
      ["Dựng lại ÷ đối chứng", "1,10×", true, "còn dư 15%"],
      ["Bộ nhớ đỉnh, tiến trình lớn nhất ÷ đối chứng", "1,20×", false, "vượt 9%"],
      ["Bộ nhớ đỉnh khi dựng", "5,00 GB", false, "vượt 25%"],
      ["`npm run check`", "3,20 s", false, "vượt 60%"],
      ["HTML trang mô hình (gzip)", "9,0 KB", true, "còn dư 36%"],
      ["JS khi mở trang mô hình", "0 byte", true, "đúng mức"],
      ["Tải về cho lần tìm đầu", "260 KB", false, "vượt 30%"],
    ]);
  });

  it("marks goals whose pages do not exist yet as not measured, never as met", () => {
    const goals = evaluateGoals([{ ...measured, profile: null, firstQuery: null, pagefindBytes: null }]);
    expect(goals.filter((g) => g.met === null).map((g) => g.goal)).toEqual([
      "HTML trang mô hình (gzip)",
      "JS khi mở trang mô hình",
      "Tải về cho lần tìm đầu",
    ]);
  });
});

describe("what the recipient lists add and where the time goes", () => {
  const withPhases: CorpusResult = {
    ...measured,
    withoutRecipientsSeconds: 155,
    phases: {
      build: [
        { name: "Astro: sinh trang", seconds: 120.04 },
        { name: "Thay dist/", seconds: 0.2 },
      ],
      rebuild: [{ name: "Astro: sinh trang", seconds: 90 }],
    },
  };

  it("holds the lists to at most 10% more than a rebuild without them", () => {
    const row = evaluateGoals([withPhases]).find((g) => g.goal.includes("dòng khen thưởng"))!;
    expect([row.goal, row.measured, row.met]).toEqual(["50.000 dòng khen thưởng thêm vào dựng lại", "6%", true]);
    expect(evaluateGoals([{ ...withPhases, withoutRecipientsSeconds: 100 }]).find((g) => g.goal.includes("dòng khen thưởng"))!.met).toBe(
      false,
    );
  });

  it("tables every phase of the first build and the rebuild, a dash where a build had none", () => {
    const report = formatBenchReport({ results: [withPhases], lighthouse: [], command: "npm run bench", machine: "máy thử" });
    expect(report).toContain("| Astro: sinh trang | 120,0 | 90,0 |");
    expect(report).toContain("| Thay dist/ | 0,2 | — |");
  });
});

describe("the peer's time", () => {
  it.each([
    [[160, 140, 150], 150],
    [[30, 10], 20],
    [[42], 42],
  ])("is the median of its runs %j", (runs, median) => {
    expect(peerSeconds({ ...measured.peer, runs })).toBe(median);
  });

  it("is held to 1.2× for a rebuild up to 1,000 profiles and 1.3× above (issue #19)", () => {
    expect([200, 1000, 1001, 10000].map(rebuildLimit)).toEqual([1.2, 1.2, 1.3, 1.3]);
  });
});

describe("formatBenchReport", () => {
  const report = formatBenchReport({
    results: [measured],
    lighthouse: [{ label: "Trang chủ", url: "/", performance: 91, accessibility: 100, bestPractices: 96, seo: 100 }],
    command: "npm run bench",
    machine: "máy thử",
  });

  it("has the measurements table, the goals, Lighthouse scores and the command", () => {
    expect(report).toContain("Lệnh: `npm run bench`");
    expect(report).toMatch(
      /\| 10\.000 mô hình, 50\.000 người\/tập thể được khen \| 10\.240 \| 180,0 \| 165,0 \| 20,0 \| 9,00× \/ 8,25× \| 5\.120 MB \| 56,9 \|/,
    );
    expect(report).toContain(
      "| 10.000 mô hình | 150,0 | 160,0 · 140,0 · 150,0 | 180,0 | 1,20× | 165,0 | 1,10× | 20,0 | 1.024 MB / 1.229 MB | 1.536 MB / 5.120 MB |",
    );
    expect(report).toContain("| Trang chủ | `/` | 91 | 100 | 96 | 100 |");
    expect(report).toContain("Loại trang trong bản dựng 10.000 mô hình: `/`, `/mo-hinh/`, `/mo-hinh/*/`.");
  });

  it("ends with a note naming every unmet goal", () => {
    const last =
      "4 mục tiêu chưa đạt: Bộ nhớ đỉnh, tiến trình lớn nhất ÷ đối chứng (10.000 mô hình); Bộ nhớ đỉnh khi dựng (10.000 mô hình); `npm run check` (10.000 mô hình); Tải về cho lần tìm đầu (10.000 mô hình).";
    expect(closingNote([measured]).at(-1)).toBe(last);
    expect(report.trimEnd().endsWith(last)).toBe(true);
  });

  it("reports the search relevance set: precision at 1 and 3, false hits, and the queries that missed", () => {
    const verdict = {
      query: "FDI",
      urls: ["/so-lieu/tinh-hinh/", "/mo-hinh/a/"],
      status: "",
      first: ["/mo-hinh/a/"],
      at1: false,
      at3: true,
      falseHits: [],
    };
    const withRelevance = formatBenchReport({
      results: [measured],
      lighthouse: [],
      command: "npm run bench",
      machine: "máy thử",
      relevance: {
        queries: 2,
        precisionAt1: 0.5,
        precisionAt3: 1,
        falseHits: 0,
        verdicts: [verdict, { ...verdict, query: "Hàn Quốc", urls: ["/mo-hinh/a/"], at1: true }],
        nothing: [],
      },
    });
    expect(withRelevance).toContain(
      "| Tìm kiếm: đúng trang đứng đầu (P@1) | content/, 2 truy vấn | 0,500 | ≥ 0,900 | **chưa đạt** | thiếu 40,0 điểm % |",
    );
    expect(withRelevance).toContain("| Tìm kiếm: kết quả sai (thiếu từ đã gõ) | content/, 2 truy vấn | 0 | = 0 | đạt | đúng mức |");
    expect(withRelevance).toContain("- “FDI”: đứng đầu `/so-lieu/tinh-hinh/`, cần `/mo-hinh/a/`");
  });
});
