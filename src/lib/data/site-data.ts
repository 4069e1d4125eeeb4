/**
 * Everything the site derives from its collections, as plain data for the pure functions of src/lib,
 * built over a collection source so it runs inside Astro and outside it alike:
 * src/data/content.ts binds it to Astro's getCollection (the pages and the live preview), and the
 * download step (scripts/lib/download-step.ts) to the one content reader (readParsedContent). Both
 * sources give the same entries, parsed with the registry's schemas, in file-name order.
 */
import { resolveFigures } from "../statistics/figures.ts";
import { chartCsv, chartFromGroup, chartJson, chartTable, type ChartSpec } from "../statistics/chart-data.ts";
import { arrangeCommendations } from "../commendations/commendation-sections.ts";
import {
  siteTallyCsv,
  siteTallyTable,
  tallyFigure,
  tallyJson,
  tallyRows,
  viTallyLabels,
  type TallyFigureData,
} from "../commendations/tallies.ts";
import type { DownloadMeta, DownloadTable } from "../downloads/download-table.ts";
import { paths } from "../site/public-urls.ts";
import type { DocumentData } from "../../schemas/document.ts";
import { compareVi } from "../browser/vietnamese-order.ts";
import { pageCards, type PageCard } from "../share-cards/page-cards.ts";
import { compareGroups, groupsOfTheme, spanOf, statisticThemes, themeHome } from "../statistics/themes.ts";
import { compareTargetNumbers } from "../statistics/targets.ts";
import { formatDate, formatPeriod } from "../browser/format.ts";
import { site } from "../../config/site.ts";
import { t } from "../../i18n/vi.ts";
import { assessmentRows, bodiesOf, byDocumentDate, deadlinesOf, eventRows, responsibilityRows } from "../plan/plan-items.ts";
import type { PlanSources } from "../plan/plan-open-data.ts";
import { buildMemo } from "../build/build-memo.ts";
import { buildDatasets, csvBytes, datasetTable, jsonBytes, toCsv, toJson, type Dataset } from "../downloads/open-data.ts";
import { modelMatcher } from "../commendations/recipient-model-match.ts";
import { recipientRows } from "../commendations/recipient-list-pages.ts";
import { filterOptions } from "../browser/recipient-table-rows.ts";
import type { z } from "zod";
import type { COLLECTIONS, CollectionName } from "../content/registry.ts";

/** The entries of one collection: its files' ids and schema-parsed data, in file-name order; a fresh array on every call (callers sort it). */
export type CollectionSource = <C extends CollectionName>(
  name: C,
) => Promise<{ id: string; data: z.output<(typeof COLLECTIONS)[C]["schema"]> }[]>;

export interface SiteDataOptions {
  /**
   * Work out once what several routes derive from the same collections (a build, where the content
   * never changes); off in the live preview, which must show each edit (src/lib/build/build-memo.ts).
   */
  memo: boolean;
  /** Called before reading: the live preview throws the check's report here while content is broken. */
  guard?: () => void;
}

