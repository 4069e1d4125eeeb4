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
  mentionQuote,
  bodySlugs,
  instrumentsCited,
  isYearly,
  responsibilityRows,
  timelineSections,
  sectionExists,
  timeline,
  type EventRow,
  type ResponsibilityRow,
} from "../../src/lib/plan/plan-items.ts";
import { compareVi } from "../../src/lib/browser/vietnamese-order.ts";
import { slugify } from "../../src/lib/browser/slug.ts";
import { readDocuments, readPlan } from "../helpers/content.ts";
import { eventItemSchema } from "../../src/schemas/event.ts";

// Headings as a document lists them (the shapes of content/documents/*.json).
const REPORT = [
  "Phần thứ nhất. ĐẶC ĐIỂM",
  "I. ĐẶC ĐIỂM, TÌNH HÌNH",
  "II. CÔNG TÁC THAM MƯU",
  "II.1. Công tác tham mưu",
  "III. NHẬN XÉT, ĐÁNH GIÁ",
  "III.1. Ưu điểm",
  "Phần thứ hai. PHƯƠNG HƯỚNG",
];
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
const event = (id: string, date: string, extra: Partial<EventRow> = {}): EventRow => ({
  id,
  document: "van-ban-a",
  date,
  dateText: date,
  text: `Mốc ${id}`,
  section: "Mục I",
  ...extra,
});

describe("timeline", () => {
  it("merges an instrument cited twice into one step with both mentions and both spellings of its date", () => {
    const entries = timeline([
      event("a-1", "2013-01-09", { dateText: "09/01/2013", number: "06/2013/NĐ-CP", produced: { models: ["mo-hinh-x"] } }),
      event("b-1", "2013-01-09", {
        document: "van-ban-b",
        dateText: "09/1/2013",
        number: "06/2013/NĐ-CP",
        produced: { statistics: ["nhom-y"] },
      }),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      anchor: "so-06-2013-nd-cp",
      dateTexts: ["09/01/2013", "09/1/2013"],
      produced: { models: ["mo-hinh-x"], statistics: ["nhom-y"] },
    });
    expect(entries[0]!.mentions.map((m) => m.document)).toEqual(["van-ban-a", "van-ban-b"]);
  });

  it("orders by date, keeps the documents' order on equal dates, and marks months and years approximate", () => {
    const entries = timeline([
      event("a-1", "2026"),
      event("a-2", "2022-12"),
      event("a-3", "2020-07-01"),
      event("a-4", "2020-07-01"),
      event("a-5", "2023-01"),
    ]);
    expect(entries.map((e) => e.mentions[0]!.id)).toEqual(["a-3", "a-4", "a-2", "a-5", "a-1"]);
    expect(entries.map((e) => e.approximate)).toEqual([false, false, true, true, true]);
  });
});

