/**
 * What the documents conclude and plan (issue 17): assessment items, responsibilities and dated
 * steps, flattened from one file per document into rows the pages, search, feed and downloads share.
 * Pure functions; the data comes from content/assessments, content/responsibilities, content/events.
 */
import type { AssessmentFile, AssessmentItem, AssessmentKind, AssessmentTopic } from "../../schemas/assessment.ts";
import type { EventFile, EventItem, Produced } from "../../schemas/event.ts";
import type { Due, ResponsibilityFile, ResponsibilityItem, ResponsibilityRole } from "../../schemas/responsibility.ts";
import type { PartialDate } from "../../schemas/common.ts";
import { slugify } from "../browser/slug.ts";
import { paths } from "../site/public-urls.ts";
import { t } from "../../i18n/vi.ts";

interface Entry<D> {
  id: string;
  data: D;
}

/** An assessment item with its document and a stable id "<document>-<n>" (n from 1, file order). */
export interface AssessmentRow extends AssessmentItem {
  id: string;
  document: string;
}

/** A task with its document and a stable id "<document>-<n>". */
export interface ResponsibilityRow extends ResponsibilityItem {
  id: string;
  document: string;
}

/** A dated step with its document and a stable id "<document>-<n>". */
export interface EventRow extends EventItem {
  id: string;
  document: string;
}

const rows = <I, R>(
  files: readonly Entry<{ document: string; items: readonly I[] }>[],
  make: (item: I, id: string, document: string) => R,
): R[] => files.flatMap(({ data }) => data.items.map((item, i) => make(item, `${data.document}-${i + 1}`, data.document)));

/**
 * Files in the site's reading order: by their document's date, oldest first (the 2019 report, the
 * 2020 Đề án, the 2024 plans), then by file name.
 */
export function byDocumentDate<T extends { id: string; data: { document: string } }>(
  files: readonly T[],
  documents: ReadonlyMap<string, { date: PartialDate }>,
): T[] {
  const date = (id: string) => documents.get(id)?.date ?? "";
  return [...files].sort((a, b) => date(a.data.document).localeCompare(date(b.data.document)) || a.id.localeCompare(b.id));
}

/** Every assessment item, documents in the given order, items in the document's order. */
export function assessmentRows(files: readonly Entry<AssessmentFile>[]): AssessmentRow[] {
  return rows(files, (item, id, document) => ({ ...item, id, document }));
}

/** Every task, documents in the given order, tasks in the document's order. */
export function responsibilityRows(files: readonly Entry<ResponsibilityFile>[]): ResponsibilityRow[] {
  return rows(files, (item, id, document) => ({ ...item, id, document }));
}

/** Every dated step, in the documents' order (the timeline sorts them). */
export function eventRows(files: readonly Entry<EventFile>[]): EventRow[] {
  return rows(files, (item, id, document) => ({ ...item, id, document }));
}

// --- sections -------------------------------------------------------------------------------

/** "Phần thứ nhất", "Phần 3": the part a heading or a citation names. */
const PART = /^Phần (?:thứ )?[^,.\s]+/;

/** Keys of a heading in a document's `sections` list: "III.1", "Phần thứ hai", "Đề cương IV". */
function headingKeys(heading: string): string[] {
  const outline = /^Đề cương,\s*/.exec(heading);
  const rest = outline ? heading.slice(outline[0].length) : heading;
  const number = /^([IVX]+(?:\.\d+)*)\./.exec(rest);
  if (number) return [`${outline ? "Đề cương " : ""}${number[1]}`];
  const part = PART.exec(rest);
  return part ? [part[0]] : [];
}

/**
 * Whether a citation ("Phần thứ nhất, mục III.1, chú thích 2", "Đề cương, mục III.4", "Mục V.2",
 * "Phần thứ hai, mục 3", "Phần mở đầu") names a place the document has: its roman mục, or the
 * mục's parent, is one of the document's numbered headings; without a roman mục, its part is.
 * "Phần mở đầu" (the text before the first heading) exists in every document.
 */
export function sectionExists(sections: readonly string[], citation: string): boolean {
  if (/^(Đề cương, )?phần mở đầu/i.test(citation)) return true;
  const keys = new Set(sections.flatMap(headingKeys));
  const outline = /^Đề cương\b/.test(citation) ? "Đề cương " : "";
  const roman = /[Mm]ục ([IVX]+(?:\.\d+)*)\b/.exec(citation);
  if (roman) {
    const parts = roman[1]!.split(".");
    for (let n = parts.length; n >= 1; n--) if (keys.has(`${outline}${parts.slice(0, n).join(".")}`)) return true;
    return false;
  }
  const part = PART.exec(citation)?.[0];
  return part !== undefined && keys.has(part);
}