/** The site's loaders over `getCollection`; the pages take them from src/data/content.ts. */
export function siteData(getCollection: CollectionSource, { memo, guard = () => {} }: SiteDataOptions) {
  const once = buildMemo(memo);

  async function loadDocuments(): Promise<{ id: string; data: DocumentData }[]> {
    const docs = await getCollection("documents");
    return docs.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
  }

  async function loadDocumentMap(): Promise<Map<string, DocumentData>> {
    guard();
    return new Map((await loadDocuments()).map((d) => [d.id, d.data]));
  }

  async function loadFigures() {
    return resolveFigures(await loadStatisticGroups());
  }

  async function loadModels() {
    guard();
    const models = await getCollection("models");
    return models.sort((a, b) => compareVi(a.data.name, b.data.name));
  }

  async function loadStatisticGroups() {
    guard();
    const groups = await getCollection("statistics");
    return groups.sort(compareGroups);
  }

  /** Every chart of the site (one per statistics group), for theme pages, embeds and downloads. */
  async function loadCharts(): Promise<ChartSpec[]> {
    guard();
    const [groups, documents] = await Promise.all([loadStatisticGroups(), loadDocumentMap()]);
    return groups.map(({ id, data }) => chartFromGroup(id, data, documents, themeHome(data.theme)));
  }

  /** Every commendation tally as a figure (chart, award × type table, checks), oldest period first. */
  async function loadTallyFigures(): Promise<TallyFigureData[]> {
    guard();
    const [entries, documents] = await Promise.all([loadCommendations(), loadDocumentMap()]);
    const { awards, tallies } = arrangeCommendations(entries);
    return tallies.map(({ id, data }) => tallyFigure(id, data, awards, documents));
  }

  /**
   * The download files of every chart, statistics groups first, then tallies: what
   * /so-lieu/tai-ve/<id>.<format> serves (and, for tallies, their former /khen-thuong/so-lieu/ copies).
   */
  async function loadChartFiles(): Promise<
    { id: string; kind: "group" | "tally"; csv: string; json: string; table: DownloadTable; meta: DownloadMeta }[]
  > {
    guard();
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

  async function loadTargets() {
    guard();
    const targets = await getCollection("targets");
    return targets.sort((a, b) => compareTargetNumbers(a.data.number, b.data.number));
  }

  /** Every commendations entry (awards, tallies, quotas, criteria, rules, recipient lists), by id. */
  async function loadCommendations() {
    guard();
    const entries = await getCollection("commendations");
    return entries.sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data }) => ({ id, data }));
  }

  /** The commendations collection arranged for reading (src/lib/commendations/commendation-sections.ts). */
  function loadCommendationContent() {
    return once("commendation-content", async () => arrangeCommendations(await loadCommendations()));
  }

  /**
   * Every named recipient list, newest decision first, with its rows as published (organisations
   * linked to model profiles) and its filter options: what the list pages, their filter data and the
   * list downloads all show.
   */
  function loadRecipientLists() {
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
  function loadDatasets(): Promise<Dataset[]> {
    return once("datasets", async () => buildDatasets(await loadOpenDataSources(), site.baseUrl));
  }

  /** A dataset as a download table, for its own workbook and the all-data workbook. */
  function datasetDownloadTable(dataset: Dataset) {
    return once(`dataset-table:${dataset.id}`, () => datasetTable(dataset, (key) => t(key)));
  }

  const datasetText = (dataset: Dataset, format: "csv" | "json") =>
    format === "csv" ? toCsv(dataset) : toJson(dataset, (key) => t(key), site.baseUrl, site.licence);

  /**
   * Byte size of a dataset's CSV and JSON files, shown beside their links (readers on phones pay for
   * data). Counted without making the text, which the download step writes: for 50,000 recipient
   * rows the two texts are 65 MB, and making them held the open data page 0.6 s.
   */
  function datasetDownloadSizes(dataset: Dataset): { csv: number; json: number } {
    return { csv: csvBytes(dataset), json: jsonBytes(dataset, (key) => t(key), site.baseUrl, site.licence) };
  }

  /** The text of a dataset's CSV or JSON file. */
  function datasetDownloadText(dataset: Dataset, format: "csv" | "json"): string {
    return datasetText(dataset, format);
  }

  /** Every collection as plain data, in a stable order, for the open data downloads and the feed. */
  async function loadOpenDataSources() {
    guard();
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
  async function loadPageCards(): Promise<PageCard[]> {
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
  async function loadPlanSources(): Promise<PlanSources> {
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
  async function loadPlan() {
    const sources = await loadPlanSources();
    return {
      assessments: assessmentRows(sources.assessments),
      responsibilities: responsibilityRows(sources.responsibilities),
      events: eventRows(sources.events),
    };
  }

  /** Everything the /trach-nhiem/ pages share: tasks, bodies (one page each), deadline groups. */
  async function loadResponsibilities() {
    const [{ responsibilities }, documents] = await Promise.all([loadPlan(), loadDocumentMap()]);
    return { rows: responsibilities, bodies: bodiesOf(responsibilities, compareVi), deadlines: deadlinesOf(responsibilities), documents };
  }

  return {
    loadDocuments,
    loadDocumentMap,
    loadFigures,
    loadModels,
    loadStatisticGroups,
    loadCharts,
    loadTallyFigures,
    loadChartFiles,
    loadTargets,
    loadCommendations,
    loadCommendationContent,
    loadRecipientLists,
    loadDatasets,
    datasetDownloadTable,
    datasetDownloadSizes,
    datasetDownloadText,
    loadOpenDataSources,
    loadPageCards,
    loadPlanSources,
    loadPlan,
    loadResponsibilities,
  };
}

export type SiteData = ReturnType<typeof siteData>;
