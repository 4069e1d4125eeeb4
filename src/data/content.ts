/**
 * The only module that reads Astro's collections; everything it returns is plain data that the
 * pure functions of src/lib work on.
 */
import { getCollection } from "astro:content";
import { resolveFigures } from "../lib/statistics/figures.ts";
import { chartCsv, chartFromGroup, chartJson, chartTable, type ChartSpec } from "../lib/statistics/chart-data.ts";
import { arrangeCommendations } from "../lib/commendations/commendation-sections.ts";
import {
  siteTallyCsv,
  siteTallyTable,
  tallyFigure,
  tallyJson,
  tallyRows,
  viTallyLabels,
  type TallyFigureData,
} from "../lib/commendations/tallies.ts";
import type { DownloadMeta, DownloadTable } from "../lib/downloads/download-table.ts";
import { paths } from "../lib/site/public-urls.ts";
import type { DocumentData } from "../schemas/document.ts";
import { compareVi } from "../lib/browser/vietnamese-order.ts";
import { pageCards, type PageCard } from "../lib/share-cards/page-cards.ts";
import { compareGroups, groupsOfTheme, spanOf, statisticThemes, themeHome } from "../lib/statistics/themes.ts";
import { compareTargetNumbers } from "../lib/statistics/targets.ts";
import { formatDate, formatPeriod } from "../lib/browser/format.ts";
import { site } from "../config/site.ts";
import { t } from "../i18n/vi.ts";
import { throwIfContentBroken } from "../lib/build/dev-content-state.ts";
import { assessmentRows, bodiesOf, byDocumentDate, deadlinesOf, eventRows, responsibilityRows } from "../lib/plan/plan-items.ts";
import type { PlanSources } from "../lib/plan/plan-open-data.ts";
import { buildMemo, servedTexts } from "../lib/build/build-memo.ts";
import { buildDatasets, datasetTable, toCsv, toJson, type Dataset } from "../lib/downloads/open-data.ts";
import { modelMatcher } from "../lib/commendations/recipient-model-match.ts";
import { recipientRows } from "../lib/commendations/recipient-list-pages.ts";
import { filterOptions } from "../lib/browser/recipient-table-rows.ts";

// What several routes derive from the same collections is worked out once per build; the live
// preview (astro dev) recomputes on every request so it shows each edit (src/lib/build/build-memo.ts).
const once = buildMemo(!import.meta.env.DEV);
const datasetTexts = servedTexts(!import.meta.env.DEV);

export async function loadDocuments(): Promise<{ id: string; data: DocumentData }[]> {
  const docs = await getCollection("documents");
  return docs.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

export async function loadDocumentMap(): Promise<Map<string, DocumentData>> {
  throwIfContentBroken();
  return new Map((await loadDocuments()).map((d) => [d.id, d.data]));
}

export async function loadFigures() {
  throwIfContentBroken();
  const groups = await getCollection("statistics");
  groups.sort(compareGroups);
  return resolveFigures(groups);
}

export async function loadModels() {
  throwIfContentBroken();
  const models = await getCollection("models");
  return models.sort((a, b) => compareVi(a.data.name, b.data.name));
}

export async function loadStatisticGroups() {
  throwIfContentBroken();
  const groups = await getCollection("statistics");
  return groups.sort(compareGroups);
}

/** Every chart of the site (one per statistics group), for theme pages, embeds and downloads. */
export async function loadCharts(): Promise<ChartSpec[]> {
  throwIfContentBroken();
  const [groups, documents] = await Promise.all([loadStatisticGroups(), loadDocumentMap()]);
  return groups.map(({ id, data }) => chartFromGroup(id, data, documents, themeHome(data.theme)));
}

/** Every commendation tally as a figure (chart, award × type table, checks), oldest period first. */
export async function loadTallyFigures(): Promise<TallyFigureData[]> {
  throwIfContentBroken();
  const [entries, documents] = await Promise.all([loadCommendations(), loadDocumentMap()]);
  const { awards, tallies } = arrangeCommendations(entries);
  return tallies.map(({ id, data }) => tallyFigure(id, data, awards, documents));
}

/**
 * The download files of every chart, statistics groups first, then tallies: what
 * /so-lieu/tai-ve/<id>.<format> serves (and, for tallies, their former /khen-thuong/so-lieu/ copies).
 */
export async function loadChartFiles(): Promise<
  { id: string; kind: "group" | "tally"; csv: string; json: string; table: DownloadTable; meta: DownloadMeta }[]
> {
  throwIfContentBroken();
  const [charts, entries, documents] = await Promise.all([loadCharts(), loadCommendations(), loadDocumentMap()]);
  const { awards, tallies } = arrangeCommendations(entries);
  const meta = (id: string, title: string, homeHref: string, updated: string): DownloadMeta => ({
    title,
    pageUrl: new URL(`${homeHref}#${id}`, site.baseUrl).href,
    fileUrl: new URL(paths.chartDownload(id, "xlsx"), site.baseUrl).href,
    updated,
    publisher: site.publisher,
    licence: site.licence,
  });
  return [
    ...charts.map((spec) => ({
      id: spec.id,
      kind: "group" as const,
      csv: chartCsv(spec),
      json: chartJson(spec, site.baseUrl, site.licence),
      table: chartTable(spec, site.baseUrl),
      meta: meta(spec.id, spec.title, spec.homeHref, spec.updated),
    })),
    ...tallies.map(({ id, data }) => {
      const rows = tallyRows(data, awards, viTallyLabels);
      return {
        id,
        kind: "tally" as const,
        csv: siteTallyCsv(rows, documents),
        json: tallyJson(id, data, rows, site.licence),
        table: siteTallyTable(data.title, rows, documents, site.baseUrl),
        meta: meta(id, data.title, paths.commendations(), data.updated),
      };
    }),
  ];
}

export async function loadTargets() {
  throwIfContentBroken();
  const targets = await getCollection("targets");
  return targets.sort((a, b) => compareTargetNumbers(a.data.number, b.data.number));
}

/** Every commendations entry (awards, tallies, quotas, criteria, rules, recipient lists), by id. */
export async function loadCommendations() {
  throwIfContentBroken();
  const entries = await getCollection("commendations");
  return entries.sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data }) => ({ id, data }));
}

