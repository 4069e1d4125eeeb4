import { describe, expect, it } from "vitest";
import {
  barLayout,
  heightForLabels,
  LABEL_CHARS,
  labelCharsFor,
  padLabels,
  valuePlacement,
} from "../../src/lib/browser/bar-chart-geometry.ts";
import {
  barValueLabel,
  barValueLabels,
  buildChartConfig,
  canChart,
  chartCsv,
  chartFromGroup,
  chartHeight,
  chartJson,
  chartPayload,
  embedFallbackHeight,
  embedSnippet,
  rowsFromFigures,
  splitTotals,
  wrapLabel,
  type ChartRow,
} from "../../src/lib/statistics/chart-data.ts";
import { resolveFigures } from "../../src/lib/statistics/figures.ts";
import { formatFigure, formatValue } from "../../src/lib/browser/format.ts";
import type { DocumentData } from "../../src/schemas/document.ts";
import type { StatisticGroup } from "../../src/schemas/statistic.ts";
import { readDocuments, readStatistics } from "../helpers/content.ts";
import { site } from "../../src/config/site.ts";

const documents = new Map<string, DocumentData>([["bao-cao-so-ket", { shortTitle: "Báo cáo sơ kết 5 năm (2019)" } as DocumentData]]);

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
    {
      id: "hc-lien-doan",
      metric: "Buổi tuyên truyền",
      value: 1250,
      unit: "buổi",
      reportingBody: "Liên đoàn Lao động tỉnh",
      headline: false,
    },
    {
      id: "hc-tinh-doan",
      metric: "Buổi tuyên truyền",
      value: 4000,
      qualifier: "hơn",
      unit: "buổi",
      reportingBody: "Ban Thường vụ Tỉnh đoàn",
      headline: false,
      note: "Văn bản ghi “hơn 4.000 buổi”.",
    },
    {
      id: "hc-giao-duc",
      metric: "Buổi tuyên truyền",
      value: 986,
      unit: "buổi",
      reportingBody: "Sở Giáo dục và Đào tạo",
      headline: false,
      period: { from: "2018", to: "2019" },
      source: { document: "bao-cao-so-ket", section: "Phần thứ nhất, chú thích 5" },
    },
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
    [
      "one body, several metrics → metric",
      [
        ["Vụ cháy nổ", "Công an tỉnh"],
        ["Vụ trộm cắp tài sản", "Công an tỉnh"],
      ],
      ["Vụ cháy nổ", "Vụ trộm cắp tài sản"],
      "Nội dung",
    ],
    [
      "several bodies and metrics → both",
      [
        ["Lớp tập huấn", "Sở Tư pháp"],
        ["Hội nghị", "Ủy ban MTTQ tỉnh"],
      ],
      ["Lớp tập huấn (Sở Tư pháp)", "Hội nghị (Ủy ban MTTQ tỉnh)"],
      "Nội dung",
    ],
  ])("%s", (_name, pairs, labels, heading) => {
    const figures = resolveFigures([
      {
        id: "g",
        data: {
          ...outreach,
          figures: pairs.map(([metric, body], i) => ({
            id: `f${i}`,
            metric: metric!,
            value: i,
            unit: "vụ",
            reportingBody: body!,
            headline: false,
          })),
        },
      },
    ]);
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
    const mixed = chartFromGroup(
      "ho-so",
      { ...outreach, figures: [outreach.figures[0]!, { ...outreach.figures[1]!, unit: "lượt người" }] },
      documents,
      "/",
    );
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
  it("puts each label on its own lines above its bar, padded to the same number of lines", () => {
    const config = buildChartConfig(rows, "buổi");
    expect(config.data.labels).toEqual([
      ["Liên đoàn Lao động tỉnh"],
      ["Ban Chỉ đạo các huyện, thành phố, lực lượng Công an, Mặt trận Tổ quốc"],
    ]);
    const narrow = buildChartConfig(
      [rows[0]!, { ...rows[1]!, label: `${rows[1]!.label} và các sở, ngành, đoàn thể cấp tỉnh phối hợp` }],
      "buổi",
    );
    expect(narrow.data.labels).toEqual([
      ["", "Liên đoàn Lao động tỉnh"],
      ["Ban Chỉ đạo các huyện, thành phố, lực lượng Công an, Mặt trận Tổ quốc và các sở,", "ngành, đoàn thể cấp tỉnh phối hợp"],
    ]);
    const y = config.options?.scales?.["y"];
    expect(y?.ticks).toMatchObject({ mirror: true, autoSkip: false });
    expect((y?.ticks as { labelOffset: number }).labelOffset).toBeLessThan(0);
  });
  it("carries each row as the page writes it for the tooltips and the bar ends (vi-VN, with the document's qualifier)", () => {
    const payload = chartPayload({
      id: "g",
      title: "T",
      summary: "",
      labelHeading: "",
      rows,
      sources: [{ href: "/van-ban/a/", title: "Báo cáo sơ kết", section: "mục II" }],
      period: "",
      updated: "2026-11-26",
      chart: true,
      homeHref: "/",
    });
    expect(payload.tooltips).toEqual(["1.250 buổi", "hơn 4.000 buổi"]);
    expect(payload.values).toEqual(["1.250", "hơn 4.000"]);
    expect(payload.source).toBe("Nguồn: Báo cáo sơ kết, mục II");
    expect(payload.credit).toBe(`${site.shortName} — ${new URL("/", site.baseUrl).href}`);
  });
  it("survives a JSON round trip (it travels in a data- attribute)", () => {
    const config = buildChartConfig(rows, "buổi");
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });
});

