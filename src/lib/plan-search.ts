/**
 * Search records of the issue-17 pages: /danh-gia/, /phuong-huong/, /trach-nhiem/, /dong-thoi-gian/,
 * built from content like every other record (src/lib/search-records.ts). They index what the pages
 * are (kinds, topics, deadlines, instrument numbers and dates), not the verbatim passages or the
 * bodies' names: those repeat the words of the models and statistics pages (“đình công”, “đơn vị”)
 * and pushed them out of the first results. Indexing the passages is left to the search's ranking.
 */
import { t } from "../i18n/vi.ts";
import type { DocumentData } from "../schemas/document.ts";
import { paths } from "./paths.ts";
import { ASSESSMENT_PAGE_KINDS, REVIEW_KINDS, deadlineKey, deadlineLabel, timeline, type AssessmentRow, type EventRow, type ResponsibilityRow } from "./plan.ts";
import type { SearchRecord } from "./search-records.ts";

export interface PlanSearchContent {
  assessments: readonly AssessmentRow[];
  responsibilities: readonly ResponsibilityRow[];
  events: readonly EventRow[];
  documents: ReadonlyMap<string, DocumentData>;
}

const ASSESSED = new Set<string>([...ASSESSMENT_PAGE_KINDS, ...REVIEW_KINDS]);

/** One record per page; a page without content gets none. */
export function planSearchRecords({ assessments, responsibilities, events, documents }: PlanSearchContent): SearchRecord[] {
  const years = (ids: Iterable<string>) => [...new Set([...ids].map((id) => documents.get(id)?.date.slice(0, 4)).filter((y): y is string => Boolean(y)))].sort();
  const type = [t("search.type.danh-gia")];
  const record = (url: string, title: string, facts: string[], text: string[], documentIds: Iterable<string>): SearchRecord => ({ url, type: "danh-gia", title, facts, keywords: [], names: [], text, filters: { loai: type, nam: years(documentIds) } });
  const unique = (values: readonly string[]) => [...new Set(values)];
  const itemText = (rows: readonly AssessmentRow[]) => unique(rows.flatMap((r) => [t(`plan.kind.${r.kind}`), ...(r.topic ? [t(`plan.topic.${r.topic}`)] : [])]));
  const taskText = (rows: readonly ResponsibilityRow[]) => unique(rows.flatMap((r) => [...r.bodies.map((b) => t(`responsibilities.role.${b.role}`)), deadlineLabel(deadlineKey(r.when))]));

  const records: SearchRecord[] = [];
  const assessed = assessments.filter((r) => ASSESSED.has(r.kind));
  if (assessed.length > 0) records.push(record(paths.assessments(), t("assessments.title"), [t("assessments.count", { count: assessed.length })], itemText(assessed), assessed.map((r) => r.document)));
  const planned = assessments.filter((r) => !ASSESSED.has(r.kind));
  if (planned.length > 0) records.push(record(paths.directions(), t("directions.title"), [t(`plan.kind.phuong-huong`)], itemText(planned), planned.map((r) => r.document)));
  if (responsibilities.length > 0) {
    // One record for the table, not one per body page: forty pages repeating the same tasks
    // would crowd models and figures out of the first results.
    records.push(record(paths.responsibilities(), t("responsibilities.title"), [t("responsibilities.tasks", { count: responsibilities.length })], taskText(responsibilities), responsibilities.map((r) => r.document)));
  }
  const entries = timeline(events);
  if (entries.length > 0) {
    records.push(record(paths.timeline(), t("timeline.title"), [t("timeline.count", { count: entries.length })], entries.map((e) => [...e.dateTexts, e.number ?? ""].filter(Boolean).join(" ")), events.map((e) => e.document)));
  }
  return records;
}