/** The commendations collection arranged for reading (src/lib/commendations/commendation-sections.ts). */
export function loadCommendationContent() {
  return once("commendation-content", async () => arrangeCommendations(await loadCommendations()));
}

/**
 * Every named recipient list, newest decision first, with its rows as published (organisations
 * linked to model profiles) and its filter options: what the list pages, their filter data and the
 * list downloads all show.
 */
export function loadRecipientLists() {
  return once("recipient-lists", async () => {
    const [{ lists }, models] = await Promise.all([loadCommendationContent(), loadModels()]);
    const matcher = modelMatcher(models.map((m) => ({ id: m.id, hosts: m.data.hosts })));
    return lists.map(({ id, data }) => {
      const rows = recipientRows(data, matcher);
      return { id, data, rows, options: filterOptions(rows) };
    });
  });
}

/** The open datasets (src/lib/downloads/open-data.ts), in the order of the open data page. */
export function loadDatasets(): Promise<Dataset[]> {
  return once("datasets", async () => buildDatasets(await loadOpenDataSources(), site.baseUrl));
}

/** A dataset as a download table, for its own workbook and the all-data workbook. */
export function datasetDownloadTable(dataset: Dataset) {
  return once(`dataset-table:${dataset.id}`, () => datasetTable(dataset, (key) => t(key)));
}

const datasetText = (dataset: Dataset, format: "csv" | "json") =>
  format === "csv" ? toCsv(dataset) : toJson(dataset, (key) => t(key), site.baseUrl, site.licence);

/** Byte size of a dataset's CSV and JSON files, shown beside their links (readers on phones pay for data). */
export function datasetDownloadSizes(dataset: Dataset): { csv: number; json: number } {
  return {
    csv: datasetTexts.size(`${dataset.id}.csv`, () => datasetText(dataset, "csv")),
    json: datasetTexts.size(`${dataset.id}.json`, () => datasetText(dataset, "json")),
  };
}

/** The text of a dataset's CSV or JSON file (made once, whether its size or its file came first). */
export function datasetDownloadText(dataset: Dataset, format: "csv" | "json"): string {
  return datasetTexts.take(`${dataset.id}.${format}`, () => datasetText(dataset, format));
}

/** Every collection as plain data, in a stable order, for the open data downloads and the feed. */
export async function loadOpenDataSources() {
  throwIfContentBroken();
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));
  const [documents, models, statistics, commendations, targets, plan] = await Promise.all([
    getCollection("documents"),
    getCollection("models"),
    getCollection("statistics"),
    getCollection("commendations"),
    getCollection("targets"),
    loadPlanSources(),
  ]);
  const plain = <D>(list: { id: string; data: D }[]) => byId(list.map(({ id, data }) => ({ id, data })));
  return {
    documents: plain(documents),
    models: plain(models),
    statistics: plain(statistics).sort(compareGroups),
    commendations: plain(commendations),
    targets: plain(targets),
    plan,
  };
}

