/**
 * Content against the seed extracts: every figure's value, and every date, instrument number and
 * quoted passage of the issue-17 collections, must occur in the cited document's text (whitespace
 * aside). Needs ../shared/seeds (or SEEDS_DIR); without the extracts the suite says so and is skipped.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateContent } from "../../scripts/lib/validate.ts";
import { describe, expect, it } from "vitest";
import { datedInText, loadSourceTexts, missingQuotes, seedsDir } from "../../scripts/lib/source-text.ts";
import { assessmentRows, eventRows, responsibilityRows } from "../../src/lib/plan/plan-items.ts";
import { planQuotes } from "../../src/lib/plan/plan-quotes.ts";
import { readDocuments, readPlan, readStatistics } from "../helpers/content.ts";
import { resolveFigures } from "../../src/lib/statistics/figures.ts";
import { formatNumber } from "../../src/lib/browser/format.ts";

const dir = seedsDir();
const available = existsSync(dir);
if (!available) console.warn(`Bỏ qua kiểm tra đối chiếu văn bản: không thấy thư mục bản trích ${dir} (đặt SEEDS_DIR).`);

describe.runIf(available)("transcribed dates, numbers and passages occur in the cited extract", () => {
  const documents = readDocuments();
  const texts = loadSourceTexts(documents, dir);
  const plan = readPlan();
  const quotes = planQuotes(assessmentRows(plan.assessments), responsibilityRows(plan.responsibilities), eventRows(plan.events));

  it("has an extract for every document", () => {
    expect([...documents.keys()].filter((id) => !texts.has(id))).toEqual([]);
  });

  it.each(["date", "number", "passage"] as const)("every %s is found in its document", (kind) => {
    const ofKind = quotes.filter((q) => q.kind === kind);
    expect(ofKind.length).toBeGreaterThan(0);
    const missing = missingQuotes(ofKind, texts).map((q) => `${q.where} (${q.document}): “${q.text.slice(0, 80)}”`);
    expect(missing).toEqual([]);
  });

  it("finds no date in the document for an instrument marked undated (unknown stays unknown, but only when it is)", () => {
    const undated = eventRows(plan.events).filter((e) => e.undated);
    expect(undated.map((e) => e.number ?? e.instrument)).toContain("46/2014/TT-BCA");
    const dated = undated.filter((e) => datedInText(texts.get(e.document)!, (e.number ?? e.instrument)!));
    expect(dated.map((e) => `${e.id}: ${e.number ?? e.instrument}`)).toEqual([]);
    // The same check sees the date the document does give another instrument of the same list.
    expect(datedInText(texts.get("ke-hoach-thuc-hien-chi-thi-07-van-phong-ubnd-2024")!, "06/2013/NĐ-CP")).toBe(true);
  });

  it("finds every figure's value in its document, as the document writes numbers (137.226; 05)", () => {
    const figures = resolveFigures(readStatistics());
    expect(figures.length).toBeGreaterThan(0);
    // Documents write small counts with a leading zero ("05 lượt", "01 tập thể").
    const written = (value: number) => [formatNumber(value), String(value).padStart(2, "0"), String(value).padStart(3, "0")];
    const missing = figures.filter((f) =>
      written(f.value).every((text) => missingQuotes([{ where: f.id, document: f.source.document, text }], texts).length > 0),
    );
    expect(missing.map((f) => `${f.id}: ${formatNumber(f.value)} (${f.source.document})`)).toEqual([]);
  });

  it("is run by npm run check too, which names the editor's file and line", () => {
    const copy = join(mkdtempSync(join(tmpdir(), "antq-transcription-")), "content");
    cpSync("content", copy, { recursive: true });
    const file = join(copy, "events", "bao-cao-so-ket-5-nam-chi-thi-07-2019.json");
    const text = readFileSync(file, "utf8");
    // One digit wrong in an instrument number, as an editor might type it.
    writeFileSync(file, text.replace('"number": "128/KH-BCA-V05"', '"number": "129/KH-BCA-V05"'));
    const line = text.slice(0, text.indexOf('"number": "128/KH-BCA-V05"')).split("\n").length;
    const { problems } = validateContent(copy);
    // The step's own text still names 128/…, which the check of an instrument's text reports too.
    const numberProblems = problems.filter((p) => p.field === "items.1.number");
    expect(
      numberProblems.map((p) => [
        p.file.endsWith("events/bao-cao-so-ket-5-nam-chi-thi-07-2019.json"),
        p.line,
        p.found.startsWith("số, ký hiệu văn bản “129/KH-BCA-V05” không có trong văn bản"),
      ]),
    ).toEqual([[true, line, true]]);
    expect(
      problems.every((p) => p.file.endsWith("events/bao-cao-so-ket-5-nam-chi-thi-07-2019.json") && p.field.startsWith("items.1.")),
    ).toBe(true);
  });

  it("would notice a date or number the document does not contain", () => {
    const wrong = [
      { where: "thử", document: "bao-cao-so-ket-5-nam-chi-thi-07-2019", text: "16/8/2014" },
      { where: "thử", document: "de-an-nang-cao-phong-trao-2020-2025", text: "07/CT-BCA-V29" },
    ];
    expect(missingQuotes(wrong, texts)).toHaveLength(2);
  });
});