describe("instruments cited without a date", () => {
  const undated = (id: string, number: string, extra: Partial<EventRow> = {}): EventRow => ({
    id,
    document: "van-ban-a",
    undated: true,
    number,
    text: `Thông tư số ${number} của Bộ Công an`,
    section: "Mục II.2",
    ...extra,
  });

  it("come after every dated step, in the documents' order, without a date of their own", () => {
    const entries = timeline([
      undated("a-1", "46/2014/TT-BCA"),
      event("a-2", "2013-01-09", { number: "06/2013/NĐ-CP" }),
      undated("a-3", "99/2099/TT-X"),
      event("a-4", "2024-03-08"),
    ]);
    expect(entries.map((e) => e.mentions[0]!.id)).toEqual(["a-2", "a-4", "a-1", "a-3"]);
    expect(entries[2]).toMatchObject({ dateTexts: [], approximate: false });
    expect(entries[2]!.date).toBeUndefined();
  });

  it("take the date another document gives the same number, and only that document's spelling", () => {
    const entries = timeline([
      undated("a-1", "46/2014/TT-BCA"),
      event("b-1", "2014-09-12", { document: "van-ban-b", dateText: "12/9/2014", number: "46/2014/TT-BCA" }),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ date: "2014-09-12", dateTexts: ["12/9/2014"], approximate: false });
    expect(entries[0]!.mentions.map((m) => m.id)).toEqual(["a-1", "b-1"]);
  });

  it("get a section of their own at the end of the timeline page", () => {
    const entries = timeline([
      undated("a-1", "46/2014/TT-BCA"),
      event("a-2", "2010-02-26"),
      event("a-3", "2014-08-15"),
      event("a-4", "2024-03"),
    ]);
    expect(timelineSections(entries, "2014-08-15").map((s) => [s.id, s.entries.map((e) => e.mentions[0]!.id)])).toEqual([
      ["truoc-2014", ["a-2"]],
      ["nam-2014", ["a-3"]],
      ["nam-2024", ["a-4"]],
      ["khong-ghi-ngay", ["a-1"]],
    ]);
  });

  it.each<[string, Record<string, unknown>, string | undefined]>([
    ["dated", { date: "2013-01-09", dateText: "09/01/2013" }, undefined],
    ["undated with a number", { undated: true }, undefined],
    ["no date and no undated", {}, "date"],
    ["a date and undated", { undated: true, date: "2014" }, "date"],
    ["a date without its words", { date: "2014" }, "dateText"],
  ])("schema: %s", (_name, fields, errorAt) => {
    const result = eventItemSchema.safeParse({
      number: "46/2014/TT-BCA",
      text: "Thông tư số 46/2014/TT-BCA",
      section: "Mục II.2",
      ...fields,
    });
    expect(result.success ? undefined : result.error.issues[0]!.path.join(".")).toBe(errorAt);
    if (!result.success) expect(result.error.issues[0]!.message).toMatch(/undated|ngày/);
  });

  it("schema: only an instrument may be undated, not a plain step", () => {
    const result = eventItemSchema.safeParse({ undated: true, text: "báo cáo năm", section: "Mục III.1" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain("number hoặc instrument");
  });
});

describe("mentionQuote", () => {
  // The sentence of plan 002, Mục II.2 item 4: it is about Kết luận 44-KL/TW and names Chỉ thị 09-CT/TW on the way.
  const conclusion =
    "Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư khóa XI về “Tăng cường sự lãnh đạo của Đảng”;";
  it.each<[string, Parameters<typeof mentionQuote>[0], { text: string; cut: boolean }]>([
    [
      "another instrument's sentence: quote from this one's name",
      { number: "09-CT/TW", text: conclusion },
      { text: "Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư khóa XI về “Tăng cường sự lãnh đạo của Đảng”;", cut: true },
    ],
    ["the sentence's own instrument: whole", { number: "44-KL/TW", text: conclusion }, { text: conclusion, cut: false }],
    [
      "a list naming equals: whole",
      { number: "1120/BCĐ", text: "Công văn: số 517/BCĐ ngày 17/5/2017, số 1120/BCĐ ngày 25/10/2018" },
      { text: "Công văn: số 517/BCĐ ngày 17/5/2017, số 1120/BCĐ ngày 25/10/2018", cut: false },
    ],
    [
      "words before the name, no other instrument: whole",
      { number: "1010/UBND-NC", text: "ngày 04/4/2018, Chủ tịch UBND tỉnh ban hành Công văn số 1010/UBND-NC về việc" },
      { text: "ngày 04/4/2018, Chủ tịch UBND tỉnh ban hành Công văn số 1010/UBND-NC về việc", cut: false },
    ],
    [
      "a step without a number: whole",
      { text: "báo cáo năm trước ngày 05/11/2024" },
      { text: "báo cáo năm trước ngày 05/11/2024", cut: false },
    ],
  ])("%s", (_name, event, expected) => {
    expect(mentionQuote(event)).toEqual(expected);
  });
});

const task = (id: string, bodies: string[], when: ResponsibilityRow["when"]): ResponsibilityRow => ({
  id,
  document: "van-ban-a",
  bodies: bodies.map((name) => ({ name, role: "thuc-hien" })),
  task: `Việc ${id}`,
  when,
  section: "Mục I",
});

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

  it("treats “Hằng năm” and “hằng năm” as one period, flagged or not, keeping the words", () => {
    const yearly = [
      task("b-1", ["Sở Tài chính"], { text: "Hằng năm", recurring: true }),
      task("b-2", ["Sở Y tế"], { text: "hằng năm", recurring: true }),
      task("b-3", ["Sở Văn hóa - Thể thao và Du lịch"], { text: "hằng năm" }),
    ];
    expect(yearly.map((r) => deadlineKey(r.when))).toEqual(["hang-nam", "hang-nam", "hang-nam"]);
    expect(deadlinesOf(yearly)).toEqual([{ key: "hang-nam", ids: ["b-1", "b-2", "b-3"] }]);
    expect(yearly.map((r) => r.when!.text)).toEqual(["Hằng năm", "hằng năm", "hằng năm"]);
  });

  it.each<[string, boolean]>([
    ["Hằng năm", true],
    ["hằng năm", true],
    ["Hàng năm", true],
    ["HẰNG NĂM", true],
    ["Năm 2024", false],
    ["hằng ngày", false],
    ["thẳng năm", false],
  ])("isYearly(%s) → %s", (text, expected) => {
    expect(isYearly(text)).toBe(expected);
  });

  it("files an office's internal units under the office, whose page gathers their tasks", () => {
    const office = "Văn phòng UBND tỉnh";
    const withUnits: ResponsibilityRow[] = [
      task("c-1", [office], null),
      {
        ...task("c-2", [], null),
        bodies: [
          { name: "Phòng Tổ chức - Hành chính - Quản trị", unitOf: office, role: "chu-tri" },
          { name: "Các phòng, ban", unitOf: office, role: "phoi-hop" },
        ],
      },
      task("c-3", ["Sở Y tế"], null),
    ];
    const bodies = bodiesOf(withUnits, compareVi);
    const bySlug = new Map(bodies.map((b) => [b.slug, b]));
    expect(bySlug.get("van-phong-ubnd-tinh")).toMatchObject({
      ids: ["c-1", "c-2"],
      units: ["cac-phong-ban", "phong-to-chuc-hanh-chinh-quan-tri"],
    });
    expect(bySlug.get("phong-to-chuc-hanh-chinh-quan-tri")).toMatchObject({ ids: ["c-2"], parent: "van-phong-ubnd-tinh" });
    expect(bodies.filter((b) => !b.parent).map((b) => b.name)).toEqual([office, "Sở Y tế"]);
    expect(bodySlugs(withUnits[1]!)).toEqual(["phong-to-chuc-hanh-chinh-quan-tri", "van-phong-ubnd-tinh", "cac-phong-ban"]);
  });

  it("groups deadlines by year, then yearly, then undated", () => {
    expect(rows.map((r) => deadlineKey(r.when))).toEqual(["hang-nam", "nam-2020", "khong-co-han", "nam-2024"]);
    expect(deadlinesOf(rows).map((d) => d.key)).toEqual(["nam-2020", "nam-2024", "hang-nam", "khong-co-han"]);
  });
});

