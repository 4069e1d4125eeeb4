import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import {
  numberFormat,
  setZipDates,
  sheetName,
  sourceRuns,
  tableWorkbook,
  workbookCell,
  workbookSheets,
} from "../../src/lib/build/xlsx-workbook.ts";

// Each test writes its workbooks into a cache folder of its own, so every first call really writes.
const freshCache = () => (process.env["WORKBOOK_CACHE_DIR"] = mkdtempSync(join(tmpdir(), "antq-workbooks-")));
afterEach(() => {
  delete process.env["WORKBOOK_CACHE_DIR"];
});
import { cellFor, tableColumn, type DownloadMeta, type DownloadTable } from "../../src/lib/downloads/download-table.ts";

const meta: DownloadMeta = {
  title: "Mục tiêu",
  pageUrl: "https://antq.example/du-lieu/#bo-du-lieu-muc-tieu",
  fileUrl: "https://antq.example/du-lieu/muc-tieu.xlsx",
  updated: "2024-03-15",
  publisher: "Ban Chỉ đạo tỉnh Bắc Giang",
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
};
const source = { document: "Đề án 2020–2025", section: "Mục II.2", url: "https://antq.example/van-ban/de-an/" };
const table: DownloadTable = {
  title: "Mục tiêu",
  columns: ["number", "year", "value", "unit", "perUnit"].map((name) => tableColumn(name, "muc-tieu")),
  rows: [
    ["2.10", cellFor("year", 2025), 100, "%", cellFor("perUnit", true)],
    ["2.1", cellFor("year", 2022), 3843.93, "triệu đồng", null],
  ],
  sources: [source, source],
  notes: ["Văn bản ghi “hơn 4.000 buổi”."],
  checks: [],
};

/** The files of a zip archive (stored or deflated), by name, read through its central directory. */
function unzip(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const out = new Map<string, string>();
  for (let i = 0, at = view.getUint32(end + 16, true); i < view.getUint16(end + 10, true); i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const [nameLength, extra, comment] = [view.getUint16(at + 28, true), view.getUint16(at + 30, true), view.getUint16(at + 32, true)];
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const body = zip.subarray(start, start + size);
    out.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(body) : body));
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

describe("workbook cells", () => {
  it.each([
    [137226, { value: 137226, type: Number, format: "#,##0" }],
    [3843.93, { value: 3843.93, type: Number, format: "#,##0.00" }],
    [1.8, { value: 1.8, type: Number, format: "#,##0.0" }],
    ["2.10", { value: "2.10", type: String, format: "@" }],
    ["Sở Giáo dục và Đào tạo", { value: "Sở Giáo dục và Đào tạo", type: String, format: "@" }],
    [null, null],
  ] as const)("%j → %o", (value, cell) => {
    expect(workbookCell(value)).toEqual(cell);
  });
  it("shows exactly the decimals the value has", () => {
    expect([1, 14.26, 0.125].map(numberFormat)).toEqual(["#,##0", "#,##0.00", "#,##0.000"]);
  });
  it("writes years and flags as text, quantities as numbers", () => {
    expect(cellFor("year", 2019)).toBe("2019");
    expect(cellFor("goal", 2)).toBe("2");
    expect(cellFor("perUnit", false)).toBe("false");
    expect(cellFor("value", 2019)).toBe(2019);
  });
});

describe("workbookSheets", () => {
  const [data, columns, sources] = workbookSheets([{ sheet: "Dữ liệu", table }], meta);
  it("has the Vietnamese header row, then typed rows", () => {
    expect(data!.data[0]!.map((c) => (c as { value: string }).value)).toEqual([
      "Mục tiêu số",
      "Năm",
      "Chỉ tiêu phải đạt",
      "Đơn vị tính",
      "Cho mỗi đơn vị",
    ]);
    expect(data!.data[1]).toEqual([
      { value: "2.10", type: String, format: "@" },
      { value: "2025", type: String, format: "@" },
      { value: 100, type: Number, format: "#,##0" },
      { value: "%", type: String, format: "@" },
      { value: "true", type: String, format: "@" },
    ]);
  });
  it("names every column's machine name and meaning on the Cột sheet", () => {
    expect(columns!.name).toBe("Cột");
    expect(columns!.data.slice(1).map((row) => (row[2] as { value: string }).value)).toEqual([
      "number",
      "year",
      "value",
      "unit",
      "perUnit",
    ]);
  });
  it("states the licence, the permanent address, the date, the notes and the source of every row", () => {
    const text = sources!.data
      .flat()
      .map((c) => (c && typeof c === "object" && "value" in c ? String(c.value) : ""))
      .join("\n");
    for (const part of [
      meta.licence.url,
      meta.pageUrl,
      meta.updated,
      "Văn bản ghi “hơn 4.000 buổi”.",
      "Đề án 2020–2025",
      "Mục II.2",
      "1–2",
    ])
      expect(text).toContain(part);
  });
  it("puts consecutive rows from one source on one line", () => {
    expect(sourceRuns([source, source, { ...source, section: "Mục III" }]).map((r) => r.rows)).toEqual(["1–2", "3"]);
    expect(sourceRuns(Array.from({ length: 50_000 }, () => source))).toEqual([{ rows: "1–50.000", source }]);
  });
  it("keeps sheet names within Excel's rules", () => {
    expect(sheetName("Khen thưởng: hình thức [2014/2019] và số lượng")).toBe("Khen thưởng- hình thức");
    // Never cut mid-word, and no trailing comma.
    expect(sheetName("Đánh giá, phương hướng, nội dung kế hoạch")).toBe("Đánh giá, phương hướng, nội");
    expect(sheetName("Mốc thời gian")).toBe("Mốc thời gian");
  });
});