// --- dates ----------------------------------------------------------------------------------

/** First and last day a partial date covers, as "YYYY-MM-DD" strings that sort as dates. */
export function dateSpan(date: PartialDate): { start: string; end: string } {
  const [y, m, d] = date.split("-");
  if (d) return { start: date, end: date };
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, "0")}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/**
 * Timeline order: by the first day a date covers; on the same first day, the exact date before the
 * month before the year, so "2024" (a year as written) sits at the start of its year, after any
 * dated step of 1 January, and "tháng 12/2022" sits before "01/2023".
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  return sa.start.localeCompare(sb.start) || sa.end.localeCompare(sb.end);
}

/**
 * The dates written in a text, read plainly: "08/9/2020" → "2020-09-08", "tháng 5/2024" →
 * "2024-05", "Năm 2024" → "2024". A slip like "08/3//2024" or "20/001/2022" is read as the
 * obvious date. A day without a year ("10/6") is left out: it has no plain reading on its own.
 */
export function datesInText(text: string): PartialDate[] {
  const found: PartialDate[] = [];
  const pad = (n: string) => String(Number(n)).padStart(2, "0");
  const day = /(\d{1,2})\/(\d{1,3})\/{1,2}(\d{4})/g;
  let rest = text;
  for (const m of text.matchAll(day)) {
    found.push(`${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`);
    rest = rest.replace(m[0], " ");
  }
  for (const m of rest.matchAll(/(?<![\d/])(\d{1,2})\/(\d{4})/g)) found.push(`${m[2]}-${pad(m[1]!)}`);
  for (const m of rest.matchAll(/năm (\d{4})/gi)) found.push(m[1]!);
  return found;
}

/** Today in Vietnam as "YYYY-MM-DD" (or the build's SOURCE_DATE_EPOCH, for reproducible builds). */
export function buildDate(now: Date = sourceDate() ?? new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(now);
}

function sourceDate(): Date | undefined {
  const epoch = typeof process !== "undefined" ? process.env["SOURCE_DATE_EPOCH"] : undefined;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}

/** Whether a deadline has passed on `today` ("YYYY-MM-DD"): the whole day, month or year is over. */
export function isPast(by: PartialDate, today: string): boolean {
  return dateSpan(by).end < today;
}

// --- responsibilities -----------------------------------------------------------------------

/** Deadline filter values: a year ("2024"), yearly tasks, or tasks without a dated deadline. */
export type DeadlineKey = `nam-${number}` | "hang-nam" | "khong-co-han";

/** Reader's label of a deadline filter value: "Năm 2024", "Hằng năm", "Không ghi ngày, tháng, năm". */
export function deadlineLabel(key: DeadlineKey): string {
  return key.startsWith("nam-")
    ? t("responsibilities.deadline.nam", { year: key.slice(4) })
    : t(`responsibilities.deadline.${key as "hang-nam" | "khong-co-han"}`);
}

/**
 * Whether a deadline's words ask for something every year: "Hằng năm", "hằng năm", "hàng năm",
 * "Hàng năm" are one period whatever the case or spelling the document uses.
 */
export function isYearly(text: string): boolean {
  return /(^|[^\p{L}])h[ằà]ng năm($|[^\p{L}])/iu.test(text.normalize("NFC"));
}

/**
 * The filter value of a task's deadline: the year of a dated deadline; "hang-nam" for a yearly one
 * (flagged `recurring`, or worded so: "Hằng năm" and "hằng năm" are one group); else "khong-co-han".
 */
export function deadlineKey(when: Due | null): DeadlineKey {
  if (when?.by) return `nam-${Number(when.by.slice(0, 4))}`;
  if (when?.recurring || (when && isYearly(when.text))) return "hang-nam";
  return "khong-co-han";
}

export interface BodySummary {
  /** URL segment of the body's page. */
  slug: string;
  name: string;
  /** Tasks the body's page lists, in site order: those naming the body or one of its units. */
  ids: string[];
  /** Slug of the body this one is an internal unit of (`unitOf`), when the documents say so. */
  parent?: string;
  /** Slugs of the body's internal units, in the order of {@link bodiesOf}. */
  units: string[];
}