/** Every page's share card (src/lib/share-cards/page-cards.ts), from the content that names the pages. */
export async function loadPageCards(): Promise<PageCard[]> {
  const [groups, charts, tallies, documents, commendations, targets] = await Promise.all([
    loadStatisticGroups(),
    loadCharts(),
    loadTallyFigures(),
    loadDocuments(),
    loadCommendations(),
    loadTargets(),
  ]);
  const { lists } = arrangeCommendations(commendations);
  const themes = statisticThemes(groups).map((theme) => {
    const span = spanOf(groupsOfTheme(groups, theme).map((g) => g.data.period));
    return { theme, title: t(`theme.${theme}`), period: span ? formatPeriod(span) : null };
  });
  return pageCards(
    {
      siteName: site.name,
      themes,
      charts: [...charts, ...tallies.map((x) => x.spec)].map((c) => ({ id: c.id, title: c.title, period: c.period })),
      documents: documents.map(({ id, data }) => ({
        id,
        shortTitle: data.shortTitle,
        kind: t(`document.type.${data.type}`),
        date: formatDate(data.date),
      })),
      lists: lists.map(({ id, data }) => ({
        id,
        title: data.title,
        decision: t("og.list.place", { decision: data.decision, date: formatDate(data.decisionDate) }),
      })),
      targetCount: targets.reduce((n, x) => n + x.data.goals.length, 0),
    },
    {
      home: t("og.kind.home"),
      statistics: t("site.nav.statistics"),
      statisticsTitle: t("stats.title"),
      theme: t("og.kind.theme"),
      chart: t("og.kind.chart"),
      targets: t("site.nav.targets"),
      targetsTitle: t("targets.title"),
      targetsPlace: t("og.targets.place"),
      commendations: t("site.nav.commendations"),
      commendationsTitle: t("commendations.title"),
      rulesTitle: t("rules.title"),
      list: t("og.kind.list"),
      documents: t("site.nav.documents"),
      documentsTitle: t("documents.title"),
      models: t("site.nav.models"),
      modelsTitle: t("models.title"),
      data: t("site.nav.data"),
      dataTitle: t("data.title"),
      search: t("site.nav.search"),
      searchTitle: t("search.title"),
      glossary: t("site.footer.glossary"),
      glossaryTitle: t("glossary.title"),
      assessments: t("site.nav.assessments"),
      assessmentsTitle: t("assessments.title"),
      directions: t("site.nav.directions"),
      directionsTitle: t("directions.title"),
      responsibilities: t("site.nav.responsibilities"),
      responsibilitiesTitle: t("responsibilities.title"),
      timeline: t("site.nav.timeline"),
      timelineTitle: t("timeline.title"),
    },
  );
}

/**
 * Assessments, responsibilities and dated steps (issue 17), one file per document, files in the
 * documents' date order (oldest first: the 2019 report, the 2020 Đề án, the 2024 plans).
 */
export async function loadPlanSources(): Promise<PlanSources> {
  const [documents, assessments, responsibilities, events] = await Promise.all([
    loadDocumentMap(),
    getCollection("assessments"),
    getCollection("responsibilities"),
    getCollection("events"),
  ]);
  const ordered = <D extends { document: string }>(list: { id: string; data: D }[]) =>
    byDocumentDate(
      list.map(({ id, data }) => ({ id, data })),
      documents,
    );
  return { assessments: ordered(assessments), responsibilities: ordered(responsibilities), events: ordered(events) };
}

/** The plan collections as rows (see src/lib/plan/plan-items.ts), for the pages. */
export async function loadPlan() {
  const sources = await loadPlanSources();
  return {
    assessments: assessmentRows(sources.assessments),
    responsibilities: responsibilityRows(sources.responsibilities),
    events: eventRows(sources.events),
  };
}

/** Everything the /trach-nhiem/ pages share: tasks, bodies (one page each), deadline groups. */
export async function loadResponsibilities() {
  const [{ responsibilities }, documents] = await Promise.all([loadPlan(), loadDocumentMap()]);
  return { rows: responsibilities, bodies: bodiesOf(responsibilities, compareVi), deadlines: deadlinesOf(responsibilities), documents };
}
