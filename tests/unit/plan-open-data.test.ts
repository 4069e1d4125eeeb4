/**
 * The issue-17 datasets carry the states the review added: an instrument cited without a date has
 * empty date cells and undated = true (never a guessed date), in JSON, CSV and the workbook table;
 * a yearly task counts as yearly however the document capitalises "hằng năm".
 */
import { describe, expect, it } from "vitest";
import { buildDatasets, datasetTable, toCsv, toJson } from "../../src/lib/downloads/open-data.ts";
import { t } from "../../src/i18n/vi.ts";
import { readDocuments, readPlan } from "../helpers/content.ts";

const BASE = "https://antq.example/";
const documents = [...readDocuments()].map(([id, data]) => ({ id, data }));
const datasets = buildDatasets({ documents, models: [], statistics: [], commendations: [], targets: [], plan: readPlan() }, BASE);
const steps = datasets.find((d) => d.id === "moc-thoi-gian")!;
const tasks = datasets.find((d) => d.id === "trach-nhiem")!;
const circular = (row: Record<string, unknown>) => row["number"] === "46/2014/TT-BCA";

describe("moc-thoi-gian: instruments cited without a date", () => {
  it("has empty date cells and undated = true in the rows (JSON)", () => {
    const json = JSON.parse(toJson(steps, (k) => t(k), BASE, { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }));
    const row = json.rows.find(circular);
    expect(row).toMatchObject({ date: null, dateText: null, undated: true, sourceSection: "Mục II.2" });
    expect(
      json.rows.filter((r: Record<string, unknown>) => r["date"] === null).every((r: Record<string, unknown>) => r["undated"] === true),
    ).toBe(true);
    expect(
      json.rows
        .filter((r: Record<string, unknown>) => r["undated"] === false)
        .every((r: Record<string, unknown>) => typeof r["date"] === "string"),
    ).toBe(true);
  });

  it("writes two empty date cells and the undated column in CSV and in the workbook's table", () => {
    const table = datasetTable(steps, (k) => t(k));
    const col = (name: string) => table.columns.findIndex((c) => c.name === name);
    const row = table.rows.find((r) => r[col("number")] === "46/2014/TT-BCA")!;
    expect([row[col("date")], row[col("dateText")]]).toEqual([null, null]);
    expect(String(row[col("undated")])).toBe("true");
    expect(table.rows.filter((r) => String(r[col("undated")]) === "true" && r[col("date")] !== null)).toEqual([]);
    expect(table.columns[col("undated")]!.header).toBe(t("data.head.moc-thoi-gian.undated"));
    const line = toCsv(steps)
      .split("\r\n")
      .find((l) => l.includes(",46/2014/TT-BCA,"))!;
    expect(line).toMatch(/#so-46-2014-tt-bca,,,"=""true""",46\/2014\/TT-BCA,/);
  });
});

describe("trach-nhiem: yearly tasks", () => {
  it("marks every “Hằng năm” and “hằng năm” task recurring and in the one group hang-nam", () => {
    const yearly = tasks.rows.filter((r) => typeof r["whenText"] === "string" && /^h[ằà]ng năm$/i.test(r["whenText"] as string));
    expect(new Set(yearly.map((r) => r["whenText"]))).toEqual(new Set(["Hằng năm", "hằng năm"]));
    expect(yearly.every((r) => r["recurring"] === true && r["deadline"] === "hang-nam")).toBe(true);
  });

  it("names the office a unit belongs to in the bodies cell", () => {
    const row = tasks.rows.find((r) => String(r["bodies"]).startsWith("Phòng Tổ chức - Hành chính - Quản trị"))!;
    expect(row["bodies"]).toContain(`(chủ trì; ${t("responsibilities.unitOf", { body: "Văn phòng UBND tỉnh" })})`);
  });
});
