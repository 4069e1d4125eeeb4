import { describe, expect, it } from "vitest";
import { checkParts, checkSums, inconsistentSums, type SumItem } from "../../src/lib/statistics/sum-checks.ts";
import { resolveFigures } from "../../src/lib/statistics/figures.ts";
import { readStatistics } from "../helpers/content.ts";
import { tallyRows, tallyTable, viTallyLabels } from "../../src/lib/commendations/tallies.ts";
import type { TallyData } from "../../src/schemas/commendation.ts";

describe("checkSums on fictional totals", () => {
  it.each<[string, SumItem[], { sum: number; difference: number; adds: boolean; kind: string }]>([
    [
      "parts that add up",
      [
        { id: "tong", value: 66 },
        { id: "a", value: 22, partOf: "tong" },
        { id: "b", value: 44, partOf: "tong" },
      ],
      { sum: 66, difference: 0, adds: true, kind: "breakdown" },
    ],
    [
      "parts that exceed the total",
      [
        { id: "tong", value: 34 },
        { id: "a", value: 25, partOf: "tong" },
        { id: "b", value: 3, partOf: "tong" },
        { id: "c", value: 7, partOf: "tong" },
      ],
      { sum: 35, difference: 1, adds: false, kind: "breakdown" },
    ],
    [
      "parts short of the total",
      [
        { id: "tong", value: 1000 },
        { id: "a", value: 300, partOf: "tong" },
        { id: "b", value: 21, partOf: "tong" },
      ],
      { sum: 321, difference: -679, adds: false, kind: "breakdown" },
    ],
    [
      "decimals without float noise",
      [
        { id: "tong", value: 2969.67 },
        { id: "a", value: 1000.67, partOf: "tong" },
        { id: "b", value: 1969, partOf: "tong" },
      ],
      { sum: 2969.67, difference: 0, adds: true, kind: "breakdown" },
    ],
    [
      "one part read as 'trong đó'",
      [
        { id: "tong", value: 236 },
        { id: "a", value: 225, partOf: "tong" },
      ],
      { sum: 225, difference: -11, adds: true, kind: "subset" },
    ],
    [
      "one part larger than its total",
      [
        { id: "tong", value: 10 },
        { id: "a", value: 12, partOf: "tong" },
      ],
      { sum: 12, difference: 2, adds: false, kind: "subset" },
    ],
  ])("%s", (_name, items, expected) => {
    const [check] = checkSums(items);
    expect(check).toMatchObject({ totalId: "tong", reported: items[0]!.value, ...expected });
  });

  it("ignores figures without parts and keeps content order", () => {
    const items: SumItem[] = [
      { id: "x", value: 5 },
      { id: "b-tong", value: 2 },
      { id: "a-tong", value: 3 },
      { id: "p1", value: 1, partOf: "a-tong" },
      { id: "p2", value: 2, partOf: "b-tong" },
      { id: "p3", value: 2, partOf: "a-tong" },
    ];
    expect(checkSums(items).map((c) => [c.totalId, c.partIds])).toEqual([
      ["b-tong", ["p2"]],
      ["a-tong", ["p1", "p3"]],
    ]);
  });
});

describe("sums in the real content (content/statistics)", () => {
  const figures = resolveFigures(readStatistics("content"));
  const byId = new Map(figures.map((f) => [f.id, f]));
  const checks = checkSums(figures);
  const report = inconsistentSums(figures).map(
    (c) => `${byId.get(c.totalId)!.metric}: ${c.reported} ≠ ${c.sum} (${c.difference > 0 ? "+" : ""}${c.difference})`,
  );

  it("finds exactly the three totals the documents report with parts that do not add up", () => {
    // Seen in the seeds: 34 mô hình điểm vs 25 + 03 + 07; 1.658 nhân viên bảo vệ vs
    // 140 + 555 + 471 + 1.171; 4.913 lượt kiểm tra PCCC vs 330 + 246 + 1.352 + 1.862 + 154.
    console.info(`Tổng không khớp với các phần:\n  ${report.join("\n  ")}`);
    expect(
      inconsistentSums(figures)
        .map((c) => c.totalId)
        .sort(),
    ).toEqual(["kiem-tra-pccc-tong", "luc-luong-bao-ve-tong", "mo-hinh-diem-tong"]);
  });

  it("reports each difference as the content's parts minus the content's total", () => {
    for (const check of inconsistentSums(figures)) {
      const parts = figures.filter((f) => f.partOf === check.totalId);
      expect(parts.length).toBeGreaterThan(1);
      expect(check.sum).toBe(parts.reduce((acc, p) => acc + p.value, 0));
      expect(check.difference).toBe(check.sum - byId.get(check.totalId)!.value);
      expect(check.difference).not.toBe(0);
    }
  });

  it("finds the parts of the 66 coordination regulations adding up", () => {
    const check = checks.find((c) => c.totalId === "phoi-hop-tong");
    expect(check).toMatchObject({ kind: "breakdown", adds: true, difference: 0 });
    expect(check!.partIds.length).toBe(2);
  });
});

