/**
 * Which words of the issue-17 content claim to be the documents' own, for the check against the
 * extracts (scripts/lib/source-text.ts): dates and numbers always, the quoted passages too.
 */
import type { AssessmentRow, EventRow, ResponsibilityRow } from "./plan-items.ts";

/** A transcribed string, where it is in content, and which document it claims to quote. */
export interface PlanQuote {
  where: string;
  document: string;
  text: string;
  /** "date" and "number" are what the issue calls instrument numbers and dates; "passage" is wording. */
  kind: "date" | "number" | "passage";
}

/** Date-like tokens as written: "15/8/2014", "08/3//2024", "20/001/2022", "10/6", "8/2020". */
export function writtenDates(text: string): string[] {
  return [...text.matchAll(/\d{1,2}\/\d{1,3}(?:\/{1,2}\d{4})?/g)].map((m) => m[0]);
}

/** Every quote of the rows, each citing its own document. */
export function planQuotes(
  assessments: readonly AssessmentRow[],
  responsibilities: readonly ResponsibilityRow[],
  events: readonly EventRow[],
): PlanQuote[] {
  const quotes: PlanQuote[] = [];
  const add = (row: { id: string; document: string }, field: string, text: string, kind: PlanQuote["kind"]) =>
    quotes.push({ where: `${row.id} ${field}`, document: row.document, text, kind });
  for (const row of assessments) {
    add(row, "text", row.text, "passage");
    row.details?.forEach((d, i) => add(row, `details.${i}`, d, "passage"));
    for (const date of writtenDates(row.text)) add(row, "text (ngày)", date, "date");
  }
  for (const row of responsibilities) {
    add(row, "task", row.task, "passage");
    if (row.when) {
      add(row, "when.text", row.when.text, "passage");
      for (const date of writtenDates(row.when.text)) add(row, "when.text (ngày)", date, "date");
    }
  }
  for (const row of events) {
    if (row.dateText) add(row, "dateText", row.dateText, "date");
    if (row.number) add(row, "number", row.number, "number");
    if (row.instrument) add(row, "instrument", row.instrument, "passage");
    add(row, "text", row.text, "passage");
  }
  return quotes;
}
