import { describe, expect, it } from "vitest";
import {
  buildDatasets,
  COLUMNS,
  datasetColumns,
  datasetTable,
  commendationRows,
  dataCatalogJsonLd,
  figureRows,
  modelRows,
  targetRows,
  toCsv,
  toJson,
  type OpenDataSources,
} from "../../src/lib/downloads/open-data.ts";
import { t, vi } from "../../src/i18n/vi.ts";
import type { DocumentData } from "../../src/schemas/document.ts";
import type { ModelData } from "../../src/schemas/model.ts";
import type { StatisticGroup } from "../../src/schemas/statistic.ts";
import type { CommendationData } from "../../src/schemas/commendation.ts";
import type { TargetData } from "../../src/schemas/target.ts";

const BASE = "https://antq.example";
const doc = {
  id: "bao-cao-so-ket-5-nam",
  data: {
    number: null,
    type: "bao-cao",
    title: "BÁO CÁO Sơ kết 05 năm",
    shortTitle: "Báo cáo sơ kết 05 năm (2019)",
    issuer: "Ban Chỉ đạo tỉnh",
    province: "Bắc Giang",
    date: "2019-09",
    summary: "Tóm tắt",
    sections: [],
    sourceFile: "bao-cao.txt",
  } as DocumentData,
};
const docs = new Map([[doc.id, doc.data]]);
const source = { document: doc.id, section: "Phần I, mục 2" };

const model = {
  id: "truong-thpt-ngo-sy-lien",
  data: {
    name: "Trường học an toàn về ANTT tại Trường THPT Ngô Sỹ Liên",
    kind: "truong-hoc-an-toan",
    hosts: [
      { name: "Trường THPT Ngô Sỹ Liên", type: "truong-hoc" },
      { name: "Công an phường Ngô Quyền", type: "chinh-quyen" },
    ],
    location: { district: "Thành phố Bắc Giang", commune: null, industrialPark: null },
    launched: 2016,
    status: "dang-hoat-dong",
    summary: "Mô hình",
    sources: [source, { document: doc.id, section: "Phụ lục, dòng 3" }],
    images: [],
    aliases: ["ngo-sy-lien"],
    updated: "2026-11-20",
  } as ModelData,
};

const group = {
  id: "tuyen-truyen-so-nganh",
  data: {
    title: "Tuyên truyền do các sở, ngành báo cáo",
    theme: "tuyen-truyen",
    description: "d",
    period: { from: "2014", to: "2019-09" },
    source,
    chart: false,
    order: 1,
    updated: "2026-11-20",
    figures: [
      { id: "tuyen-truyen-buoi", metric: "Buổi tuyên truyền", value: 137226, unit: "buổi", reportingBody: "Công an tỉnh", headline: true },
      {
        id: "ldld-buoi",
        metric: "Buổi",
        value: 3843.93,
        qualifier: "hơn",
        unit: "buổi",
        reportingBody: "Liên đoàn Lao động tỉnh",
        partOf: "tuyen-truyen-buoi",
        period: { from: "2015", to: "2016" },
        source: { document: doc.id, section: "chú thích 3" },
        headline: false,
      },
    ],
  } as StatisticGroup,
};

describe("modelRows", () => {
  const [row] = modelRows([model], docs, BASE);
  it.each([
    ["url", "https://antq.example/mo-hinh/truong-thpt-ngo-sy-lien/"],
    ["hosts", "Trường THPT Ngô Sỹ Liên | Công an phường Ngô Quyền"],
    ["hostTypes", "truong-hoc | chinh-quyen"],
    ["district", "Thành phố Bắc Giang"],
    ["commune", null],
    ["sourceTitle", "Báo cáo sơ kết 05 năm (2019) | Báo cáo sơ kết 05 năm (2019)"],
    ["sourceSection", "Phần I, mục 2 | Phụ lục, dòng 3"],
    ["aliases", "ngo-sy-lien"],
  ])("%s", (column, expected) => expect(row![column]).toEqual(expected));
});

describe("figureRows", () => {
  const rows = figureRows([group], docs, BASE);
  it.each([
    [0, "periodFrom", "2014"],
    [0, "sourceSection", "Phần I, mục 2"],
    [0, "qualifier", null],
    [1, "periodFrom", "2015"],
    [1, "sourceSection", "chú thích 3"],
    [1, "value", 3843.93],
    [1, "partOf", "tuyen-truyen-buoi"],
    [1, "url", "https://antq.example/so-lieu/tuyen-truyen/"],
  ])("row %i %s", (index, column, expected) => expect(rows[index]![column]).toEqual(expected));
});