/** Slugs a task is filed under: each body named, and the body each named unit belongs to. */
export function bodySlugs(row: Pick<ResponsibilityRow, "bodies">): string[] {
  return [...new Set(row.bodies.flatMap((b) => [slugify(b.name), ...(b.unitOf ? [slugify(b.unitOf)] : [])]))];
}

/**
 * Every body named in any task, and every body a named unit belongs to, most tasks first, then by
 * name; one page each. A parent's tasks include its units' ("Văn phòng UBND tỉnh" lists the tasks
 * of its Phòng Tổ chức - Hành chính - Quản trị), so a reader filtering by the office sees them all.
 */
export function bodiesOf(rows: readonly ResponsibilityRow[], compare: (a: string, b: string) => number): BodySummary[] {
  // Keyed by name, so two names that slugify alike stay two entries (and the content test sees the clash).
  const byName = new Map<string, BodySummary>();
  const add = (name: string, id: string) => {
    const summary = byName.get(name) ?? { slug: slugify(name), name, ids: [], units: [] };
    if (!summary.ids.includes(id)) summary.ids.push(id);
    byName.set(name, summary);
    return summary;
  };
  for (const row of rows) {
    for (const body of row.bodies) {
      const summary = add(body.name, row.id);
      if (body.unitOf) {
        summary.parent = slugify(body.unitOf);
        add(body.unitOf, row.id);
      }
    }
  }
  // Tasks in site order on every page, whichever body named them first.
  const order = new Map(rows.map((r, i) => [r.id, i]));
  const sorted = [...byName.values()]
    .map((b) => ({ ...b, ids: b.ids.sort((x, y) => order.get(x)! - order.get(y)!) }))
    .sort((a, b) => b.ids.length - a.ids.length || compare(a.name, b.name));
  const sortedBySlug = new Map(sorted.map((b) => [b.slug, b]));
  for (const body of sorted) if (body.parent) sortedBySlug.get(body.parent)?.units.push(body.slug);
  return sorted;
}

/** Deadline filter values present, years in order, then yearly tasks, then undated. */
export function deadlinesOf(rows: readonly ResponsibilityRow[]): { key: DeadlineKey; ids: string[] }[] {
  const map = new Map<DeadlineKey, string[]>();
  for (const row of rows) {
    const key = deadlineKey(row.when);
    map.set(key, [...(map.get(key) ?? []), row.id]);
  }
  const rank = (k: DeadlineKey) => (k === "hang-nam" ? 1e5 : k === "khong-co-han" ? 1e5 + 1 : Number(k.slice(4)));
  return [...map.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([key, ids]) => ({ key, ids }));
}

/** The role a body has in a task (its first mention). */
export function roleOf(row: ResponsibilityRow, bodyName: string): ResponsibilityRole | undefined {
  return row.bodies.find((b) => b.name === bodyName)?.role;
}

// --- assessments ----------------------------------------------------------------------------

/** Kinds shown on /danh-gia/, in reading order. */
export const ASSESSMENT_PAGE_KINDS = [
  "uu-diem",
  "han-che",
  "nguyen-nhan",
  "bai-hoc",
  "kien-nghi",
] as const satisfies readonly AssessmentKind[];

/** What the 2024 review plans ask the reviews to assess, and how: the end of /danh-gia/. */
export const REVIEW_KINDS = ["noi-dung-tong-ket", "phuong-phap", "de-cuong"] as const satisfies readonly AssessmentKind[];

/** Kinds shown on /phuong-huong/: directions, the Đề án's parts, the 2024 plans' purposes. */
export const DIRECTION_KINDS = [
  "phuong-huong",
  "can-thiet",
  "muc-tieu-tong-quat",
  "pham-vi",
  "doi-tuong",
  "thoi-gian",
  "giai-doan",
  "noi-dung-trong-tam",
  "nhiem-vu-giai-phap",
  "kinh-phi",
  "muc-dich-yeu-cau",
] as const satisfies readonly AssessmentKind[];

/** The page (and place) an item of this kind is shown at. */
export function assessmentPath(kind: AssessmentKind): string {
  if ((ASSESSMENT_PAGE_KINDS as readonly string[]).includes(kind)) return `${paths.assessments()}#${kind}`;
  if ((REVIEW_KINDS as readonly string[]).includes(kind)) return `${paths.assessments()}#tong-ket-10-nam`;
  return paths.directions();
}

export interface ComparisonRow {
  topic: AssessmentTopic | undefined;
  /** Items per document id, in document order. */
  byDocument: Map<string, AssessmentRow[]>;
}