describe("tableWorkbook", () => {
  it("writes an .xlsx whose cells carry their types: numbers as numbers, identifiers as text", async () => {
    freshCache();
    const files = unzip(await tableWorkbook(table, meta));
    const sheet = files.get("xl/worksheets/sheet1.xml")!;
    const strings = [...files.get("xl/sharedStrings.xml")!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    // A number cell has no t="s"; a text cell points into the shared strings.
    expect(sheet).toMatch(/<c r="C2" s="\d+"><v>100<\/v><\/c>/);
    expect(sheet).toMatch(/<c r="C3" s="\d+"><v>3843.93<\/v><\/c>/);
    const a2 = /<c r="A2" s="\d+" t="s"><v>(\d+)<\/v><\/c>/.exec(sheet)!;
    expect(strings[Number(a2[1])]).toBe("2.10");
    expect(strings).toContain("triệu đồng");
    expect([...files.keys()]).toEqual(expect.arrayContaining(["xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"]));
  });
  it("writes the same bytes twice: zip entries are dated by the data, not the clock", async () => {
    freshCache();
    const a = await tableWorkbook(table, meta);
    await new Promise((r) => setTimeout(r, 2100));
    freshCache();
    const b = await tableWorkbook(table, meta);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const view = new DataView(a.buffer, a.byteOffset);
    expect(view.getUint16(12, true)).toBe(((2024 - 1980) << 9) | (3 << 5) | 15);
    expect(() => setZipDates(new Uint8Array(40), "2024-01-01")).toThrow(/zip/);
  });

  it("keeps a written workbook for the next build, byte-identical, and writes anew when a cell changes", async () => {
    const dir = freshCache();
    const first = await tableWorkbook(table, meta);
    const again = await tableWorkbook(table, meta);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const changed = await tableWorkbook(
      { ...table, rows: [table.rows[0]!, ["2.1", cellFor("year", 2022), 3843.94, "triệu đồng", null]] },
      meta,
    );
    expect(readdirSync(dir)).toHaveLength(2);
    expect(unzip(changed).get("xl/worksheets/sheet1.xml")).toContain("<v>3843.94</v>");
  });

  it("writes anew when only a cell's type changes: the year 2025 as text, then as a number", async () => {
    const dir = freshCache();
    const asText = await tableWorkbook({ ...table, rows: [["2.10", "2025", 100, "%", null]], sources: [source] }, meta);
    const asNumber = await tableWorkbook({ ...table, rows: [["2.10", 2025, 100, "%", null]], sources: [source] }, meta);
    expect(readdirSync(dir)).toHaveLength(2);
    expect(unzip(asText).get("xl/worksheets/sheet1.xml")).not.toContain("<v>2025</v>");
    expect(unzip(asNumber).get("xl/worksheets/sheet1.xml")).toContain("<v>2025</v>");
  });

  it("gives a table shared by two workbooks (its own and the all-data one) the same sheet in both", async () => {
    freshCache();
    const own = await tableWorkbook(table, meta);
    const shared = await tableWorkbook(table, { ...meta, title: "Toàn bộ dữ liệu" });
    freshCache();
    const fresh = await tableWorkbook(structuredClone(table), { ...meta, title: "Toàn bộ dữ liệu" });
    expect(unzip(shared).get("xl/worksheets/sheet1.xml")).toBe(unzip(own).get("xl/worksheets/sheet1.xml"));
    expect(Buffer.from(shared).equals(Buffer.from(fresh))).toBe(true);
  });
});
