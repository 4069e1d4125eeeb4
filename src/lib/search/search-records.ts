/**
 * One search document per public page, built from content rather than from the rendered pages:
 * the index then covers pages whatever their markup, and every field (type, key facts, filters)
 * is exact. URLs come from paths.ts so results link where the pages are.
 */
import { t, type MessageKey } from "../../i18n/vi.ts";
import { escapeHtml } from "../site/html-text.ts";
import type { CommendationData } from "../../schemas/commendation.ts";
import type { DocumentData } from "../../schemas/document.ts";
import type { ModelData } from "../../schemas/model.ts";
import type { StatisticGroup, Theme } from "../../schemas/statistic.ts";
import { THEMES } from "../../schemas/statistic.ts";
import type { TargetData } from "../../schemas/target.ts";
import { formatDate, formatFigure, formatPeriod } from "../browser/format.ts";
import { documentNumberLabel } from "../documents/document-links.ts";
import { paths } from "../site/public-urls.ts";
import { modelFacetValues } from "../models/model-facets.ts";
import { SEARCH_FILTERS, type SearchFilter, type SearchType } from "../browser/search-query.ts";
import { compareVi } from "../browser/vietnamese-order.ts";
import { compareGroups } from "../statistics/themes.ts";
import { compareTargetNumbers } from "../statistics/targets.ts";
import {
  ASSESSMENT_PAGE_KINDS,
  REVIEW_KINDS,
  bodiesOf,
  instrumentName,
  timeline,
  type AssessmentRow,
  type EventRow,
  type ResponsibilityRow,
} from "../plan/plan-items.ts";

export interface SearchRecord {
  url: string;
  type: SearchType;
  title: string;
  /** Short facts shown under the title of a result. */
  facts: string[];
  /**
   * What the page is filed under, in readers' words (a model's kind, unit types, "Doanh nghiệp FDI",
   * investor country, district, industrial park, year): searched and ranked like a second title, so
   * "FDI" or "Hàn Quốc" finds the models filed under them. Not shown in results.
   */
  keywords: string[];
  /** What a page counts or lists (a statistics page's groups and metrics): searched, ranked below keywords. */
  names: string[];
  /** Paragraphs of searchable text. */
  text: string[];
  filters: Partial<Record<SearchFilter, string[]>>;
}

export interface SearchContent {
  documents: readonly { id: string; data: DocumentData }[];
  models: readonly { id: string; data: ModelData; body: string }[];
  statistics: readonly { id: string; data: StatisticGroup }[];
  commendations: readonly { id: string; data: CommendationData }[];
  targets: readonly { id: string; data: TargetData }[];
  /** Issue-17 rows in the site's reading order (plan.ts: byDocumentDate, then *Rows). */
  assessments: readonly AssessmentRow[];
  responsibilities: readonly ResponsibilityRow[];
  events: readonly EventRow[];
}

