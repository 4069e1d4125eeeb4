import { describe, expect, it } from "vitest";
import { downloadJson, downloadJsonByteLength } from "../../src/lib/downloads/json.ts";

describe("downloadJson", () => {
  const value = {
    id: "khen-thuong",
    licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/deed.vi" },
    columns: [{ name: "name", header: "Tên" }],
    years: [2014, 2024],
    rows: [
      { name: "Nguyễn Văn A", year: 2015, note: null, units: ["Công an tỉnh"] },
      { name: 'Đơn vị "B"', year: 2016, note: "ghi chú", dropped: undefined },
    ],
    empty: [],
    nothing: {},
    missing: undefined,
  };

  it("parses back to exactly what JSON.stringify gives", () => {
    expect(JSON.parse(downloadJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it("puts each record of a list on one line, so the file reads a row a line like the CSV", () => {
    const lines = downloadJson(value).split("\n");
    expect(lines).toContain('    {"name":"Nguyễn Văn A","year":2015,"note":null,"units":["Công an tỉnh"]},');
    expect(lines).toContain('    {"name":"Đơn vị \\"B\\"","year":2016,"note":"ghi chú"}');
    expect(lines).toContain('    {"name":"name","header":"Tên"}');
  });

  it("indents everything else as JSON.stringify(value, null, 2) does, and ends with a newline", () => {
    const text = downloadJson(value);
    expect(text).toContain('\n  "licence": {\n    "name": "CC BY 4.0",\n');
    expect(text).toContain('\n  "years": [\n    2014,\n    2024\n  ],\n');
    expect(text).toContain('\n  "empty": [],\n  "nothing": {}\n}\n');
    expect(text).not.toContain("missing");
    expect(downloadJson({ a: 1, b: [1, 2] })).toBe(`${JSON.stringify({ a: 1, b: [1, 2] }, null, 2)}\n`);
  });

  it("is a third smaller than full indentation on a wide list of rows", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({
      name: `Người ${i}`,
      organisation: null,
      district: null,
      year: 2015,
      note: null,
    }));
    expect(downloadJson({ rows }).length).toBeLessThan(JSON.stringify({ rows }, null, 2).length * 0.67);
  });
});

describe("downloadJsonByteLength", () => {
  // The open data page shows each file's size without making the file: the count must be the file's.
  const cases: Record<string, unknown> = {
    "a dataset with records, nested lists and left-out keys": {
      id: "khen-thuong",
      rows: [
        { name: "Nguyễn Văn A", year: 2015, note: null, units: ["Công an tỉnh"], share: 0.125 },
        { name: 'Đơn vị "B" \\ tab\t', year: 2016, dropped: undefined, fn: () => 1, sym: Symbol("x"), nested: { a: [1, undefined] } },
      ],
      pairs: [
        [1, 2],
        [3, null],
      ],
      mixed: [1, "hai", null, undefined, { ba: 3 }],
      empty: [],
      nothing: {},
      missing: undefined,
    },
    "dates and other toJSON values": { updated: new Date(Date.UTC(2030, 0, 2)), list: [new Date(0)], gone: { toJSON: () => undefined } },
    "numbers JSON writes as null or in exponent form": [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21, 1.5e-7, -12.25],
    "characters of 1 to 4 bytes and escapes": 'đ ố “ ” 😀 \u0001 \u2028 \n " \\',
    "a bare value": null,
  };
  for (const [name, value] of Object.entries(cases)) {
    it(`counts the bytes of the file: ${name}`, () => {
      expect(downloadJsonByteLength(value)).toBe(Buffer.byteLength(downloadJson(value), "utf8"));
    });
  }
});
