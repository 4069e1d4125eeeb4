import { checkParts } from "../../src/lib/statistics/sum-checks.ts";
import { describe, expect, it } from "vitest";
import {
  tallyChart,
  tallyCsv,
  tallyEmbedExtraHeight,
  tallyMatrix,
  tallyRows,
  viTallyLabels,
  type TallyChartInput,
} from "../../src/lib/commendations/tallies.ts";
import { parseCsv } from "../../src/lib/downloads/csv.ts";
import { formatPeriod } from "../../src/lib/browser/format.ts";
import type { AwardData, TallyData } from "../../src/schemas/commendation.ts";

const source = { document: "bao-cao-so-ket-5-nam-chi-thi-07-2019", section: "Phần thứ nhất, mục II.2.7" };
const award = (title: string, authority: string, order: number): AwardData => ({
  kind: "award",
  title,
  authority,
  order,
  form: "bang-khen",
  source,
  updated: "2026-11-26",
});
const awards = new Map<string, AwardData>([
  ["co-thi-dua-bo-cong-an", award("Cờ thi đua xuất sắc của Bộ Công an", "Bộ Công an", 10)],
  ["bang-khen-chu-tich-ubnd-tinh", award("Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch UBND tỉnh", 40)],
  ["giay-khen-giam-doc-cong-an-tinh", award("Giấy khen của Giám đốc Công an tỉnh", "Giám đốc Công an tỉnh", 50)],
]);
// Shaped like the 2014–2019 tally of the 5-year review, trimmed to three awards.
const tally: TallyData = {
  kind: "tally",
  title: "Khen thưởng tập thể, cá nhân trong CQDNNT từ năm 2014 đến tháng 9/2019",
  source,
  updated: "2026-11-26",
  period: { from: "2014", to: "2019-09", label: "Từ năm 2014 đến nay (tháng 9/2019)" },
  reportingBody: "Ban Chỉ đạo tỉnh",
  rows: [
    { id: "ca-nhan", recipientType: "ca-nhan", value: 219, unit: "lượt" },
    { id: "tap-the", recipientType: "tap-the", value: 159, unit: "lượt" },
    { id: "giay-khen-tt", award: "giay-khen-giam-doc-cong-an-tinh", recipientType: "tap-the", value: 112, unit: "lượt", partOf: "tap-the" },
    { id: "co-tt", award: "co-thi-dua-bo-cong-an", recipientType: "tap-the", value: 5, unit: "lượt", partOf: "tap-the" },
    { id: "bang-khen-cn", award: "bang-khen-chu-tich-ubnd-tinh", recipientType: "ca-nhan", value: 28, unit: "lượt", partOf: "ca-nhan" },
    { id: "giay-khen-cn", award: "giay-khen-giam-doc-cong-an-tinh", recipientType: "ca-nhan", value: 191, unit: "lượt", partOf: "ca-nhan" },
  ],
};

describe("tallyRows and tallyMatrix", () => {
  const rows = tallyRows(tally, awards, viTallyLabels);

  it("labels each row with award title and recipient type, keeping the reported unit", () => {
    expect(rows.find((r) => r.id === "bang-khen-cn")).toMatchObject({
      label: "Bằng khen của Chủ tịch UBND tỉnh — Cá nhân",
      value: 28,
      unit: "lượt",
      authority: "Chủ tịch UBND tỉnh",
    });
    expect(rows.find((r) => r.id === "tap-the")?.label).toBe("Tổng theo báo cáo — Tập thể");
  });

  it("orders award lines by the awards' order and puts totals apart", () => {
    const matrix = tallyMatrix(rows, awards);
    expect(matrix.columns).toEqual(["tap-the", "ca-nhan"]);
    expect(matrix.awards.map((a) => a.award)).toEqual([
      "co-thi-dua-bo-cong-an",
      "bang-khen-chu-tich-ubnd-tinh",
      "giay-khen-giam-doc-cong-an-tinh",
    ]);
    expect(matrix.awards[2]?.cells["tap-the"]?.value).toBe(112);
    expect(matrix.awards[2]?.cells["ca-nhan"]?.value).toBe(191);
    expect(matrix.awards[0]?.cells["ca-nhan"]).toBeUndefined();
    expect(matrix.totals["tap-the"]?.value).toBe(159);
  });

  it("writes a CSV line per reported row with period and source", () => {
    const csv = parseCsv(
      tallyCsv(
        rows,
        ["id", "award", "authority", "type", "q", "value", "unit", "partOf", "period", "body", "doc", "section", "note"],
        viTallyLabels,
        () => "Báo cáo sơ kết 05 năm",
        formatPeriod,
      ),
    );
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv[3]).toEqual([
      "giay-khen-tt",
      "Giấy khen của Giám đốc Công an tỉnh",
      "Giám đốc Công an tỉnh",
      "Tập thể",
      "",
      "112",
      "lượt",
      "tap-the",
      "Từ năm 2014 đến nay (tháng 9/2019)",
      "Ban Chỉ đạo tỉnh",
      "Báo cáo sơ kết 05 năm",
      "Phần thứ nhất, mục II.2.7",
      "",
    ]);
  });
});

