/**
 * Search records of the issue-17 pages: /danh-gia/, /phuong-huong/, /trach-nhiem/ and one per
 * body, /dong-thoi-gian/. Built from content like every other record (src/lib/search-records.ts).
 */
import { t } from "../i18n/vi.ts";
import type { DocumentData } from "../schemas/document.ts";
import { paths } from "./paths.ts";
import { ASSESSMENT_PAGE_KINDS, REVIEW_KINDS, bodiesOf, timeline, type AssessmentRow, type EventRow, type ResponsibilityRow } from "./plan.ts";
import type { SearchRecord } from "./search-records.ts";
import { compareVi } from "./collate.ts";

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
  const record = (url: string, title: string, facts: string[], text: string[], documentIds: Iterable<string>): SearchRecord => ({ url, type: "danh-gia", title, facts, text, filters: { loai: type, nam: years(documentIds) } });
  const itemText = (r: AssessmentRow) => [`${t(`plan.kind.${r.kind}`)}: ${r.text}`, ...(r.details ?? [])];
  const taskText = (r: ResponsibilityRow) => `${r.bodies.map((b) => b.name).join(", ")}: ${r.task}${r.when ? ` (${r.when.text})` : ""}`;

  const records: SearchRecord[] = [];
  const assessed = assessments.filter((r) => ASSESSED.has(r.kind));
  if (assessed.length > 0) records.push(record(paths.assessments(), t("assessments.title"), [t("assessments.count", { count: assessed.length })], assessed.flatMap(itemText), assessed.map((r) => r.document)));
  const planned = assessments.filter((r) => !ASSESSED.has(r.kind));
  if (planned.length > 0) records.push(record(paths.directions(), t("directions.title"), [t(`plan.kind.phuong-huong`)], planned.flatMap(itemText), planned.map((r) => r.document)));
  if (responsibilities.length > 0) {
    records.push(record(paths.responsibilities(), t("responsibilities.title"), [t("responsibilities.tasks", { count: responsibilities.length })], responsibilities.map(taskText), responsibilities.map((r) => r.document)));
    for (const body of bodiesOf(responsibilities, compareVi)) {
      const rows = responsibilities.filter((r) => body.ids.includes(r.id));
      records.push(record(paths.responsibilityBody(body.slug), t("responsibilities.body.title", { body: body.name }), [t("responsibilities.tasks", { count: rows.length })], rows.map(taskText), rows.map((r) => r.document)));
    }
  }
  const entries = timeline(events);
  if (entries.length > 0) {
    records.push(record(paths.timeline(), t("timeline.title"), [t("timeline.count", { count: entries.length })], entries.flatMap((e) => e.mentions.map((m) => `${m.dateText}${e.number ? ` ${e.number}` : ""}: ${m.text}`)), events.map((e) => e.document)));
  }
  return records;
}