/** Plain text of an MDX body: no imports, components, or Markdown markup. */
export function mdxToText(body: string): string[] {
  return body
    .replace(/^(import|export)\s.*$/gm, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`]+/g, "")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

const uniqueSorted = (values: Iterable<string>) => [...new Set(values)].sort();

/** A host unit as its profile lists it: name, then type, ownership, investor and capital share. */
function hostLine(host: ModelData["hosts"][number]): string {
  const details = [
    t(`model.hostType.${host.type}`),
    host.ownership ? t("model.host.ownership", { ownership: t(`model.ownership.${host.ownership}`) }) : "",
    host.investorCountry ? t("model.host.investor", { country: host.investorCountry }) : "",
    host.foreignCapital ? t("model.host.capital", { share: host.foreignCapital }) : "",
  ].filter(Boolean);
  return `${host.name} (${details.join("; ")})`;
}

/**
 * A model's facet labels but status (the same values as its filter pages), with "huyện" before its district
 * and the industrial park and commune it names, in one list without repeats.
 */
function modelKeywords(id: string, data: ModelData): string[] {
  const values = modelFacetValues({ id, data });
  // Status is left out: its label ("Đã xây dựng (theo báo cáo)") would lift every model for "báo cáo".
  const { "trang-thai": _status, ...filed } = values;
  const labels = Object.values(filed).flatMap((list) => list.map((v) => v.label));
  const district = data.location.district;
  const place = district ? [district.startsWith("Thành phố") ? district : `huyện ${district}`] : [];
  return [...new Set([...labels, ...place, data.location.industrialPark, data.location.commune].filter((v): v is string => Boolean(v)))];
}

/** Builds every search record; a collection without entries simply yields no records. */
export function buildSearchRecords(content: SearchContent): SearchRecord[] {
  const docs = new Map(content.documents.map((d) => [d.id, d.data]));
  const yearOf = (documentId: string) => docs.get(documentId)?.date.slice(0, 4);
  const years = (documentIds: Iterable<string>) => uniqueSorted([...documentIds].map(yearOf).filter((y): y is string => Boolean(y)));
  const sourceTitles = (documentIds: Iterable<string>) =>
    uniqueSorted([...documentIds].map((id) => docs.get(id)?.shortTitle).filter((s): s is string => Boolean(s)));
  const typeFilter = (type: SearchType) => [t(`search.type.${type}`)];

  const models: SearchRecord[] = content.models.map(({ id, data, body }) => {
    const sourceIds = data.sources.map((s) => s.document);
    const district = data.location.district;
    return {
      url: paths.model(id),
      type: "mo-hinh",
      title: data.name,
      facts: [t(`model.kind.${data.kind}`), district ?? t("model.unknown"), t(`model.status.${data.status}`)],
      keywords: modelKeywords(id, data),
      names: [],
      text: [
        data.summary,
        data.hosts.map(hostLine).join("; "),
        [data.location.commune, data.location.industrialPark, district].filter(Boolean).join(", "),
        ...mdxToText(body),
        ...sourceTitles(sourceIds),
      ].filter(Boolean),
      filters: {
        loai: typeFilter("mo-hinh"),
        "loai-mo-hinh": [t(`model.kind.${data.kind}`)],
        ...(district ? { huyen: [district] } : {}),
        nam: years(sourceIds),
      },
    };
  });

  const documents: SearchRecord[] = content.documents.map(({ id, data }) => ({
    url: paths.document(id),
    type: "van-ban",
    title: data.title,
    facts: [
      t(`document.type.${data.type}`),
      documentNumberLabel(data.number, t("document.number.unknown")),
      data.issuer,
      formatDate(data.date),
    ],
    keywords: [],
    // A document is also called by its short title and its issuer ("Ban Chỉ đạo 138 tỉnh"), so a
    // query naming them opens on it before pages that only mention them.
    names: [data.shortTitle, data.issuer],
    text: [data.shortTitle, data.summary, ...data.sections, data.issuer, data.signer ?? "", data.dateNote ?? ""].filter(Boolean),
    filters: { loai: typeFilter("van-ban"), nam: years([id]) },
  }));

  const byTheme = new Map<Theme, { id: string; data: StatisticGroup }[]>();
  for (const group of content.statistics) byTheme.set(group.data.theme, [...(byTheme.get(group.data.theme) ?? []), group]);
  const statistics: SearchRecord[] = THEMES.filter((theme) => byTheme.has(theme)).map((theme) => {
    const groups = [...byTheme.get(theme)!].sort(compareGroups);
    const sourceIds = groups.flatMap((g) => [
      g.data.source.document,
      ...g.data.figures.flatMap((f) => (f.source ? [f.source.document] : [])),
    ]);
    return {
      url: paths.theme(theme),
      type: "so-lieu",
      title: t(`theme.${theme}`),
      facts: [t("search.facts.groups", { count: groups.length }), ...uniqueSorted(groups.map((g) => formatPeriod(g.data.period)))].slice(
        0,
        3,
      ),
      keywords: [],
      // A statistics page is named by what it counts: its groups and metrics ("Tổng dân số").
      names: [...new Set(groups.flatMap(({ data }) => [data.title, ...data.figures.map((f) => f.metric)]))],
      text: groups.flatMap(({ data }) => [
        data.title,
        data.description,
        ...data.figures.map((f) => [f.metric, formatFigure(f), f.reportingBody, f.note].filter(Boolean).join(": ")),
      ]),
      filters: { loai: typeFilter("so-lieu"), nam: years(sourceIds) },
    };
  });

  const targets: SearchRecord[] = [];
  if (content.targets.length > 0) {
    const sorted = [...content.targets].sort((a, b) => compareTargetNumbers(a.data.number, b.data.number));
    const sourceIds = sorted.map((x) => x.data.source.document);
    const documentTitles = sourceTitles(sourceIds);
    targets.push({
      url: paths.targets(),
      type: "muc-tieu",
      title: documentTitles.length === 1 ? t("search.page.targets", { document: documentTitles[0]! }) : t("site.nav.targets"),
      facts: [t("search.facts.targets", { count: sorted.length })],
      keywords: [],
      names: [],
      text: sorted.flatMap(({ data }) => [
        `${data.number}. ${data.title}`,
        data.text,
        ...data.goals.map((g) => (g.value === null ? g.description : `${g.description}: ${formatFigure({ ...g, value: g.value })}`)),
      ]),
      filters: { loai: typeFilter("muc-tieu"), nam: years(sourceIds) },
    });
  }

  return [
    ...models,
    ...statistics,
    ...targets,
    ...commendationRecords(content.commendations, years, typeFilter),
    ...documents,
    ...planRecords(content, years, sourceTitles, typeFilter),
  ];
}

const ASSESSED = new Set<string>([...ASSESSMENT_PAGE_KINDS, ...REVIEW_KINDS]);

/**
 * The issue-17 pages by their full text, as they show it: /danh-gia/ and /phuong-huong/ (every
 * item with its number, group, further paragraphs and note), /trach-nhiem/ and each body's page
 * (every task with its bodies, roles and deadline), /dong-thoi-gian/ (every step's dates,
 * instrument and each document's words). Headings (kinds, topics) are the pages' names. The
 * deadline pages (/trach-nhiem/han/…) are /trach-nhiem/ filtered by date and hold no other words.
 */
function planRecords(
  content: SearchContent,
  years: (ids: Iterable<string>) => string[],
  sourceTitles: (ids: Iterable<string>) => string[],
  typeFilter: (type: SearchType) => string[],
): SearchRecord[] {
  const record = (url: string, title: string, facts: string[], names: string[], text: string[], documentIds: string[]): SearchRecord => ({
    url,
    type: "danh-gia",
    title,
    facts,
    keywords: [],
    names: [...new Set(names)],
    text: [...text, ...sourceTitles(documentIds)].filter(Boolean),
    filters: { loai: typeFilter("danh-gia"), nam: years(documentIds) },
  });
  const itemText = (rows: readonly AssessmentRow[]) =>
    rows.flatMap((r) => [r.group ?? "", r.label ? `${r.label}. ${r.text}` : r.text, ...(r.details ?? []), r.note ?? ""]);
  const itemNames = (rows: readonly AssessmentRow[]) =>
    rows.flatMap((r) => [t(`plan.kind.${r.kind}`), ...(r.topic ? [t(`plan.topic.${r.topic}`)] : [])]);
  const taskText = (rows: readonly ResponsibilityRow[]) =>
    rows.flatMap((r) => [
      r.bodies.map((b) => `${b.name} (${t(`responsibilities.role.${b.role}`)})`).join(", "),
      r.task,
      r.when?.text ?? "",
      r.note ?? "",
    ]);

  const records: SearchRecord[] = [];
  const assessed = content.assessments.filter((r) => ASSESSED.has(r.kind));
  if (assessed.length > 0) {
    records.push(
      record(
        paths.assessments(),
        t("assessments.title"),
        [t("assessments.count", { count: assessed.length })],
        itemNames(assessed),
        itemText(assessed),
        assessed.map((r) => r.document),
      ),
    );
  }
  const planned = content.assessments.filter((r) => !ASSESSED.has(r.kind));
  if (planned.length > 0) {
    records.push(
      record(
        paths.directions(),
        t("directions.title"),
        [t("plan.kind.phuong-huong")],
        itemNames(planned),
        itemText(planned),
        planned.map((r) => r.document),
      ),
    );
  }
  const tasks = content.responsibilities;
  if (tasks.length > 0) {
    records.push(
      record(
        paths.responsibilities(),
        t("responsibilities.title"),
        [t("responsibilities.tasks", { count: tasks.length })],
        [],
        taskText(tasks),
        tasks.map((r) => r.document),
      ),
    );
    for (const body of bodiesOf(tasks, compareVi)) {
      const own = tasks.filter((r) => body.ids.includes(r.id));
      records.push(
        record(
          paths.responsibilityBody(body.slug),
          t("responsibilities.body.title", { body: body.name }),
          [t("responsibilities.tasks", { count: own.length })],
          [],
          taskText(own),
          own.map((r) => r.document),
        ),
      );
    }
  }
  const steps = timeline(content.events);
  if (steps.length > 0) {
    const stepText = steps.flatMap((step) => [
      [step.dateTexts.join(" / "), instrumentName(step.mentions[0]!)].filter(Boolean).join(" · "),
      ...step.mentions.flatMap((m) => [m.text, m.note ?? ""]),
    ]);
    records.push(
      record(
        paths.timeline(),
        t("timeline.title"),
        [t("timeline.count", { count: steps.length })],
        [],
        stepText,
        content.events.map((e) => e.document),
      ),
    );
  }
  return records;
}

function commendationRecords(
  entries: SearchContent["commendations"],
  years: (ids: Iterable<string>) => string[],
  typeFilter: (type: SearchType) => string[],
): SearchRecord[] {
  const awardTitle = new Map(entries.flatMap(({ id, data }) => (data.kind === "award" ? [[id, data.title] as const] : [])));
  const pages: { url: string; title: MessageKey; entries: CommendationData[] }[] = [
    { url: paths.commendations(), title: "search.page.commendations", entries: [] },
    { url: paths.commendationRules(), title: "search.page.commendationRules", entries: [] },
  ];
  const records: SearchRecord[] = [];
  for (const { id, data } of entries) {
    if (data.kind === "recipients") {
      records.push({
        url: paths.recipientList(id),
        type: "khen-thuong",
        title: data.title,
        facts: [
          awardTitle.get(data.award) ?? data.award,
          data.decision,
          formatDate(data.decisionDate),
          t("search.facts.recipients", { count: data.rows.length }),
        ],
        keywords: [],
        names: [],
        text: data.rows.map((r) => [r.name, r.organisation, r.district].filter(Boolean).join(", ")),
        filters: {
          loai: typeFilter("khen-thuong"),
          huyen: uniqueSorted(data.rows.flatMap((r) => (r.district ? [r.district] : []))),
          nam: uniqueSorted([...data.rows.map((r) => String(r.year)), ...years([data.source.document])]),
        },
      });
    } else {
      pages[data.kind === "criteria" || data.kind === "rule" ? 1 : 0]!.entries.push(data);
    }
  }
  const pageRecords = pages
    .filter((page) => page.entries.length > 0)
    .map((page): SearchRecord => {
      const sorted = [...page.entries].sort((a, b) => orderOf(a) - orderOf(b) || compareVi(a.title, b.title));
      return {
        url: page.url,
        type: "khen-thuong",
        title: t(page.title),
        facts: [t("search.facts.entries", { count: sorted.length })],
        keywords: [],
        // The page is named by the awards and criteria it lists ("Cờ thi đua"), as a statistics page by its metrics.
        names: sorted.map((entry) => entry.title),
        text: sorted.flatMap((entry) => commendationText(entry, awardTitle)),
        filters: { loai: typeFilter("khen-thuong"), nam: years(sorted.map((e) => e.source.document)) },
      };
    });
  return [...pageRecords, ...records];
}

function orderOf(entry: CommendationData): number {
  return "order" in entry ? entry.order : 100;
}

function commendationText(entry: CommendationData, awardTitle: Map<string, string>): string[] {
  switch (entry.kind) {
    case "award":
      return [`${entry.title}: ${t(`award.form.${entry.form}`)}, ${entry.authority}`];
    case "tally":
      return [
        `${entry.title} (${formatPeriod(entry.period)}), ${entry.reportingBody}`,
        ...entry.rows.map((r) =>
          [r.award ? awardTitle.get(r.award) : "", r.recipientType ? t(`recipient.${r.recipientType}`) : "", formatFigure(r), r.note]
            .filter(Boolean)
            .join(", "),
        ),
      ];
    case "quota":
      return [
        [entry.title, entry.rule].filter(Boolean).join(": "),
        ...entry.lines
          .flatMap((line) => [line, ...line.breakdown])
          .map((line) => [line.bloc, line.units.join(", "), line.note].filter(Boolean).join(": ")),
      ];
    case "criteria":
      return [`${entry.title} (${entry.group})`, ...entry.requirements];
    case "rule":
      return [entry.title, ...entry.items.map((i) => (i.date ? `${i.text} (${formatDate(i.date)})` : i.text))];
    case "recipients":
      return [];
  }
}

/** "2.10" after "2.9": numbered targets sort by each number part. */

/**
 * The HTML Pagefind indexes for a record: the title as a heavily weighted h1, the readable text as
 * paragraphs, and meta (title, type, facts, keywords) and filters in the head. Nothing is added to
 * the text a reader could see in an excerpt.
 */
export function renderSearchHtml(record: SearchRecord): string {
  const meta = [
    ["title", record.title],
    ["type", t(`search.type.${record.type}`)],
    ["facts", record.facts.join(" · ")],
    ...(record.keywords.length > 0 ? [["keywords", record.keywords.join(" · ")]] : []),
    ...(record.names.length > 0 ? [["names", record.names.join(" · ")]] : []),
  ].map(([key, value]) => `<meta data-pagefind-meta="${key}[content]" content="${escapeHtml(value!)}">`);
  const filters = SEARCH_FILTERS.flatMap((key) =>
    (record.filters[key] ?? []).map((value) => `<meta data-pagefind-filter="${key}[content]" content="${escapeHtml(value)}">`),
  );
  return [
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(record.title)}</title>`,
    ...meta,
    ...filters,
    `</head><body>`,
    `<h1 data-pagefind-weight="10">${escapeHtml(record.title)}</h1>`,
    ...record.text.map((p) => `<p>${escapeHtml(p)}</p>`),
    `</body></html>`,
  ].join("\n");
}
