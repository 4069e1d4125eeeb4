import { describe, expect, it } from "vitest";
import {
  assessmentRows,
  bodiesOf,
  compareByTopic,
  compareDates,
  datesInText,
  deadlineKey,
  deadlinesOf,
  eventRows,
  instrumentName,
  isPast,
  leavesDayBlank,
  responsibilityRows,
  sectionExists,
  timeline,
  type EventRow,
  type ResponsibilityRow,
} from "../../src/lib/plan.ts";
import { compareVi } from "../../src/lib/collate.ts";
import { slugify } from "../../src/lib/slug.ts";
import { readDocuments, readPlan } from "../helpers/content.ts";

// Headings as a document lists them (the shapes of content/documents/*.json).
const REPORT = ["Phần thứ nhất. ĐẶC ĐIỂM", "I. ĐẶC ĐIỂM, TÌNH HÌNH", "II. CÔNG TÁC THAM MƯU", "II.1. Công tác tham mưu", "III. NHẬN XÉT, ĐÁNH GIÁ", "III.1. Ưu điểm", "Phần thứ hai. PHƯƠNG HƯỚNG"];
const PLAN = ["I. MỤC ĐÍCH, YÊU CẦU", "V. TỔ CHỨC THỰC HIỆN", "Đề cương, III. KẾT QUẢ THỰC HIỆN"];

describe("sectionExists", () => {
  it.each<[string[], string, boolean]>([
    [REPORT, "Phần thứ nhất, mục III.1", true],
    [REPORT, "Phần thứ nhất, mục II.1, chú thích 1", true],
    [REPORT, "Phần thứ nhất, mục III.4", true], // III exists: a sub-item of a listed heading
    [REPORT, "Phần thứ nhất, mục VII.1", false],
    [REPORT, "Phần thứ hai, mục 3", true],
    [REPORT, "Phần thứ ba, mục 1", false],
    [REPORT, "Phần mở đầu", true],
    [PLAN, "Mục V.2", true],
    [PLAN, "Mục IV", false],
    [PLAN, "Đề cương, mục III.4", true],
    [PLAN, "Đề cương, mục I.1", false], // the outline has no heading I in this list
    [PLAN, "chú thích 3", false],
  ])("%#: %s → %s", (sections, citation, expected) => {
    expect(sectionExists(sections, citation)).toBe(expected);
  });
});

describe("dates", () => {
  it.each<[string, string[]]>([
    ["trước ngày 08/9/2020", ["2020-09-08"]],
    ["xong trong tháng 8/2020 và gửi về UBND tỉnh trước ngày 08/9/2020", ["2020-09-08", "2020-08"]],
    ["trước ngày 08/3//2024", ["2024-03-08"]],
    ["ngày 20/001/2022", ["2022-01-20"]],
    ["Năm 2024", ["2024"]],
    ["báo cáo 06 tháng (trước ngày 10/6), báo cáo năm (trước ngày 10/11/2024)", ["2024-11-10"]],
    ["Hằng năm", []],
  ])("datesInText(%s)", (text, expected) => {
    expect(datesInText(text)).toEqual(expected);
  });

  it("places a month or a year at its start, after exact dates of that first day", () => {
    const dates = ["2026", "2023-01", "2022-12", "2014-08-15", "2014-08", "2022-12-01", "2025-12-31"];
    expect([...dates].sort(compareDates)).toEqual(["2014-08", "2014-08-15", "2022-12-01", "2022-12", "2023-01", "2025-12-31", "2026"]);
  });

  it.each<[string, string, boolean]>([
    ["2024", "2024-12-31", false],
    ["2024", "2025-01-01", true],
    ["2024-05", "2024-05-31", false],
    ["2024-05", "2024-06-01", true],
    ["2020-09-08", "2020-09-09", true],
    ["2020-09-08", "2020-09-08", false],
  ])("isPast(%s) on %s → %s", (by, today, expected) => {
    expect(isPast(by, today)).toBe(expected);
  });
});

