import { describe, expect, it } from "vitest";
import { arrangeCommendations, quotaNumbers } from "../../src/lib/commendations/commendation-sections.ts";
import { deadlinePassed, repeatsHeading } from "../../src/lib/commendations/commendation-sections.ts";
import { buildDay } from "../../src/lib/build/build-day.ts";
import type { CommendationData, QuotaData } from "../../src/schemas/commendation.ts";

const source = { document: "ke-hoach-tong-ket-10-nam-chi-thi-07-2024", section: "Mục III" };
const updated = "2026-11-26";
const quota: QuotaData = {
  kind: "quota",
  title: "Số lượng Bằng khen của Chủ tịch UBND tỉnh",
  source,
  updated,
  award: "bang-khen-chu-tich-ubnd-tinh",
  total: 10,
  lines: [
    { bloc: "Khối huyện", perUnit: false, units: [], collectives: 1, individuals: 1, breakdown: [] },
    {
      bloc: "Khối CQDNCSGD cấp tỉnh",
      perUnit: false,
      units: [],
      collectives: 3,
      individuals: 3,
      breakdown: [{ bloc: "Khối do Phòng An ninh Kinh tế theo dõi", perUnit: false, units: [], collectivesOrIndividuals: 2 }],
    },
  ],
};
const entries: { id: string; data: CommendationData }[] = [
  { id: "chi-tieu-giay-khen", data: { ...quota, award: "giay-khen-giam-doc-cong-an-tinh", total: undefined, lines: [] } },
  { id: "chi-tieu-bang-khen", data: quota },
  {
    id: "giay-khen-giam-doc-cong-an-tinh",
    data: {
      kind: "award",
      title: "Giấy khen của Giám đốc Công an tỉnh",
      authority: "Giám đốc Công an tỉnh",
      form: "giay-khen",
      order: 50,
      source,
      updated,
    },
  },
  {
    id: "bang-khen-chu-tich-ubnd-tinh",
    data: {
      kind: "award",
      title: "Bằng khen của Chủ tịch UBND tỉnh",
      authority: "Chủ tịch UBND tỉnh",
      form: "bang-khen",
      order: 40,
      source,
      updated,
    },
  },
  {
    id: "tieu-chuan-ca-nhan",
    data: {
      kind: "criteria",
      title: "Tiêu chuẩn chung đối với cá nhân",
      recipientType: "ca-nhan",
      group: "Cá nhân",
      requirements: ["Hoàn thành tốt nhiệm vụ."],
      order: 10,
      source,
      updated,
    },
  },
  {
    id: "tieu-chuan-tap-the-cong-an",
    data: {
      kind: "criteria",
      title: "Tiêu chuẩn đối với Công an cấp xã",
      recipientType: "tap-the",
      group: "Công an cấp xã",
      requirements: ["Đạt danh hiệu “Đơn vị Quyết thắng”."],
      order: 20,
      source,
      updated,
    },
  },
  {
    id: "tieu-chuan-tap-the-chung",
    data: {
      kind: "criteria",
      title: "Tiêu chuẩn chung đối với tập thể",
      recipientType: "tap-the",
      group: "Tập thể",
      requirements: ["Có thành tích xuất sắc."],
      order: 10,
      source,
      updated,
    },
  },
  {
    id: "thoi-han-b",
    data: {
      kind: "rule",
      title: "Thời hạn (Văn phòng UBND tỉnh)",
      topic: "thoi-han",
      internal: false,
      items: [{ text: "Năm 2024.", date: "2024" }],
      order: 80,
      source,
      updated,
    },
  },
  {
    id: "thoi-han-a",
    data: {
      kind: "rule",
      title: "Thời hạn tổng kết 10 năm",
      topic: "thoi-han",
      internal: false,
      items: [{ text: "Trước ngày 01/4/2024.", date: "2024-04-01" }],
      order: 50,
      source,
      updated,
    },
  },
];