describe("instrumentName", () => {
  it.each<[Parameters<typeof instrumentName>[0], string | undefined]>([
    [{ number: "07/CT-BCA-V28", text: "Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 của Bộ Công an" }, "Chỉ thị số 07/CT-BCA-V28"],
    [
      { number: "1010/UBND-NC", text: "ngày 04/4/2018, Chủ tịch UBND tỉnh ban hành Công văn số 1010/UBND-NC về việc" },
      "Công văn số 1010/UBND-NC",
    ],
    [{ number: "1120/BCĐ", text: "Công văn: số 517/BCĐ ngày 17/5/2017, số 1120/BCĐ ngày 25/10/2018" }, "1120/BCĐ"],
    [
      { number: "06/2015/TTLT/BCA-BGDĐT", text: "Thông tư liên tịch số 06/2015/TTLT/BCA-BGDĐT ngày 28/8/2015" },
      "Thông tư liên tịch số 06/2015/TTLT/BCA-BGDĐT",
    ],
    [{ instrument: "Luật Công an nhân dân", text: "Luật Công an nhân dân ngày 20/11/2018" }, "Luật Công an nhân dân"],
    [{ text: "trước ngày 01/5/2024" }, undefined],
  ])("%#", (event, expected) => {
    expect(instrumentName(event)).toBe(expected);
  });
});

