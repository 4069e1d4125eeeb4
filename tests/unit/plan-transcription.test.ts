/**
 * The issue-17 content against the seed extracts: every date, instrument number and quoted
 * passage must occur in the cited document's text (whitespace aside). Needs ../shared/seeds (or
 * SEEDS_DIR); without the extracts the suite says so and is skipped.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSourceTexts, missingQuotes, seedsDir } from "../../scripts/lib/source-text.ts";
import { assessmentRows, eventRows, responsibilityRows } from "../../src/lib/plan.ts";
import { planQuotes } from "../../src/lib/plan-quotes.ts";
import { readDocuments, readPlan } from "../helpers/content.ts";

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

  it("would notice a date or number the document does not contain", () => {
    const wrong = [
      { where: "thử", document: "bao-cao-so-ket-5-nam-chi-thi-07-2019", text: "16/8/2014" },
      { where: "thử", document: "de-an-nang-cao-phong-trao-2020-2025", text: "07/CT-BCA-V29" },
    ];
    expect(missingQuotes(wrong, texts)).toHaveLength(2);
  });
});