/** The label back from its lines: breaks at spaces gave a space, breaks after "/" or "-" gave nothing. */
const rejoin = (lines: string[], text: string) =>
  lines.reduce((acc, line) => (text.startsWith(`${acc} ${line}`) ? `${acc} ${line}` : acc + line));

describe("wrapLabel and chartHeight", () => {
  it.each([
    ["Sở Tư pháp", 28, ["Sở Tư pháp"]],
    ["Ban Chỉ đạo các huyện, thành phố, lực lượng Công an", 28, ["Ban Chỉ đạo các huyện, thành", "phố, lực lượng Công an"]],
    // Breaks after "/" and "-" inside a long token rather than cutting it anywhere.
    ["Kế hoạch KH-129/KH-CAT-PV28/PC07/PA05/PX01", 20, ["Kế hoạch KH-129/KH-", "CAT-PV28/PC07/PA05/", "PX01"]],
    ["Sở Lao động - Thương binh và Xã hội", 16, ["Sở Lao động -", "Thương binh và", "Xã hội"]],
  ])("%s (%i a line)", (text, width, lines) => {
    const wrapped = wrapLabel(text, width);
    expect(wrapped).toEqual(lines);
    expect(rejoin(wrapped, text)).toBe(text);
  });

  it.each([12, 16, 24, 40])("never lets a line run past %i characters, even a token without a break", (width) => {
    for (const text of [
      "KH-129/KH-CAT-PV28/PC07/PA05/PX01",
      "CQDNNTCQDNCSGDANTQANTTCQDNNTCQDNCSGD được chọn làm điểm",
      "Lượt cán bộ, công chức, viên chức, người lao động, học sinh, sinh viên",
    ]) {
      const wrapped = wrapLabel(text, width);
      expect(
        wrapped.every((line) => [...line].length <= width),
        `${text} @${width}: ${JSON.stringify(wrapped)}`,
      ).toBe(true);
      expect(wrapped.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
    }
  });

  it("measures with the function it is given (the browser passes the canvas's measureText)", () => {
    const wide = (s: string) => [...s].reduce((acc, c) => acc + (c === "W" ? 3 : 1), 0);
    expect(wrapLabel("WW ab cd", 6, wide)).toEqual(["WW", "ab cd"]);
  });
  it("grows with the number of rows", () => {
    const one = [{ label: "A", value: 1, unit: "x" }];
    expect(chartHeight([...one, ...one, ...one, ...one, ...one, ...one, ...one, ...one, ...one, ...one])).toBeGreaterThan(chartHeight(one));
  });
  it("canChart needs rows sharing one unit", () => {
    expect(canChart([])).toBe(false);
    expect(
      canChart([
        { label: "a", value: 1, unit: "vụ" },
        { label: "b", value: 2, unit: "vụ" },
      ]),
    ).toBe(true);
    expect(
      canChart([
        { label: "a", value: 1, unit: "vụ" },
        { label: "b", value: 2, unit: "người" },
      ]),
    ).toBe(false);
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
    expect(data.rows[1]).toEqual({
      label: "Ban Thường vụ Tỉnh đoàn",
      value: 4000,
      qualifier: "hơn",
      unit: "buổi",
      note: "Văn bản ghi “hơn 4.000 buổi”.",
    });
    expect(data.sources[0].url).toBe("https://antq.example/van-ban/bao-cao-so-ket/");
  });
  it("embed snippet points at the embed page and escapes the title", () => {
    const snippet = embedSnippet({ ...spec, title: 'Tuyên truyền "3 không" & ma túy' }, "https://antq.example/nhung/tuyen-truyen-hc/");
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/antq\.example\/nhung\/tuyen-truyen-hc\/" title="Tuyên truyền &quot;3 không&quot; &amp; ma túy"/,
    );
  });
  it("embed snippet resizes only from the site's origin, and its iframe alone has the fallback height", () => {
    const snippet = embedSnippet(spec, "https://antq.example/nhung/tuyen-truyen-hc/");
    const [iframe, script] = snippet.split("\n");
    expect(iframe).toMatch(new RegExp(`height="${embedFallbackHeight(spec)}"`));
    expect(iframe).toContain('data-antq-embed="tuyen-truyen-hc"');
    expect(script).toMatch(/^<script>.*<\/script>$/);
    expect(script).toContain('e.origin!=="https://antq.example"');
    expect(script).toContain('"antq-embed-height"');
  });
  it("fallback height grows with the rows, notes and what slots add", () => {
    const more = { ...spec, rows: [...spec.rows, ...spec.rows] };
    expect(embedFallbackHeight(more)).toBeGreaterThan(embedFallbackHeight(spec));
    expect(embedFallbackHeight(spec, 200)).toBe(embedFallbackHeight(spec) + 200);
  });
});

