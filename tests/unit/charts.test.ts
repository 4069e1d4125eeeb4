import { describe, expect, it } from "vitest";
import { heightForLabels, LABEL_CHARS, labelCharsFor } from "../../src/lib/chart-layout.ts";
import { buildChartConfig, canChart, chartCsv, chartFromGroup, chartHeight, chartJson, chartPayload, embedSnippet, rowsFromFigures, wrapLabel, type ChartRow } from "../../src/lib/charts.ts";
import { resolveFigures } from "../../src/lib/figures.ts";
import { formatFigure } from "../../src/lib/format.ts";
import type { DocumentData } from "../../src/schemas/document.ts";
import type { StatisticGroup } from "../../src/schemas/statistic.ts";
import { readDocuments, readStatistics } from "../helpers/content.ts";

const documents = new Map<string, DocumentData>([
  ["bao-cao-so-ket", { shortTitle: "Báo cáo sơ kết 5 năm (2019)" } as DocumentData],
]);

// Fictional group (hư cấu) in the shape of the outreach figures by reporting body.
const outreach: StatisticGroup = {
  title: "Buổi tuyên truyền theo đơn vị báo cáo (hư cấu)",
  theme: "tuyen-truyen",
  description: "Số buổi tuyên truyền mỗi đơn vị báo cáo (hư cấu).",
  period: { from: "2014-08-15", to: "2019-09", label: "Từ năm 2014 đến tháng 9/2019" },
  source: { document: "bao-cao-so-ket", section: "Phần thứ nhất, chú thích 3" },
  chart: true,
  order: 10,
  updated: "2026-11-26",
  figures: [
    { id: "hc-lien-doan", metric: "Buổi tuyên truyền", value: 1250, unit: "buổi", reportingBody: "Liên đoàn Lao động tỉnh", headline: false },
    { id: "hc-tinh-doan", metric: "Buổi tuyên truyền", value: 4000, qualifier: "hơn", unit: "buổi", reportingBody: "Ban Thường vụ Tỉnh đoàn", headline: false, note: "Văn bản ghi “hơn 4.000 buổi”." },
    { id: "hc-giao-duc", metric: "Buổi tuyên truyền", value: 986, unit: "buổi", reportingBody: "Sở Giáo dục và Đào tạo", headline: false, period: { from: "2018", to: "2019" }, source: { document: "bao-cao-so-ket", section: "Phần thứ nhất, chú thích 5" } },
  ],
};

describe("rowsFromFigures", () => {
  it("labels rows by reporting body when every figure counts the same thing", () => {
    const { labelHeading, rows } = rowsFromFigures(resolveFigures([{ id: "g", data: outreach }]), "Từ năm 2014 đến tháng 9/2019");
    expect(labelHeading).toBe("Đơn vị báo cáo");
    expect(rows.map((r) => r.label)).toEqual(["Liên đoàn Lao động tỉnh", "Ban Thường vụ Tỉnh đoàn", "Sở Giáo dục và Đào tạo"]);
    expect(rows[1]).toMatchObject({ value: 4000, qualifier: "hơn", note: "Văn bản ghi “hơn 4.000 buổi”." });
    expect(rows[2]!.note).toBe("Thời gian: 2018 – 2019.");
  });

  it.each([
    ["one body, several metrics → metric", [["Vụ cháy nổ", "Công an tỉnh"], ["Vụ trộm cắp tài sản", "Công an tỉnh"]], ["Vụ cháy nổ", "Vụ trộm cắp tài sản"], "Nội dung"],
    ["several bodies and metrics → both", [["Lớp tập huấn", "Sở Tư pháp"], ["Hội nghị", "Ủy ban MTTQ tỉnh"]], ["Lớp tập huấn (Sở Tư pháp)", "Hội nghị (Ủy ban MTTQ tỉnh)"], "Nội dung"],
  ])("%s", (_name, pairs, labels, heading) => {
    const figures = resolveFigures([{ id: "g", data: { ...outreach, figures: pairs.map(([metric, body], i) => ({ id: `f${i}`, metric: metric!, value: i, unit: "vụ", reportingBody: body!, headline: false })) } }]);
    const result = rowsFromFigures(figures);
    expect(result.rows.map((r) => r.label)).toEqual(labels);
    expect(result.labelHeading).toBe(heading);
  });
});

describe("chartFromGroup", () => {
  const spec = chartFromGroup("tuyen-truyen-hc", outreach, documents, "/so-lieu/tuyen-truyen/");
  it("lists each distinct source once, linked to the document page", () => {
    expect(spec.sources).toEqual([
      { href: "/van-ban/bao-cao-so-ket/", title: "Báo cáo sơ kết 5 năm (2019)", section: "Phần thứ nhất, chú thích 3" },
      { href: "/van-ban/bao-cao-so-ket/", title: "Báo cáo sơ kết 5 năm (2019)", section: "Phần thứ nhất, chú thích 5" },
    ]);
  });
  it("draws bars only when every row shares a unit", () => {
    expect(spec.chart).toBe(true);
    const mixed = chartFromGroup("ho-so", { ...outreach, figures: [outreach.figures[0]!, { ...outreach.figures[1]!, unit: "lượt người" }] }, documents, "/");
    expect(mixed.chart).toBe(false);
    expect(chartFromGroup("g", { ...outreach, chart: false }, documents, "/").chart).toBe(false);
  });
  it("keeps the period and the date of the last change", () => {
    expect(spec).toMatchObject({ period: "Từ năm 2014 đến tháng 9/2019", updated: "2026-11-26", homeHref: "/so-lieu/tuyen-truyen/" });
  });
});