/**
 * Items of one kind arranged for reading documents side by side: one row per shared topic (in the
 * order topics first appear), each with the items of every document; items without a topic get a
 * row of their own at the end. Documents that have no item of this kind get empty cells.
 */
export function compareByTopic(rows: readonly AssessmentRow[], kind: AssessmentKind): ComparisonRow[] {
  const ofKind = rows.filter((r) => r.kind === kind);
  const topics: (AssessmentTopic | undefined)[] = [];
  for (const row of ofKind) if (row.topic && !topics.includes(row.topic)) topics.push(row.topic);
  const result: ComparisonRow[] = topics.map((topic) => {
    const byDocument = new Map<string, AssessmentRow[]>();
    for (const row of ofKind.filter((r) => r.topic === topic)) byDocument.set(row.document, [...(byDocument.get(row.document) ?? []), row]);
    return { topic, byDocument };
  });
  for (const row of ofKind.filter((r) => !r.topic)) result.push({ topic: undefined, byDocument: new Map([[row.document, [row]]]) });
  return result;
}

// --- timeline -------------------------------------------------------------------------------

/** One step on the timeline: the same instrument cited by several documents is one step. */
export interface TimelineEntry {
  /** Anchor on /dong-thoi-gian/: "so-" and the instrument number slugified, or "moc-" and the first event's id. */
  anchor: string;
  /** The date, from the first mention that gives one; absent when no document dates the step ("không ghi ngày"). */
  date?: PartialDate;
  /** Every way the documents write the date (kept apart when they differ: "09/01/2013", "09/1/2013"); empty when none does. */
  dateTexts: string[];
  number?: string;
  instrument?: string;
  /** Whether the date is a month or a year rather than a day. */
  approximate: boolean;
  /** Each document's words for the step. */
  mentions: EventRow[];
  produced: Produced;
}

const mergeProduced = (a: Produced, b: Produced | undefined): Produced => {
  if (!b) return a;
  const union = (x?: string[], y?: string[]) => (x || y ? [...new Set([...(x ?? []), ...(y ?? [])])] : undefined);
  const statistics = union(a.statistics, b.statistics);
  const models = union(a.models, b.models);
  return {
    ...(statistics ? { statistics } : {}),
    ...(models ? { models } : {}),
    ...(a.targets || b.targets ? { targets: true as const } : {}),
  };
};

const dated = (entry: TimelineEntry, event: EventRow) => {
  if (event.date === undefined || event.dateText === undefined) return;
  if (entry.date === undefined) {
    entry.date = event.date;
    entry.approximate = event.date.length < 10;
  }
  if (!entry.dateTexts.includes(event.dateText)) entry.dateTexts.push(event.dateText);
};

/**
 * The timeline: steps merged by instrument number (a number cited by three documents is one
 * step with three mentions), in date order ({@link compareDates}); steps on the same date keep the
 * documents' order. Steps no document dates come last, in the documents' order: the year inside a
 * number ("46/2014/TT-BCA") is not a date the documents give, so it places nothing.
 */