describe("tallyChart", () => {
  const input: TallyChartInput = {
    id: "khen-thuong-2014-2019",
    title: tally.title,
    reportingBody: tally.reportingBody,
    period: formatPeriod(tally.period),
    updated: tally.updated,
    source: { href: "/van-ban/x/", title: "Báo cáo", section: source.section },
    homeHref: "/khen-thuong/",
  };
  const chartOf = (data: TallyData) => {
    const rows = tallyRows(data, awards, viTallyLabels);
    return tallyChart(input, tallyMatrix(rows, awards), rows);
  };

  it("draws one bar per award and recipient type in the table's order, and leaves the reported totals to the table", () => {
    const { spec, notDrawn } = chartOf(tally);
    expect(spec.rows.map((r) => r.figureId)).toEqual(["co-tt", "bang-khen-cn", "giay-khen-tt", "giay-khen-cn"]);
    expect(spec.rows.map((r) => r.value)).toEqual([5, 28, 112, 191]);
    expect(spec.chart).toBe(true);
    expect(notDrawn).toEqual([]);
    expect(spec.summary).toContain("lượt");
    expect(spec.summary).toContain(tally.reportingBody);
  });

  it("keeps rows counted in another unit out of the bars, unconverted, and names them", () => {
    const mixed: TallyData = {
      ...tally,
      rows: [
        ...tally.rows,
        { id: "co-tinh", award: "bang-khen-chu-tich-ubnd-tinh", recipientType: "tap-the", value: 1, unit: "tập thể", partOf: "tap-the" },
      ],
    };
    const { spec, notDrawn } = chartOf(mixed);
    expect(new Set(spec.rows.map((r) => r.unit))).toEqual(new Set(["lượt"]));
    expect(notDrawn.map((r) => [r.id, r.value, r.unit])).toEqual([["co-tinh", 1, "tập thể"]]);
    expect(spec.chart).toBe(true);
  });

  it("draws the reported totals when the document gives no breakdown by award", () => {
    const totalsOnly: TallyData = { ...tally, rows: tally.rows.filter((r) => !r.award) };
    const { spec } = chartOf(totalsOnly);
    expect(spec.rows.map((r) => r.value)).toEqual([219, 159]);
  });

  it("uses the unit most award rows share when the totals disagree", () => {
    const rows = tally.rows.map((r) => (r.id === "tap-the" ? { ...r, unit: "tập thể" } : r));
    const { spec, notDrawn } = chartOf({ ...tally, rows });
    expect(spec.rows[0]?.unit).toBe("lượt");
    expect(notDrawn).toEqual([]);
  });
});

describe("tallyEmbedExtraHeight", () => {
  it("gives the embed room for every table line, note and check beyond the bars", () => {
    const rows = tallyRows(tally, awards, viTallyLabels);
    const matrix = tallyMatrix(rows, awards);
    const input = {
      id: "x",
      title: "x",
      reportingBody: "x",
      period: "x",
      updated: "2026-11-26",
      source: { href: "/", title: "x", section: "x" },
      homeHref: "/",
    };
    const figure = { ...tallyChart(input, matrix, rows), matrix, rows, checks: checkParts(rows) };
    const withNotes = { ...figure, rows: rows.map((r) => ({ ...r, note: "Ghi chú." })) };
    expect(tallyEmbedExtraHeight(figure)).toBeGreaterThan(0);
    expect(tallyEmbedExtraHeight(withNotes)).toBeGreaterThan(tallyEmbedExtraHeight(figure));
  });
});