// Fictional rows in the shapes of content/events and content/responsibilities.
const event = (id: string, date: string, extra: Partial<EventRow> = {}): EventRow => ({ id, document: "van-ban-a", date, dateText: date, text: `Mốc ${id}`, section: "Mục I", ...extra });

describe("timeline", () => {
  it("merges an instrument cited twice into one step with both mentions and both spellings of its date", () => {
    const entries = timeline([
      event("a-1", "2013-01-09", { dateText: "09/01/2013", number: "06/2013/NĐ-CP", produced: { models: ["mo-hinh-x"] } }),
      event("b-1", "2013-01-09", { document: "van-ban-b", dateText: "09/1/2013", number: "06/2013/NĐ-CP", produced: { statistics: ["nhom-y"] } }),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ anchor: "so-06-2013-nd-cp", dateTexts: ["09/01/2013", "09/1/2013"], produced: { models: ["mo-hinh-x"], statistics: ["nhom-y"] } });
    expect(entries[0]!.mentions.map((m) => m.document)).toEqual(["van-ban-a", "van-ban-b"]);
  });

  it("orders by date, keeps the documents' order on equal dates, and marks months and years approximate", () => {
    const entries = timeline([event("a-1", "2026"), event("a-2", "2022-12"), event("a-3", "2020-07-01"), event("a-4", "2020-07-01"), event("a-5", "2023-01")]);
    expect(entries.map((e) => e.mentions[0]!.id)).toEqual(["a-3", "a-4", "a-2", "a-5", "a-1"]);
    expect(entries.map((e) => e.approximate)).toEqual([false, false, true, true, true]);
  });
});

const task = (id: string, bodies: string[], when: ResponsibilityRow["when"]): ResponsibilityRow => ({ id, document: "van-ban-a", bodies: bodies.map((name) => ({ name, role: "thuc-hien" })), task: `Việc ${id}`, when, section: "Mục I" });

describe("responsibilities", () => {
  const rows = [
    task("a-1", ["Công an tỉnh"], { text: "Hằng năm", recurring: true }),
    task("a-2", ["Sở Y tế", "Công an tỉnh"], { text: "trước ngày 08/9/2020", by: "2020-09-08" }),
    task("a-3", ["Ủy ban Mặt trận Tổ quốc tỉnh"], null),
    task("a-4", ["Sở Y tế"], { text: "Năm 2024", by: "2024" }),
  ];

  it("gives each body one page with its tasks, most tasks first", () => {
    expect(bodiesOf(rows, compareVi).map((b) => [b.slug, b.ids])).toEqual([
      ["cong-an-tinh", ["a-1", "a-2"]],
      ["so-y-te", ["a-2", "a-4"]],
      ["uy-ban-mat-tran-to-quoc-tinh", ["a-3"]],
    ]);
  });

  it("groups deadlines by year, then yearly, then undated", () => {
    expect(rows.map((r) => deadlineKey(r.when))).toEqual(["hang-nam", "nam-2020", "khong-co-han", "nam-2024"]);
    expect(deadlinesOf(rows).map((d) => d.key)).toEqual(["nam-2020", "nam-2024", "hang-nam", "khong-co-han"]);
  });
});

describe("instrumentName", () => {
  it.each<[Parameters<typeof instrumentName>[0], string | undefined]>([
    [{ number: "07/CT-BCA-V28", text: "Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 của Bộ Công an" }, "Chỉ thị số 07/CT-BCA-V28"],
    [{ number: "1010/UBND-NC", text: "ngày 04/4/2018, Chủ tịch UBND tỉnh ban hành Công văn số 1010/UBND-NC về việc" }, "Công văn số 1010/UBND-NC"],
    [{ number: "1120/BCĐ", text: "Công văn: số 517/BCĐ ngày 17/5/2017, số 1120/BCĐ ngày 25/10/2018" }, "1120/BCĐ"],
    [{ number: "06/2015/TTLT/BCA-BGDĐT", text: "Thông tư liên tịch số 06/2015/TTLT/BCA-BGDĐT ngày 28/8/2015" }, "Thông tư liên tịch số 06/2015/TTLT/BCA-BGDĐT"],
    [{ instrument: "Luật Công an nhân dân", text: "Luật Công an nhân dân ngày 20/11/2018" }, "Luật Công an nhân dân"],
    [{ text: "trước ngày 01/5/2024" }, undefined],
  ])("%#", (event, expected) => {
    expect(instrumentName(event)).toBe(expected);
  });
});