describe("compareByTopic", () => {
  it("pairs the two documents' items on a shared topic and keeps items without one apart", () => {
    const rows = assessmentRows([
      {
        id: "a",
        data: {
          document: "bao-cao",
          items: [
            { kind: "uu-diem", topic: "mo-hinh", section: "Mục I", text: "A1" },
            { kind: "uu-diem", section: "Mục I", text: "A2" },
          ],
        },
      },
      {
        id: "b",
        data: {
          document: "de-an",
          items: [
            { kind: "uu-diem", topic: "mo-hinh", section: "Mục I", text: "B1" },
            { kind: "han-che", topic: "mo-hinh", section: "Mục I", text: "B2" },
          ],
        },
      },
    ]);
    const result = compareByTopic(rows, "uu-diem");
    expect(result.map((r) => [r.topic, [...r.byDocument].map(([doc, items]) => [doc, items.map((i) => i.text)])])).toEqual([
      [
        "mo-hinh",
        [
          ["bao-cao", ["A1"]],
          ["de-an", ["B1"]],
        ],
      ],
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
    expect(bodies.map((b) => b.slug)).toEqual(
      expect.arrayContaining([
        "cong-an-tinh",
        "so-giao-duc-va-dao-tao",
        "so-y-te",
        slugify("Ban Quản lý các khu công nghiệp tỉnh"),
        "ubnd-cap-huyen",
      ]),
    );
  });

  it("offers, as bodies to pick, the bodies a reader looks for, and the office's units only under the office", () => {
    const bodies = bodiesOf(responsibilityRows(plan.responsibilities), compareVi);
    const top = bodies.filter((b) => !b.parent).map((b) => b.name);
    expect(top).toEqual(
      expect.arrayContaining([
        "Công an tỉnh",
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Ban Quản lý các khu công nghiệp tỉnh",
        "UBND cấp huyện",
        "Văn phòng UBND tỉnh",
      ]),
    );
    const units = bodies.filter((b) => b.parent).map((b) => b.name);
    expect(units).toEqual(expect.arrayContaining(["Phòng Tổ chức - Hành chính - Quản trị", "Các phòng, ban", "Các đơn vị sự nghiệp"]));
    expect(top).not.toContain("Phòng Tổ chức - Hành chính - Quản trị");
    // A unit belongs to one body wherever it is named.
    const parents = new Map<string, Set<string>>();
    for (const row of responsibilityRows(plan.responsibilities))
      for (const b of row.bodies) parents.set(b.name, (parents.get(b.name) ?? new Set()).add(b.unitOf ?? ""));
    expect([...parents].filter(([, p]) => p.size > 1).map(([name]) => name)).toEqual([]);
  });

  it("puts “Hằng năm” and “hằng năm” tasks in one deadline group", () => {
    const rows = responsibilityRows(plan.responsibilities);
    const yearly = rows.filter((r) => r.when && isYearly(r.when.text));
    expect(new Set(yearly.map((r) => r.when!.text))).toEqual(new Set(["Hằng năm", "hằng năm"]));
    expect(new Set(yearly.map((r) => deadlineKey(r.when)))).toEqual(new Set(["hang-nam"]));
  });

  it("lists Thông tư 46/2014/TT-BCA, cited without a date by plan 002 (Mục II.2), among its instruments and apart on the timeline", () => {
    const events = eventRows(plan.events);
    const cited = instrumentsCited("ke-hoach-thuc-hien-chi-thi-07-van-phong-ubnd-2024", events).find((e) => e.number === "46/2014/TT-BCA");
    expect(cited).toMatchObject({ undated: true, section: "Mục II.2" });
    expect(cited!.date).toBeUndefined();
    const sections = timelineSections(timeline(events), "2014-08-15");
    expect(sections.at(-1)!.id).toBe("khong-ghi-ngay");
    expect(sections.at(-1)!.entries.map((e) => e.number)).toContain("46/2014/TT-BCA");
  });

  it("quotes, under each instrument on the timeline, words that name that instrument, never another's sentence", () => {
    const entries = timeline(eventRows(plan.events));
    const kinds =
      /^(Luật|Chỉ thị|Kế hoạch|Công văn|Hướng dẫn|Quyết định|Thông tư(?: liên tịch)?|Nghị quyết(?: liên tịch)?|Kết luận|Nghị định|Thông báo|Văn bản|Tờ trình) số (\S+)/u;
    const wrong = entries.flatMap((entry) =>
      entry.number === undefined
        ? []
        : entry.mentions
            .map((m) => ({ number: entry.number!, quote: mentionQuote(m).text }))
            .filter(({ number, quote }) => {
              const named = kinds.exec(quote)?.[2];
              return !quote.includes(number) || (named !== undefined && !named.startsWith(number));
            }),
    );
    expect(wrong).toEqual([]);
    const directive = entries.find((e) => e.number === "09-CT/TW")!;
    expect(directive.mentions.length).toBeGreaterThan(1);
    for (const m of directive.mentions) expect(mentionQuote(m).text).not.toMatch(/^Kết luận số 44-KL\/TW/);
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