export function timeline(events: readonly EventRow[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const byNumber = new Map<string, TimelineEntry>();
  for (const event of events) {
    const existing = event.number ? byNumber.get(event.number) : undefined;
    if (existing) {
      existing.mentions.push(event);
      dated(existing, event);
      existing.produced = mergeProduced(existing.produced, event.produced);
      continue;
    }
    const entry: TimelineEntry = {
      // Ids must not start with a digit to be usable as CSS selectors ("#07-…" is not).
      anchor: event.number ? `so-${slugify(event.number)}` : `moc-${event.id}`,
      dateTexts: [],
      ...(event.number ? { number: event.number } : {}),
      ...(event.instrument ? { instrument: event.instrument } : {}),
      approximate: false,
      mentions: [event],
      produced: mergeProduced({}, event.produced),
    };
    dated(entry, event);
    entries.push(entry);
    if (event.number) byNumber.set(event.number, entry);
  }
  const undatedLast = (e: TimelineEntry) => (e.date === undefined ? 1 : 0);
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        undatedLast(a.entry) - undatedLast(b.entry) ||
        (a.entry.date && b.entry.date ? compareDates(a.entry.date, b.entry.date) : 0) ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}

/** A part of the timeline page: the instruments before the movement, one year, or the undated. */
export interface TimelineSection {
  /** Anchor and kind: "truoc-2014", "nam-<year>", "khong-ghi-ngay". */
  id: string;
  /** The year ("2019") for a year's section; undefined for the two others. */
  year?: string;
  entries: TimelineEntry[];
}

/**
 * The timeline cut for reading: instruments older than `start` (the movement's first day,
 * "2014-08-15") first, then one section per year, then the steps no document dates. Empty
 * sections are left out.
 */
export function timelineSections(entries: readonly TimelineEntry[], start: PartialDate): TimelineSection[] {
  const before: TimelineEntry[] = [];
  const byYear = new Map<string, TimelineEntry[]>();
  const undated: TimelineEntry[] = [];
  for (const entry of entries) {
    if (entry.date === undefined) undated.push(entry);
    else if (compareDates(entry.date, start) < 0) before.push(entry);
    else {
      const year = entry.date.slice(0, 4);
      byYear.set(year, [...(byYear.get(year) ?? []), entry]);
    }
  }
  return [
    { id: "truoc-2014", entries: before },
    ...[...byYear].map(([year, list]) => ({ id: `nam-${year}`, year, entries: list })),
    { id: "khong-ghi-ngay", entries: undated },
  ].filter((section) => section.entries.length > 0);
}

/** Kinds of instrument as the documents write them before a number ("Chỉ thị số 07/…"). */
const INSTRUMENT_KIND =
  "Luật|Chỉ thị|Kế hoạch|Công văn|Hướng dẫn|Quyết định|Thông tư(?: liên tịch)?|Nghị quyết(?: liên tịch)?|Kết luận|Nghị định|Thông báo|Văn bản|Chương trình phối hợp|Quy chế phối hợp|Tờ trình";

/** A number-like instrument symbol: "44-KL/TW", "07/CT-BCA-V28", "06/2013/NĐ-CP". */
const NUMBER_TOKEN = /\d{1,5}(?:\/\d{4})?[/-]\p{Lu}[\p{L}\d/&-]*/gu;

/**
 * The words a timeline mention quotes for the step it is filed under. Usually the event's whole
 * text. When the text is another instrument's sentence that names this one on the way ("Kết luận
 * số 44-KL/TW … về tiếp tục đẩy mạnh thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 …"), the quote
 * starts at this instrument's own name, so the 09-CT/TW step quotes the words that name 09-CT/TW,
 * marked as cut (`cut: true`, shown with "…"). A list naming several instruments as equals
 * ("Công văn: số 517/BCĐ …, số 1120/BCĐ …") names each, and is quoted whole.
 */
export function mentionQuote(event: Pick<EventRow, "number" | "text">): { text: string; cut: boolean } {
  const whole = { text: event.text, cut: false };
  if (!event.number) return whole;
  const at = event.text.indexOf(event.number);
  if (at <= 0) return whole;
  const others = [...event.text.slice(0, at).matchAll(NUMBER_TOKEN)].filter((m) => !event.number!.startsWith(m[0]));
  if (others.length === 0) return whole;
  const own = new RegExp(`(?:${INSTRUMENT_KIND})(?:\\s+số)?\\s*:?\\s*$`, "u").exec(event.text.slice(0, at));
  if (!own) return whole;
  return { text: event.text.slice(own.index), cut: true };
}

/**
 * Whether a date as written leaves its day blank, as a printed form does before it is filled in
 * ("ngày /3/2024" in plan 000). Such a date is shown by its readable month first, the words after.
 */
export function leavesDayBlank(dateText: string): boolean {
  return /(^|\s)\/\d/.test(dateText);
}

/**
 * An instrument's name as the document writes it: "Chỉ thị số 07/CT-BCA-V28", taken from the
 * event's own words; the bare number when the words do not put a kind before it; the name of an
 * instrument without a number ("Luật Công an nhân dân").
 */
export function instrumentName(event: Pick<EventRow, "number" | "instrument" | "text">): string | undefined {
  if (event.instrument) return event.instrument;
  if (!event.number) return undefined;
  const at = event.text.indexOf(event.number);
  const before = at > 0 ? event.text.slice(0, at) : "";
  const kind = new RegExp(`((?:${INSTRUMENT_KIND})(?: số|:)?)[\\s:]*(?:số\\s*)?$`, "u").exec(before);
  return kind ? `${kind[1]!.replace(/:$/, "")}${kind[1]!.endsWith("số") ? "" : " số"} ${event.number}` : event.number;
}

/** Instruments a document cites (steps with a number or a named instrument), in its own order. */
export function instrumentsCited(documentId: string, events: readonly EventRow[]): EventRow[] {
  return events.filter((e) => e.document === documentId && (e.number !== undefined || e.instrument !== undefined));
}