describe("arrangeCommendations", () => {
  const arranged = arrangeCommendations(entries);
  it("orders quotas by their award's order (higher awards first)", () => {
    expect(arranged.quotas.map((q) => q.id)).toEqual(["chi-tieu-bang-khen", "chi-tieu-giay-khen"]);
  });
  it("groups criteria collectives first, each group in its own order", () => {
    expect(arranged.criteria.map((g) => [g.recipientType, g.entries.map((e) => e.id)])).toEqual([
      ["tap-the", ["tieu-chuan-tap-the-chung", "tieu-chuan-tap-the-cong-an"]],
      ["ca-nhan", ["tieu-chuan-ca-nhan"]],
    ]);
  });
  it("files rules under their topic in order, leaving empty topics empty", () => {
    expect(arranged.rules["thoi-han"].map((r) => r.id)).toEqual(["thoi-han-a", "thoi-han-b"]);
    expect(arranged.rules["ho-so"]).toEqual([]);
    expect([...arranged.awards.keys()]).toEqual(["giay-khen-giam-doc-cong-an-tinh", "bang-khen-chu-tich-ubnd-tinh"]);
  });
});

describe("quotaNumbers", () => {
  it("lists the total and every number of every line and sub-line", () => {
    expect(quotaNumbers(quota)).toEqual([
      { bloc: "", field: "total", value: 10 },
      { bloc: "Khối huyện", field: "collectives", value: 1 },
      { bloc: "Khối huyện", field: "individuals", value: 1 },
      { bloc: "Khối CQDNCSGD cấp tỉnh", field: "collectives", value: 3 },
      { bloc: "Khối CQDNCSGD cấp tỉnh", field: "individuals", value: 3 },
      { bloc: "Khối do Phòng An ninh Kinh tế theo dõi", field: "collectivesOrIndividuals", value: 2 },
    ]);
  });
});

describe("arrangeCommendations: awards, tallies and lists", () => {
  const tally = (id: string, from: string) => ({
    id,
    data: {
      kind: "tally" as const,
      title: id,
      source,
      updated,
      period: { from, to: from },
      reportingBody: "Ban Chỉ đạo tỉnh",
      rows: [{ id: `${id}-r`, value: 1, unit: "lượt" }],
    },
  });
  const list = (id: string, decisionDate: string) => ({
    id,
    data: {
      kind: "recipients" as const,
      title: id,
      source,
      updated,
      award: "bang-khen-chu-tich-ubnd-tinh",
      decision: "Số 1/QĐ",
      decisionDate,
      rows: [{ name: "Nguyễn Văn An", recipientType: "ca-nhan" as const, organisation: "Công an tỉnh", district: null, year: 2024 }],
    },
  });
  const arranged = arrangeCommendations([
    ...entries,
    tally("khen-thuong-2020-2024", "2020"),
    tally("khen-thuong-2014-2019", "2014"),
    list("ds-2023", "2023-05-01"),
    list("ds-2024", "2024-07"),
  ]);
  it("puts higher awards first, tallies by period, lists newest first", () => {
    expect(arranged.awardList.map((a) => a.id)).toEqual(["bang-khen-chu-tich-ubnd-tinh", "giay-khen-giam-doc-cong-an-tinh"]);
    expect(arranged.tallies.map((a) => a.id)).toEqual(["khen-thuong-2014-2019", "khen-thuong-2020-2024"]);
    expect(arranged.lists.map((a) => a.id)).toEqual(["ds-2024", "ds-2023"]);
  });
});

describe("deadlinePassed", () => {
  it.each([
    ["2024-04-01", "2026-11-29", true],
    ["2024-04-01", "2024-04-01", false],
    ["2024-05", "2024-05-31", false],
    ["2024-05", "2024-06-01", true],
    ["2024-02", "2024-02-29", false],
    ["2024", "2024-12-31", false],
    ["2024", "2025-01-01", true],
  ])("%s on %s → %s", (deadline, today, passed) => {
    expect(deadlinePassed(deadline, today)).toBe(passed);
  });
});

describe("repeatsHeading", () => {
  it("ignores case and punctuation, not words", () => {
    expect(repeatsHeading("Đối tượng khen thưởng", "Đối tượng khen thưởng")).toBe(true);
    expect(repeatsHeading("Hồ sơ, thủ tục đề nghị khen thưởng", "Hồ sơ, thủ tục")).toBe(false);
  });
});

describe("buildDay", () => {
  it("is the day in Asia/Ho_Chi_Minh, pinned by SOURCE_DATE_EPOCH when set", () => {
    expect(buildDay({}, new Date("2026-11-29T18:30:00Z"))).toBe("2026-11-30");
    expect(buildDay({ SOURCE_DATE_EPOCH: "1718409600" }, new Date("2030-01-01T00:00:00Z"))).toBe("2024-06-15");
  });
});