describe("commendationRows", () => {
  const entries: { id: string; data: CommendationData }[] = [
    {
      id: "bang-khen-ubnd-tinh",
      data: {
        kind: "award",
        title: "Bằng khen của Chủ tịch UBND tỉnh",
        source,
        updated: "2026-11-20",
        form: "bang-khen",
        authority: "Chủ tịch UBND tỉnh",
        order: 1,
      },
    },
    {
      id: "khen-2014-2019",
      data: {
        kind: "tally",
        title: "Khen thưởng 2014–2019",
        source,
        updated: "2026-11-20",
        period: { from: "2014", to: "2019" },
        reportingBody: "Ban Chỉ đạo tỉnh",
        rows: [{ id: "tap-the", recipientType: "tap-the", value: 120, unit: "tập thể" }],
      },
    },
    {
      id: "tieu-chuan",
      data: {
        kind: "criteria",
        title: "Tiêu chuẩn",
        source,
        updated: "2026-11-20",
        recipientType: "tap-the",
        group: "Tập thể",
        requirements: ["a"],
        order: 1,
      },
    },
    {
      id: "chi-tieu-bang-khen-2024",
      data: {
        kind: "quota",
        title: "Chỉ tiêu Bằng khen",
        source,
        updated: "2026-11-20",
        award: "bang-khen-ubnd-tinh",
        total: 10,
        lines: [
          {
            bloc: "Khối huyện",
            perUnit: true,
            units: [],
            individuals: 1,
            breakdown: [{ bloc: "Huyện Việt Yên", perUnit: false, units: ["Công an huyện Việt Yên"], collectivesOrIndividuals: 1 }],
          },
        ],
      },
    },
    {
      id: "thoi-han",
      data: {
        kind: "rule",
        title: "Thời hạn",
        source,
        updated: "2026-11-20",
        topic: "thoi-han",
        internal: false,
        items: [{ text: "Gửi hồ sơ trước ngày 15/6/2024", date: "2024-06-15" }],
        order: 1,
      },
    },
    {
      id: "qd-2019",
      data: {
        kind: "recipients",
        title: "Danh sách",
        source,
        updated: "2026-11-20",
        award: "bang-khen-ubnd-tinh",
        decision: "Số 1234/QĐ-UBND",
        decisionDate: "2019-10",
        rows: [
          {
            name: "Nguyễn Văn An",
            recipientType: "ca-nhan",
            organisation: "Công ty TNHH Fuhong Precision",
            district: "Việt Yên",
            year: 2019,
          },
        ],
      },
    },
  ];
  const rows = commendationRows(entries, docs, BASE);
  it("writes every kind of entry, one row per fact, with the same columns", () => {
    expect(rows.map((r) => r["kind"])).toEqual(["award", "tally", "criteria", "quota", "quota", "quota", "rule", "recipients"]);
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(COLUMNS["khen-thuong"]!.map((c) => c.name).sort());
  });
  it.each([
    [2, { group: "Tập thể", text: "a", recipientType: "tap-the" }],
    [3, { value: 10, award: "bang-khen-ubnd-tinh", group: null }],
    [4, { group: "Khối huyện", parentGroup: null, perUnit: true, individuals: 1, units: null }],
    [5, { group: "Huyện Việt Yên", parentGroup: "Khối huyện", units: "Công an huyện Việt Yên", collectivesOrIndividuals: 1 }],
    [6, { topic: "thoi-han", text: "Gửi hồ sơ trước ngày 15/6/2024", date: "2024-06-15" }],
  ])("row %i keeps what the document states", (index, expected) => expect(rows[index]).toMatchObject(expected));
  it("keeps the decision and the award of a named recipient", () => {
    expect(rows[7]).toMatchObject({
      name: "Nguyễn Văn An",
      award: "bang-khen-ubnd-tinh",
      decision: "Số 1234/QĐ-UBND",
      district: "Việt Yên",
    });
  });
});

describe("targetRows", () => {
  const target = {
    id: "muc-tieu-2-6",
    data: {
      number: "2.6",
      text: "t",
      title: "Xã an toàn",
      source,
      updated: "2026-11-20",
      goals: [
        {
          description: "156/184 xã",
          value: 156,
          outOf: 184,
          unit: "xã",
          deadline: "2025",
          achievement: { value: 160, asOf: "2024", source },
        },
        { description: "hằng năm", value: null, unit: "%", deadline: "hằng năm" },
      ],
    } as TargetData,
  };
  const rows = targetRows([target], docs, BASE);
  it("writes one row per goal, the achievement only where reported", () => {
    expect(rows.map((r) => [r["goal"], r["value"], r["achievementValue"], r["achievementSource"]])).toEqual([
      [1, 156, 160, "bao-cao-so-ket-5-nam: Phần I, mục 2"],
      [2, null, null, null],
    ]);
  });
});

const LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" };

describe("buildDatasets", () => {
  const sources: OpenDataSources = { documents: [doc], models: [model], statistics: [group], commendations: [], targets: [] };
  const datasets = buildDatasets(sources, BASE);
  it("publishes every collection", () => {
    expect(datasets.map((d) => d.id)).toEqual(["van-ban", "mo-hinh", "so-lieu", "khen-thuong", "muc-tieu"]);
  });
  it.each(datasets.map((d) => [d.id, d] as const))(
    "%s: every row has exactly the described columns, each described in Vietnamese",
    (_id, dataset) => {
      for (const row of dataset.rows) expect(Object.keys(row).sort()).toEqual(dataset.columns.map((c) => c.name).sort());
      for (const column of dataset.columns) expect(vi[column.description]).toMatch(/\p{L}/u);
      expect(dataset.columns.map((c) => c.name)).toEqual(
        expect.arrayContaining(dataset.id === "van-ban" ? ["sourceFile"] : ["sourceDocument", "sourceSection", "sourceUrl"]),
      );
    },
  );
  it("writes CSV with a BOM, a Vietnamese header line and CRLF line ends", () => {
    const csv = toCsv(datasets[1]!);
    expect(csv.startsWith("\uFEFFMã,Địa chỉ trang,Tên,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
  });
  it.each(datasets.map((d) => [d.id, d] as const))("%s: every column has a Vietnamese header of its own", (_id, dataset) => {
    const columns = datasetColumns(dataset);
    expect(columns.filter((c) => c.header === c.name).map((c) => c.name)).toEqual([]);
    expect(new Set(columns.map((c) => c.header)).size).toBe(columns.length);
  });
  it("writes year-like labels as text and numbers as numbers in the download table", () => {
    const table = datasetTable(datasets[1]!, (k) => t(k));
    const launched = table.columns.findIndex((c) => c.name === "launched");
    expect(table.rows.every((row) => row[launched] === null || typeof row[launched] === "string")).toBe(true);
    const figures = datasetTable(datasets[2]!, (k) => t(k));
    const value = figures.columns.findIndex((c) => c.name === "value");
    expect(figures.rows.every((row) => typeof row[value] === "number")).toBe(true);
  });
  it("writes JSON with the columns described and the same rows", () => {
    const json = JSON.parse(toJson(datasets[2]!, (k) => t(k), BASE, LICENCE));
    expect(json.csv).toBe("https://antq.example/du-lieu/so-lieu.csv");
    expect(json.xlsx).toBe("https://antq.example/du-lieu/so-lieu.xlsx");
    expect(json.licence).toEqual(LICENCE);
    expect(json.rows).toEqual(datasets[2]!.rows);
    expect(json.columns[0]).toEqual({ name: "id", header: "Mã", description: vi["data.col.id"] });
  });
});

describe("dataCatalogJsonLd", () => {
  const datasets = buildDatasets({ documents: [doc], models: [model], statistics: [group], commendations: [], targets: [] }, BASE);
  const ld = dataCatalogJsonLd(datasets, (k) => t(k), {
    name: "Dữ liệu mở",
    description: "d",
    baseUrl: BASE,
    publisher: "Ban Chỉ đạo tỉnh Bắc Giang",
    licence: LICENCE,
  }) as { license: string; dataset: { name: string; license: string; distribution: { contentUrl: string }[] }[] };
  it("describes every dataset with its three downloads and the licence", () => {
    expect(ld.dataset.map((d) => d.name)).toEqual(["Văn bản nguồn", "Mô hình điểm", "Số liệu", "Khen thưởng", "Mục tiêu"]);
    expect(ld.dataset[1]!.distribution.map((d) => d.contentUrl)).toEqual([
      "https://antq.example/du-lieu/mo-hinh.csv",
      "https://antq.example/du-lieu/mo-hinh.xlsx",
      "https://antq.example/du-lieu/mo-hinh.json",
    ]);
    expect(ld.license).toBe(LICENCE.url);
    expect(ld.dataset.every((d) => d.license === LICENCE.url)).toBe(true);
  });
});