describe("one rule for statistics groups and commendation tallies", () => {
  it.each([
    ["159 tập thể = 5+1+16+25+112 adds up", 159, [5, 1, 16, 25, 112], 0, true],
    ["219 cá nhân = 28+191 adds up", 219, [28, 191], 0, true],
    ["parts short of the total differ", 159, [5, 16, 25, 112], -1, false],
    ["parts over the total differ", 100, [60, 50], 10, false],
    ["one part under its total is a subset that adds", 236, [225], -11, true],
    ["rounded to hundredths", 0.3, [0.1, 0.2], 0, true],
  ])("%s", (_name, total, parts, difference, adds) => {
    const rows = [{ id: "tong", value: total }, ...parts.map((value, i) => ({ id: `phan-${i}`, value, partOf: "tong" }))];
    const [check] = checkParts(rows);
    expect(check).toMatchObject({ difference, adds, totalId: "tong", reported: total });
    expect(check?.parts.map((p) => p.id)).toEqual(parts.map((_, i) => `phan-${i}`));
    expect(check?.total.id).toBe("tong");
  });

  it("ignores rows that nothing is a part of, and a null partOf", () => {
    expect(checkParts([{ id: "ky-niem-chuong", value: 145, partOf: null }])).toEqual([]);
  });

  const period = { from: "2030", to: "2031" };
  const source = { document: "van-ban-thu-nghiem", section: "Mục 1" };
  // Fictional numbers: a total with one part under it (a subset) and a total with two parts one short.
  const numbers = [
    { id: "tong-a", value: 40 },
    { id: "a-1", value: 30, partOf: "tong-a" },
    { id: "tong-b", value: 12.5 },
    { id: "b-1", value: 7.25, partOf: "tong-b" },
    { id: "b-2", value: 4.25, partOf: "tong-b" },
  ];
  const tally: TallyData = {
    kind: "tally",
    title: "Khen thưởng thử nghiệm",
    reportingBody: "Ban Chỉ đạo thử nghiệm",
    period,
    source,
    updated: "2031-01-01",
    rows: numbers.map((n) => ({ ...n, unit: "lượt" })),
  } as TallyData;
  const rows = tallyRows(tally, new Map(), viTallyLabels);
  const figures = numbers.map((n) => ({ ...n, groupId: "nhom", metric: n.id, label: n.id, unit: "lượt" }));

  it("gives a tally and a statistics group with the same numbers the same verdict", () => {
    const verdict = (checks: { totalId: string; adds: boolean; difference: number; kind: string }[]) =>
      checks.map(({ totalId, adds, difference, kind }) => ({ totalId, adds, difference, kind }));
    expect(verdict(checkParts(rows))).toEqual(verdict(checkSums(figures)));
    expect(verdict(checkSums(figures))).toEqual([
      { totalId: "tong-a", adds: true, difference: -10, kind: "subset" },
      { totalId: "tong-b", adds: false, difference: -1, kind: "breakdown" },
    ]);
  });

  it("lists the same inconsistent totals in a tally's download as the rule finds", () => {
    const table = tallyTable(
      "",
      rows,
      Array(13).fill("h"),
      viTallyLabels,
      (d) => d,
      () => "2030–2031",
      "https://antq.example/",
    );
    expect(table.checks).toHaveLength(1);
    expect(table.checks[0]).toContain("12,5");
    expect(inconsistentSums(rows).map((c) => c.totalId)).toEqual(["tong-b"]);
  });
});
