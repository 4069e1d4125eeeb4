import { describe, expect, it } from "vitest";
import { checkPlanReferences } from "../../scripts/lib/validate-plan.ts";
import type { ValidEntry } from "../../scripts/lib/validate.ts";

// A fictional document and one file of each issue-17 collection, as the validator reads them.
const base: ValidEntry[] = [
  {
    collection: "documents",
    id: "van-ban-thu",
    file: "content/documents/van-ban-thu.json",
    data: { sections: ["I. MỤC ĐÍCH", "II. TỔ CHỨC THỰC HIỆN"] },
  },
  { collection: "statistics", id: "nhom-thu", file: "content/statistics/nhom-thu.json", data: {} },
  { collection: "models", id: "mo-hinh-thu", file: "content/models/mo-hinh-thu.mdx", data: {} },
];
const file = (collection: string, id: string, data: Record<string, unknown>): ValidEntry => ({
  collection: collection as ValidEntry["collection"],
  id,
  file: `content/${collection}/${id}.json`,
  data,
});

describe("checkPlanReferences", () => {
  it("accepts items citing existing sections, dates their deadline states, and existing results", () => {
    const entries = [
      ...base,
      file("responsibilities", "van-ban-thu", {
        document: "van-ban-thu",
        items: [{ section: "Mục II.1", when: { text: "trước ngày 08/9/2020", by: "2020-09-08" } }],
      }),
      file("events", "van-ban-thu", {
        document: "van-ban-thu",
        items: [{ section: "Phần mở đầu", produced: { statistics: ["nhom-thu"], models: ["mo-hinh-thu"] } }],
      }),
    ];
    expect(checkPlanReferences(entries)).toEqual([]);
  });

  it.each<[string, ValidEntry, string, RegExp]>([
    ["unknown document", file("assessments", "khong-co", { document: "khong-co", items: [] }), "document", /mã của một văn bản/],
    [
      "file not named after its document",
      file("assessments", "ten-khac", { document: "van-ban-thu", items: [] }),
      "(tên tệp)",
      /van-ban-thu\.json/,
    ],
    [
      "section the document lacks",
      file("assessments", "van-ban-thu", { document: "van-ban-thu", items: [{ section: "Mục IV.2" }] }),
      "items.0.section",
      /một mục có trong văn bản/,
    ],
    [
      "deadline date its words do not give",
      file("responsibilities", "van-ban-thu", {
        document: "van-ban-thu",
        items: [{ section: "Mục I", when: { text: "trước ngày 08/9/2020", by: "2020-09-09" } }],
      }),
      "items.0.when.by",
      /2020-09-08/,
    ],
    [
      "instrument whose words do not name its number",
      file("events", "van-ban-thu", {
        document: "van-ban-thu",
        items: [{ section: "Mục I", number: "09-CT/TW", text: "Kết luận số 44-KL/TW ngày 22/01/2019 của Ban Bí thư" }],
      }),
      "items.0.text",
      /09-CT\/TW/,
    ],
    [
      "unknown statistics group",
      file("events", "van-ban-thu", { document: "van-ban-thu", items: [{ section: "Mục I", produced: { statistics: ["nhom-khac"] } }] }),
      "items.0.produced.statistics.0",
      /content\/statistics/,
    ],
    [
      "unknown model",
      file("events", "van-ban-thu", { document: "van-ban-thu", items: [{ section: "Mục I", produced: { models: ["mo-hinh-khac"] } }] }),
      "items.0.produced.models.0",
      /content\/models/,
    ],
  ])("%s", (_name, entry, field, expected) => {
    const problems = checkPlanReferences([...base, entry]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: entry.file, field });
    expect(problems[0]!.expected).toMatch(expected);
  });
});

describe("a renamed model", () => {
  it("is named by its new id when a step still cites the old one", () => {
    const renamed: ValidEntry = {
      collection: "models",
      id: "mo-hinh-moi",
      file: "content/models/mo-hinh-moi.mdx",
      data: { aliases: ["mo-hinh-cu"] },
    };
    const entries = [
      ...base,
      renamed,
      file("events", "van-ban-thu", { document: "van-ban-thu", items: [{ section: "Phần mở đầu", produced: { models: ["mo-hinh-cu"] } }] }),
    ];
    const [problem, ...rest] = checkPlanReferences(entries);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: "items.0.produced.models.0", found: '"mo-hinh-cu"' });
    expect(problem!.expected).toContain('đã đổi tên thành "mo-hinh-moi"');
  });

  it("is not reported while a model file cannot be read (the unreadable file says why)", () => {
    const entries = [
      ...base,
      file("events", "van-ban-thu", {
        document: "van-ban-thu",
        items: [{ section: "Phần mở đầu", produced: { models: ["mo-hinh-hong"] } }],
      }),
    ];
    expect(checkPlanReferences(entries, new Set(["models"]))).toEqual([]);
  });
});