describe("series built from the real content", () => {
  const groups = readStatistics("content");
  const realDocuments = readDocuments("content");
  it.each(groups.map((g) => [g.id, g] as const))(
    "%s: one row per figure in content order; one bar per figure that is not a reported total of others",
    (id, group) => {
      const spec = chartFromGroup(id, group.data, realDocuments, "/");
      expect(spec.rows.map((r) => r.value)).toEqual(group.data.figures.map((f) => f.value));
      expect(spec.rows.map((r) => formatFigure(r))).toEqual(group.data.figures.map((f) => formatFigure(f)));
      const totals = new Set(group.data.figures.flatMap((f) => (f.partOf ? [f.partOf] : [])));
      const bars = group.data.figures.filter((f) => !totals.has(f.id));
      if (spec.chart) {
        expect(buildChartConfig(spec.rows, spec.rows[0]!.unit).data.datasets[0]!.data).toEqual(bars.map((f) => f.value));
        // The number at each bar's end is the document's, qualifier included ("trên 650.000").
        const max = Math.max(...bars.map((f) => f.value));
        const printed = bars.map((f) => formatValue(f.value, f) + (f.unit === "%" ? "%" : ""));
        expect(chartPayload(spec).values).toEqual(
          printed.map((v, i) => (bars[i]!.value < max / 100 ? `${v} (quá nhỏ, không vẽ theo tỉ lệ)` : v)),
        );
      }
    },
  );
});

describe("bar values", () => {
  it.each([
    [{ value: 650000, qualifier: "trên", unit: "lượt" }, "trên 650.000"],
    [{ value: 400, qualifier: "gần", unit: "cuộc" }, "gần 400"],
    [{ value: 3500, qualifier: "khoảng", unit: "tập" }, "khoảng 3.500"],
    [{ value: 199, outOf: 199, unit: "xã" }, "199/199"],
    [{ value: 14.66, unit: "%" }, "14,66%"],
    [{ value: 3843.93, unit: "triệu đồng" }, "3.843,93"],
  ] as const)("%j → %s", (row, label) => {
    expect(barValueLabel(row)).toBe(label);
  });

  it("goes after the bar when there is room, else inside its end; a stub too short for its number keeps it outside", () => {
    expect(valuePlacement(200, 0, 60, 328)).toBe("outside");
    expect(valuePlacement(300, 0, 60, 328)).toBe("inside");
    expect(valuePlacement(320, 300, 60, 328)).toBe("outside");
  });

  it("keeps a tiny value visible and marked: 3.500 beside 650.000 gets a stub of at least 3 px and says it is not to scale", () => {
    const rows: ChartRow[] = [
      { label: "Ủy ban MTTQ tỉnh", value: 3500, unit: "lượt" },
      { label: "Lực lượng Công an các cấp", value: 650000, qualifier: "trên", unit: "lượt" },
      { label: "Sở Y tế", value: 6500, unit: "lượt" },
    ];
    expect(buildChartConfig(rows, "lượt").data.datasets[0]!.minBarLength).toBeGreaterThanOrEqual(3);
    expect(barValueLabels(rows)).toEqual(["3.500 (quá nhỏ, không vẽ theo tỉ lệ)", "trên 650.000", "6.500"]);
  });
});

