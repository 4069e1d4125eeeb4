import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COLLECTIONS, COLLECTION_NAMES } from "../../src/lib/content/registry.ts";
import { entryPaths, parseJson, parseMdx } from "../../src/lib/build/content-reader.ts";
import { entryText, fileData } from "../../src/lib/content/entry-merge.ts";
import { parseVietnameseNumber } from "../../src/lib/browser/format.ts";
import { modelSchema, statisticGroupSchema } from "../../src/schemas/index.ts";

/** Saves `form` over the file `text` of an entry of collection `name`, as the editing screen does. */
function save(name: keyof typeof COLLECTIONS, text: string, form: Record<string, unknown>, body?: string): string {
  const { ext, schema } = COLLECTIONS[name];
  const parsed = ext === ".json" ? parseJson(text) : parseMdx(text);
  const oldBody = (parsed as { body?: string }).body;
  const original = { text, data: parsed.data as Record<string, unknown>, ...(oldBody !== undefined ? { body: oldBody } : {}) };
  return entryText(ext, fileData(schema, form, original.data), body ?? oldBody, original);
}

const changedLines = (a: string, b: string) => {
  const x = a.split("\n");
  const y = b.split("\n");
  return { sameLength: x.length === y.length, changed: x.flatMap((line, i) => (line === y[i] ? [] : [[line, y[i]]])) };
};

describe("parseVietnameseNumber", () => {
  it.each([
    ["1.658", 1658],
    ["1.700", 1700],
    ["137.226", 137226],
    ["1658", 1658],
    ["3,5", 3.5],
    ["1.234,5", 1234.5],
    ["3843.93", 3843.93],
    [" 1 658 ", 1658],
  ])("%s → %s", (text, value) => expect(parseVietnameseNumber(text)).toBe(value));
  it.each(["", "abc", "1.2.3", "-5", "1,2,3"])("%j is not a number", (text) => expect(parseVietnameseNumber(text)).toBeUndefined());
});

describe("saving an entry unchanged writes the file byte for byte", () => {
  const files = COLLECTION_NAMES.flatMap((name) => entryPaths("content", name).map((path) => [name, path] as const));
  it.each(files)("%s %s", (name, path) => {
    const text = readFileSync(path, "utf8");
    const { ext } = COLLECTIONS[name];
    const parsed = ext === ".json" ? parseJson(text) : parseMdx(text);
    expect(save(name, text, structuredClone(parsed.data) as Record<string, unknown>)).toBe(text);
  });
});

describe("an edit touches only the edited lines", () => {
  const statsText = readFileSync(join("content", "statistics", "luc-luong-bao-ve.json"), "utf8");
  const modelText = readFileSync(join("content", "models", "benh-vien-an-toan-benh-vien-da-khoa-huyen-tan-yen.mdx"), "utf8");

  it("a figure typed 1.700 is stored as 1700, on its own line", () => {
    const form = JSON.parse(statsText) as { figures: Record<string, unknown>[] };
    form.figures[0]!["value"] = "1.700";
    // Decap fills fields the file left out with their defaults; they must not appear.
    for (const f of form.figures) f["headline"] ??= false;
    const out = save("statistics", statsText, form);
    expect(changedLines(statsText, out)).toEqual({ sameLength: true, changed: [['      "value": 1658,', '      "value": 1700,']] });
    expect(statisticGroupSchema.parse(JSON.parse(out)).figures[0]!.value).toBe(1700);
  });

  it("front matter keeps its quotes and layout; the body stays unless it changed", () => {
    const form = parseMdx(modelText).data as { location: Record<string, unknown>; status: string; launched: unknown };
    form.location["commune"] = "Thị trấn Cao Thượng (thử nghiệm)";
    form.launched = "";
    const out = save("models", modelText, form);
    expect(changedLines(modelText, out)).toEqual({
      sameLength: true,
      changed: [["  commune: null", '  commune: "Thị trấn Cao Thượng (thử nghiệm)"']],
    });
  });

  it("a new model is written in the layout of the other files, in the schema's order", () => {
    const form = {
      name: "Mô hình thử nghiệm (giả định)",
      kind: "tu-quan",
      hosts: [{ name: "Công ty ABC (giả định)", type: "doanh-nghiep", ownership: "" }],
      location: { district: "Việt Yên", commune: "", industrialPark: "" },
      status: "chua-ro",
      summary: "Mô hình giả định: thử màn hình biên tập.",
      sources: [{ document: "bao-cao-so-ket-5-nam-chi-thi-07-2019", section: "Phần thứ nhất, mục II.2.5" }],
      images: [],
      aliases: [],
      updated: "2026-11-30",
    };
    const { ext, schema } = COLLECTIONS.models;
    const text = entryText(ext, fileData(schema, form, undefined), "Nội dung thử nghiệm.");
    expect(text).toBe(
      [
        "---",
        'name: "Mô hình thử nghiệm (giả định)"',
        "kind: tu-quan",
        "hosts:",
        '  - name: "Công ty ABC (giả định)"',
        "    type: doanh-nghiep",
        "location:",
        '  district: "Việt Yên"',
        "  commune: null",
        "  industrialPark: null",
        "launched: null",
        "status: chua-ro",
        'summary: "Mô hình giả định: thử màn hình biên tập."',
        "sources:",
        "  - document: bao-cao-so-ket-5-nam-chi-thi-07-2019",
        '    section: "Phần thứ nhất, mục II.2.5"',
        "images: []",
        "aliases: []",
        'updated: "2026-11-30"',
        "---",
        "",
        "Nội dung thử nghiệm.",
        "",
      ].join("\n"),
    );
    expect(modelSchema.safeParse(parseMdx(text).data).success).toBe(true);
  });
});