describe("buildChartConfig", () => {
  const rows: ChartRow[] = [
    { label: "Liên đoàn Lao động tỉnh", value: 1250, unit: "buổi" },
    { label: "Ban Chỉ đạo các huyện, thành phố, lực lượng Công an, Mặt trận Tổ quốc", value: 4000, qualifier: "hơn", unit: "buổi" },
  ];
  it("is a horizontal bar chart of exactly the rows' values", () => {
    const config = buildChartConfig(rows, "buổi");
    expect(config.data.datasets[0]!.data).toEqual([1250, 4000]);
    expect(config.options?.indexAxis).toBe("y");
    expect(config).toMatchSnapshot();
  });
  it("carries each row as the page writes it for the tooltips (vi-VN)", () => {
    const payload = chartPayload({ id: "g", title: "T", summary: "", labelHeading: "", rows, sources: [{ href: "/van-ban/a/", title: "Báo cáo sơ kết", section: "mục II" }], period: "", updated: "2026-11-26", chart: true, homeHref: "/" });
    expect(payload.tooltips).toEqual(["1.250 buổi", "hơn 4.000 buổi"]);
    expect(payload.source).toBe("Nguồn: Báo cáo sơ kết, mục II");
  });
  it("survives a JSON round trip (it travels in a data- attribute)", () => {
    const config = buildChartConfig(rows, "buổi");
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
});

describe("wrapLabel and chartHeight", () => {
  it.each([
    ["Sở Tư pháp", ["Sở Tư pháp"]],
    ["Ban Chỉ đạo các huyện, thành phố, lực lượng Công an", ["Ban Chỉ đạo các huyện, thành", "phố, lực lượng Công an"]],
  ])("%s", (text, lines) => {
    expect(wrapLabel(text)).toEqual(lines);
    expect(wrapLabel(text).join(" ")).toBe(text);
  });
  it("grows with the number of rows", () => {
    const one = [{ label: "A", value: 1, unit: "x" }];
    expect(chartHeight([...one, ...one, ...one, ...one, ...one, ...one, ...one, ...one, ...one, ...one])).toBeGreaterThan(chartHeight(one));
  });
  it("canChart needs rows sharing one unit", () => {
    expect(canChart([])).toBe(false);
    expect(canChart([{ label: "a", value: 1, unit: "vụ" }, { label: "b", value: 2, unit: "vụ" }])).toBe(true);
    expect(canChart([{ label: "a", value: 1, unit: "vụ" }, { label: "b", value: 2, unit: "người" }])).toBe(false);
  });
});

describe("downloads and embed snippet", () => {
  const spec = chartFromGroup("tuyen-truyen-hc", outreach, documents, "/so-lieu/tuyen-truyen/");
  it("CSV: BOM, one line per row, raw numbers, quoted commas", () => {
    const lines = chartCsv(spec).split("\r\n");
    expect(lines[0]).toBe("\uFEFFĐơn vị báo cáo,Số liệu,Từ đi kèm số,Trên tổng số,Đơn vị tính,Ghi chú");
    expect(lines[2]).toBe("Ban Thường vụ Tỉnh đoàn,4000,hơn,,buổi,Văn bản ghi “hơn 4.000 buổi”.");
    expect(lines).toHaveLength(spec.rows.length + 2);
  });
  it("JSON: rows and absolute source links", () => {
    const data = JSON.parse(chartJson(spec, "https://antq.example"));
    expect(data.rows[1]).toEqual({ label: "Ban Thường vụ Tỉnh đoàn", value: 4000, qualifier: "hơn", unit: "buổi", note: "Văn bản ghi “hơn 4.000 buổi”." });
    expect(data.sources[0].url).toBe("https://antq.example/van-ban/bao-cao-so-ket/");
  });
  it("embed snippet points at the embed page and escapes the title", () => {
    const snippet = embedSnippet({ ...spec, title: "Tuyên truyền \"3 không\" & ma túy" }, "https://antq.example/nhung/tuyen-truyen-hc/");
    expect(snippet).toMatch(/^<iframe src="https:\/\/antq\.example\/nhung\/tuyen-truyen-hc\/" title="Tuyên truyền &quot;3 không&quot; &amp; ma túy"/);
  });
});

describe("series built from the real content", () => {
  const groups = readStatistics("content");
  const realDocuments = readDocuments("content");
  it.each(groups.map((g) => [g.id, g] as const))("%s: one bar/row per figure, in content order", (id, group) => {
    const spec = chartFromGroup(id, group.data, realDocuments, "/");
    expect(spec.rows.map((r) => r.value)).toEqual(group.data.figures.map((f) => f.value));
    expect(spec.rows.map((r) => formatFigure(r))).toEqual(group.data.figures.map((f) => formatFigure(f)));
    if (spec.chart) expect(buildChartConfig(spec.rows, spec.rows[0]!.unit).data.datasets[0]!.data).toEqual(group.data.figures.map((f) => f.value));
  });
});

describe("labels on narrow screens", () => {
  it("fit fewer characters per line on a phone, never more than on a wide screen", () => {
    expect(labelCharsFor(380)).toBeLessThan(LABEL_CHARS);
    expect(labelCharsFor(1200)).toBe(LABEL_CHARS);
    expect(labelCharsFor(100)).toBeGreaterThanOrEqual(12);
  });
  it("re-wrapping keeps every word and makes the canvas taller", () => {
    const text = "Lượt cán bộ, công chức, viên chức, người lao động tham gia tuyên truyền";
    const narrow = wrapLabel(text, labelCharsFor(360));
    expect(narrow.join(" ")).toBe(text);
    expect(narrow.every((line) => line.length <= labelCharsFor(360))).toBe(true);
    expect(heightForLabels([narrow, narrow, narrow])).toBeGreaterThan(heightForLabels([wrapLabel(text), wrapLabel(text), wrapLabel(text)]));
  });
});