describe("a total and its parts", () => {
  const parts: ChartRow[] = [
    { label: "Nhân viên bảo vệ (hư cấu)", value: 1000, unit: "người", figureId: "tong" },
    { label: "Biên chế", value: 300, unit: "người", figureId: "a", partOf: "tong" },
    { label: "Hợp đồng", value: 800, unit: "người", figureId: "b", partOf: "tong" },
  ];
  it("draws the parts as bars and never the total beside them", () => {
    const { bars, totals } = splitTotals(parts);
    expect(bars.map((r) => r.figureId)).toEqual(["a", "b"]);
    expect(totals.map((r) => r.figureId)).toEqual(["tong"]);
    const config = buildChartConfig(parts, "người");
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0]!.data).toEqual([300, 800]);
  });
  it("states the total in a line above the bars, even when the parts do not add up to it", () => {
    const payload = chartPayload({
      id: "g",
      title: "T",
      summary: "",
      labelHeading: "",
      rows: parts,
      sources: [],
      period: "",
      updated: "2026-11-26",
      chart: true,
      homeHref: "/",
    });
    expect(payload.totals).toEqual([
      "Tổng do văn bản nêu — Nhân viên bảo vệ (hư cấu): 1.000 người. Các cột dưới đây là các phần của tổng này, không có cột tổng.",
    ]);
    expect(payload.values).toEqual(["300", "800"]);
  });
  it("a row naming a total outside the chart stays a bar", () => {
    expect(splitTotals([{ label: "x", value: 1, unit: "vụ", figureId: "x", partOf: "elsewhere" }]).bars).toHaveLength(1);
  });
});

describe("labels above bars", () => {
  it("each label block ends right above its bar and starts right under the bar before it", () => {
    const layout = barLayout([["a"], ["b", "c", "d"]]);
    expect(layout.lines).toBe(3);
    const gap = (layout.slot - layout.bar - layout.lines * layout.lineHeight) / 2;
    expect(gap).toBeGreaterThan(0);
    // Bar i is centred in slot i; its label block is centred labelOffset above the bar's centre.
    const barTop = (i: number) => layout.paddingTop + i * layout.slot + (layout.slot - layout.bar) / 2;
    const blockTop = (i: number) => barTop(i) + layout.bar / 2 + layout.labelOffset - (layout.lines * layout.lineHeight) / 2;
    expect(barTop(1) - (blockTop(1) + layout.lines * layout.lineHeight)).toBeCloseTo(gap);
    expect(blockTop(1) - (barTop(0) + layout.bar)).toBeCloseTo(gap);
    expect(blockTop(0)).toBeGreaterThanOrEqual(0);
    expect(layout.height).toBe(layout.paddingTop + 2 * layout.slot + layout.axis);
  });
  it("pads shorter labels at the top, so their last line is the one next to the bar", () => {
    expect(padLabels([["a"], ["b", "c"]], 3)).toEqual([
      ["", "", "a"],
      ["", "b", "c"],
    ]);
  });
  it("label text is at least 12 px", () => {
    expect(barLayout([["a"]]).lineHeight).toBeGreaterThanOrEqual(15);
  });
});

describe("labels on narrow screens", () => {
  it("fit fewer characters per line on a phone, never more than on a wide screen", () => {
    expect(labelCharsFor(380)).toBeLessThan(LABEL_CHARS);
    expect(labelCharsFor(1200)).toBe(LABEL_CHARS);
    expect(labelCharsFor(100)).toBeGreaterThanOrEqual(16);
  });
  it("re-wrapping keeps every word and makes the canvas taller", () => {
    const text = "Lượt cán bộ, công chức, viên chức, người lao động tham gia tuyên truyền";
    const narrow = wrapLabel(text, labelCharsFor(360));
    expect(narrow.join(" ")).toBe(text);
    expect(narrow.every((line) => line.length <= labelCharsFor(360))).toBe(true);
    expect(heightForLabels([narrow, narrow, narrow])).toBeGreaterThan(heightForLabels([wrapLabel(text), wrapLabel(text), wrapLabel(text)]));
  });
});