describe("compareByTopic", () => {
  it("pairs the two documents' items on a shared topic and keeps items without one apart", () => {
    const rows = assessmentRows([
      { id: "a", data: { document: "bao-cao", items: [{ kind: "uu-diem", topic: "mo-hinh", section: "Mục I", text: "A1" }, { kind: "uu-diem", section: "Mục I", text: "A2" }] } },
      { id: "b", data: { document: "de-an", items: [{ kind: "uu-diem", topic: "mo-hinh", section: "Mục I", text: "B1" }, { kind: "han-che", topic: "mo-hinh", section: "Mục I", text: "B2" }] } },
    ]);
    const result = compareByTopic(rows, "uu-diem");
    expect(result.map((r) => [r.topic, [...r.byDocument].map(([doc, items]) => [doc, items.map((i) => i.text)])])).toEqual([
      ["mo-hinh", [["bao-cao", ["A1"]], ["de-an", ["B1"]]]],
      [undefined, [["bao-cao", ["A2"]]]],
    ]);
  });
});

describe("the real content (content/assessments, responsibilities, events)", () => {
  const documents = readDocuments();
  const plan = readPlan();
  const cited = [
    ...assessmentRows(plan.assessments).map((r) => ({ id: r.id, document: r.document, section: r.section })),
    ...responsibilityRows(plan.responsibilities).map((r) => ({ id: r.id, document: r.document, section: r.section })),
    ...eventRows(plan.events).map((r) => ({ id: r.id, document: r.document, section: r.section })),
  ];

  it("has items of every kind from the documents the issue names", () => {
    expect(assessmentRows(plan.assessments).length).toBeGreaterThan(100);
    expect(responsibilityRows(plan.responsibilities).length).toBeGreaterThan(50);
    expect(eventRows(plan.events).length).toBeGreaterThan(80);
  });

  it("cites, for every item, a document and a section that exist", () => {
    const wrong = cited.filter((c) => !documents.has(c.document) || !sectionExists(documents.get(c.document)!.sections, c.section));
    expect(wrong).toEqual([]);
  });

  it("gives every body a page address of its own (no two names slugify alike)", () => {
    const bodies = bodiesOf(responsibilityRows(plan.responsibilities), compareVi);
    expect(new Set(bodies.map((b) => b.slug)).size).toBe(bodies.length);
    expect(bodies.map((b) => b.slug)).toEqual(expect.arrayContaining(["cong-an-tinh", "so-giao-duc-va-dao-tao", "so-y-te", slugify("Ban Quản lý các khu công nghiệp tỉnh"), "ubnd-cap-huyen"]));
  });

  it("lists the Đề án's 12 instruments of its legal basis, with dates", () => {
    const basis = eventRows(plan.events).filter((e) => e.legalBasis);
    expect(basis).toHaveLength(12);
    expect(new Set(basis.map((e) => e.document))).toEqual(new Set(["de-an-nang-cao-phong-trao-2020-2025"]));
  });
});

describe("leavesDayBlank", () => {
  it.each([
    ["ngày /3/2024", true],
    ["/3/2024", true],
    ["08/3//2024", false],
    ["15/8/2014", false],
    ["tháng 9 năm 2019", false],
  ])("%s → %s", (text, blank) => {
    expect(leavesDayBlank(text)).toBe(blank);
  });
});
