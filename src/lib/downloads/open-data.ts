/**
 * Open data: every collection flattened to rows with the same columns in JSON and CSV, each row
 * carrying its source (document, section, link). Descriptions of columns live in src/i18n/vi.ts.
 */
import { latestDate, tableColumn, tableCsv, tableCsvByteLength, rowsOf, type DownloadTable, type TableColumn } from "./download-table.ts";
import type { CommendationData } from "../../schemas/commendation.ts";
import type { SourceRef } from "../../schemas/common.ts";
import type { DocumentData } from "../../schemas/document.ts";
import type { ModelData } from "../../schemas/model.ts";
import type { StatisticGroup } from "../../schemas/statistic.ts";
import type { TargetData } from "../../schemas/target.ts";
import { vi, type MessageKey } from "../../i18n/vi.ts";
import { paths } from "../site/public-urls.ts";
import { planColumns, planDatasets, type PlanSources } from "../plan/plan-open-data.ts";
import { downloadJson, downloadJsonByteLength } from "./json.ts";

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Column {
  name: string;
  description: MessageKey;
}

export interface Dataset {
  /** File name without extension: /du-lieu/<id>.json and .csv. */
  id: string;
  title: MessageKey;
  description: MessageKey;
  columns: readonly Column[];
  rows: Row[];
}

interface Entry<D> {
  id: string;
  data: D;
}

export interface OpenDataSources {
  documents: readonly Entry<DocumentData>[];
  models: readonly Entry<ModelData>[];
  statistics: readonly Entry<StatisticGroup>[];
  commendations: readonly Entry<CommendationData>[];
  targets: readonly Entry<TargetData>[];
  /** Assessments, responsibilities, dated steps (issue 17); left out by callers that do not publish them. */
  plan?: PlanSources;
}

/** Separates several values in one cell: sections contain commas, never " | ". */
export const LIST_SEPARATOR = " | ";

/** A column described by "data.col.<dataset>.<name>" when its meaning is particular, else by "data.col.<name>". */
export function columnsOf(datasetId: string, names: readonly string[]): Column[] {
  return names.map((name) => {
    const specific = `data.col.${datasetId}.${name}`;
    const description = (specific in vi ? specific : `data.col.${name}`) as MessageKey;
    if (!(description in vi)) throw new Error(`Thiếu mô tả cột "${name}" của bộ dữ liệu ${datasetId} trong src/i18n/vi.ts`);
    return { name, description };
  });
}

const SOURCE = ["sourceDocument", "sourceTitle", "sourceSection", "sourceUrl"];

export function sourceCells(source: SourceRef, documents: ReadonlyMap<string, DocumentData>, baseUrl: string): Row {
  return {
    sourceDocument: source.document,
    sourceTitle: documents.get(source.document)?.shortTitle ?? null,
    sourceSection: source.section,
    sourceUrl: new URL(paths.document(source.document), baseUrl).href,
  };
}

const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** One row per source document. */
export function documentRows(documents: readonly Entry<DocumentData>[], baseUrl: string): Row[] {
  return documents.map(({ id, data }) => ({
    id,
    url: new URL(paths.document(id), baseUrl).href,
    number: data.number,
    type: data.type,
    title: data.title,
    shortTitle: data.shortTitle,
    issuer: data.issuer,
    signer: orNull(data.signer),
    province: data.province,
    date: data.date,
    dateNote: orNull(data.dateNote),
    periodFrom: orNull(data.period?.from),
    periodTo: orNull(data.period?.to),
    periodLabel: orNull(data.period?.label),
    summary: data.summary,
    sourceFile: data.sourceFile,
  }));
}

/** One row per model unit; several hosts or sources share one cell, joined by LIST_SEPARATOR. */
export function modelRows(models: readonly Entry<ModelData>[], documents: ReadonlyMap<string, DocumentData>, baseUrl: string): Row[] {
  const join = (values: readonly string[]) => values.join(LIST_SEPARATOR);
  return models.map(({ id, data }) => ({
    id,
    url: new URL(paths.model(id), baseUrl).href,
    name: data.name,
    kind: data.kind,
    hosts: join(data.hosts.map((h) => h.name)),
    hostTypes: join(data.hosts.map((h) => h.type)),
    district: data.location.district,
    commune: data.location.commune,
    industrialPark: data.location.industrialPark,
    launched: data.launched,
    status: data.status,
    summary: data.summary,
    aliases: join(data.aliases),
    sourceDocument: join(data.sources.map((s) => s.document)),
    sourceTitle: join(data.sources.map((s) => documents.get(s.document)?.shortTitle ?? s.document)),
    sourceSection: join(data.sources.map((s) => s.section)),
    sourceUrl: join(data.sources.map((s) => new URL(paths.document(s.document), baseUrl).href)),
    updated: data.updated,
  }));
}

/** One row per reported figure, with its group's period and source filled in. */
export function figureRows(groups: readonly Entry<StatisticGroup>[], documents: ReadonlyMap<string, DocumentData>, baseUrl: string): Row[] {
  return groups.flatMap(({ id, data }) =>
    data.figures.map((figure) => {
      const period = figure.period ?? data.period;
      return {
        id: figure.id,
        groupId: id,
        groupTitle: data.title,
        theme: data.theme,
        url: new URL(paths.theme(data.theme), baseUrl).href,
        metric: figure.metric,
        value: figure.value,
        qualifier: orNull(figure.qualifier),
        outOf: orNull(figure.outOf),
        unit: figure.unit,
        reportingBody: figure.reportingBody,
        periodFrom: period.from,
        periodTo: period.to,
        periodLabel: orNull(period.label),
        partOf: orNull(figure.partOf),
        note: orNull(figure.note),
        ...sourceCells(figure.source ?? data.source, documents, baseUrl),
        updated: data.updated,
      };
    }),
  );
}

/** One row per measurable goal of a numbered target; the achievement only where a document reports one. */
export function targetRows(targets: readonly Entry<TargetData>[], documents: ReadonlyMap<string, DocumentData>, baseUrl: string): Row[] {
  return targets.flatMap(({ id, data }) =>
    data.goals.map((goal, index) => ({
      targetId: id,
      number: data.number,
      title: data.title,
      goal: index + 1,
      description: goal.description,
      value: goal.value,
      valueMax: orNull(goal.valueMax),
      qualifier: orNull(goal.qualifier),
      outOf: orNull(goal.outOf),
      unit: goal.unit,
      deadline: goal.deadline,
      achievementValue: orNull(goal.achievement?.value),
      achievementAsOf: orNull(goal.achievement?.asOf),
      achievementSource: goal.achievement ? `${goal.achievement.source.document}: ${goal.achievement.source.section}` : null,
      ...sourceCells(data.source, documents, baseUrl),
      updated: data.updated,
    })),
  );
}

/**
 * Every commendation entry, one row per fact: an award, a counted tally row, a named recipient, a
 * quota line (and each sub-line), a criterion requirement, a rule item. Columns a kind does not use stay empty.
 */
export function commendationRows(
  entries: readonly Entry<CommendationData>[],
  documents: ReadonlyMap<string, DocumentData>,
  baseUrl: string,
): Row[] {
  const empty: Row = Object.fromEntries(COMMENDATION_COLUMNS.map((name) => [name, null]));
  return entries.flatMap(({ id, data }): Row[] => {
    const common = { ...empty, entryId: id, kind: data.kind, title: data.title };
    const tail = { ...sourceCells(data.source, documents, baseUrl), updated: data.updated };
    switch (data.kind) {
      case "award":
        return [{ ...common, award: id, form: data.form, authority: data.authority, ...tail }];
      case "tally":
        return data.rows.map((row) => ({
          ...common,
          rowId: row.id,
          award: orNull(row.award),
          recipientType: orNull(row.recipientType),
          value: row.value,
          qualifier: orNull(row.qualifier),
          unit: row.unit,
          periodFrom: data.period.from,
          periodTo: data.period.to,
          reportingBody: data.reportingBody,
          partOf: orNull(row.partOf),
          note: orNull(row.note),
          ...tail,
        }));
      case "recipients":
        return data.rows.map((row) => ({
          ...common,
          award: row.award ?? data.award,
          recipientType: row.recipientType,
          name: row.name,
          organisation: row.organisation,
          district: row.district,
          year: row.year,
          decision: data.decision,
          decisionDate: data.decisionDate,
          ...tail,
        }));
      case "quota": {
        type Line = (typeof data.lines)[number];
        const line = (l: Omit<Line, "breakdown">, parentGroup: string | null): Row => ({
          ...common,
          award: data.award,
          group: l.bloc,
          parentGroup,
          perUnit: l.perUnit,
          units: l.units.join(LIST_SEPARATOR) || null,
          collectives: orNull(l.collectives),
          individuals: orNull(l.individuals),
          collectivesOrIndividuals: orNull(l.collectivesOrIndividuals),
          note: orNull(l.note),
          ...tail,
        });
        const whole: Row = { ...common, award: data.award, value: orNull(data.total), text: orNull(data.rule), ...tail };
        return [whole, ...data.lines.flatMap((l) => [line(l, null), ...l.breakdown.map((sub) => line(sub, l.bloc))])];
      }
      case "criteria":
        return data.requirements.map((text) => ({ ...common, recipientType: data.recipientType, group: data.group, text, ...tail }));
      case "rule":
        return data.items.map((item) => ({ ...common, topic: data.topic, text: item.text, date: orNull(item.date), ...tail }));
    }
  });
}

const COMMENDATION_COLUMNS = [
  "entryId",
  "kind",
  "rowId",
  "title",
  "award",
  "form",
  "authority",
  "recipientType",
  "name",
  "organisation",
  "district",
  "year",
  "value",
  "qualifier",
  "unit",
  "periodFrom",
  "periodTo",
  "reportingBody",
  "partOf",
  "decision",
  "decisionDate",
  "group",
  "parentGroup",
  "perUnit",
  "units",
  "collectives",
  "individuals",
  "collectivesOrIndividuals",
  "topic",
  "text",
  "date",
  "note",
  ...SOURCE,
  "updated",
];

/** The published datasets, in the order of the open data page. */
export function buildDatasets(sources: OpenDataSources, baseUrl: string): Dataset[] {
  const documents = new Map(sources.documents.map((d) => [d.id, d.data]));
  const datasets: Omit<Dataset, "columns">[] = [
    { id: "van-ban", title: "data.set.van-ban", description: "data.set.van-ban.lead", rows: documentRows(sources.documents, baseUrl) },
    { id: "mo-hinh", title: "data.set.mo-hinh", description: "data.set.mo-hinh.lead", rows: modelRows(sources.models, documents, baseUrl) },
    {
      id: "so-lieu",
      title: "data.set.so-lieu",
      description: "data.set.so-lieu.lead",
      rows: figureRows(sources.statistics, documents, baseUrl),
    },
    {
      id: "khen-thuong",
      title: "data.set.khen-thuong",
      description: "data.set.khen-thuong.lead",
      rows: commendationRows(sources.commendations, documents, baseUrl),
    },
    {
      id: "muc-tieu",
      title: "data.set.muc-tieu",
      description: "data.set.muc-tieu.lead",
      rows: targetRows(sources.targets, documents, baseUrl),
    },
    ...(sources.plan ? planDatasets(sources.plan, documents, baseUrl, sourceCells) : []),
  ];
  return datasets.map((set) => ({ ...set, columns: COLUMNS[set.id]! }));
}

/** Column order of each dataset; every row function writes exactly these keys. */
export const COLUMNS: Readonly<Record<string, readonly Column[]>> = {
  "van-ban": columnsOf("van-ban", [
    "id",
    "url",
    "number",
    "type",
    "title",
    "shortTitle",
    "issuer",
    "signer",
    "province",
    "date",
    "dateNote",
    "periodFrom",
    "periodTo",
    "periodLabel",
    "summary",
    "sourceFile",
  ]),
  "mo-hinh": columnsOf("mo-hinh", [
    "id",
    "url",
    "name",
    "kind",
    "hosts",
    "hostTypes",
    "district",
    "commune",
    "industrialPark",
    "launched",
    "status",
    "summary",
    "aliases",
    ...SOURCE,
    "updated",
  ]),
  "so-lieu": columnsOf("so-lieu", [
    "id",
    "groupId",
    "groupTitle",
    "theme",
    "url",
    "metric",
    "value",
    "qualifier",
    "outOf",
    "unit",
    "reportingBody",
    "periodFrom",
    "periodTo",
    "periodLabel",
    "partOf",
    "note",
    ...SOURCE,
    "updated",
  ]),
  "khen-thuong": columnsOf("khen-thuong", COMMENDATION_COLUMNS),
  ...planColumns(columnsOf, SOURCE),
  "muc-tieu": columnsOf("muc-tieu", [
    "targetId",
    "number",
    "title",
    "goal",
    "description",
    "value",
    "valueMax",
    "qualifier",
    "outOf",
    "unit",
    "deadline",
    "achievementValue",
    "achievementAsOf",
    "achievementSource",
    ...SOURCE,
    "updated",
  ]),
};

/** The columns of a dataset in the one naming scheme (Vietnamese header, machine name, description). */
export function datasetColumns(dataset: Pick<Dataset, "id" | "columns">): TableColumn[] {
  return dataset.columns.map((c) => tableColumn(c.name, dataset.id));
}

/** A dataset as a download table; the source of each row from its source columns. */
export function datasetTable(dataset: Dataset, describe: (key: MessageKey) => string): DownloadTable {
  const columns = datasetColumns(dataset);
  const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? "" : String(cell));
  return {
    title: describe(dataset.title),
    columns,
    rows: rowsOf(columns, dataset.rows),
    sources: dataset.rows.map((row) => ({
      document: text(row["sourceTitle"] ?? row["title"]),
      section: text(row["sourceSection"]),
      url: text(row["sourceUrl"] ?? row["url"]),
    })),
    notes: [],
    checks: [],
  };
}

/** Latest "updated" date of a dataset's rows (documents have none: their issue dates instead). */
export function datasetUpdated(dataset: Dataset): string {
  return latestDate(dataset.rows.map((row) => String(row["updated"] ?? row["date"] ?? "")).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)));
}

/** CSV with a UTF-8 byte order mark and CRLF line ends: Vietnamese headers, the columns' machine names documented beside. */
export function toCsv(dataset: Pick<Dataset, "id" | "columns" | "rows">): string {
  const columns = datasetColumns(dataset);
  return tableCsv({ columns, rows: rowsOf(columns, dataset.rows) });
}

/** Bytes of `toCsv(dataset)`, without making the text (csvByteLength). */
export function csvBytes(dataset: Pick<Dataset, "id" | "columns" | "rows">): number {
  const columns = datasetColumns(dataset);
  return tableCsvByteLength({ columns, rows: rowsOf(columns, dataset.rows) });
}

/** JSON download: the dataset's name, its columns described, and the rows. */
export function toJson(dataset: Dataset, describe: (key: MessageKey) => string, baseUrl: string, licence: Licence): string {
  return downloadJson(jsonDocument(dataset, describe, baseUrl, licence));
}

/** Bytes of `toJson(…)`, without making the text (downloadJsonByteLength). */
export function jsonBytes(dataset: Dataset, describe: (key: MessageKey) => string, baseUrl: string, licence: Licence): number {
  return downloadJsonByteLength(jsonDocument(dataset, describe, baseUrl, licence));
}

function jsonDocument(dataset: Dataset, describe: (key: MessageKey) => string, baseUrl: string, licence: Licence) {
  return {
    id: dataset.id,
    title: describe(dataset.title),
    description: describe(dataset.description),
    url: new URL(paths.dataset(dataset.id, "json"), baseUrl).href,
    csv: new URL(paths.dataset(dataset.id, "csv"), baseUrl).href,
    xlsx: new URL(paths.dataset(dataset.id, "xlsx"), baseUrl).href,
    licence,
    columns: datasetColumns(dataset).map((c) => ({ name: c.name, header: c.header, description: c.description })),
    rows: dataset.rows,
  };
}

/** The open-data licence as the site config states it. */
export interface Licence {
  name: string;
  url: string;
}

const DATA_FORMATS = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json",
} as const;

/** schema.org DataCatalog for the open data page, so dataset search engines find each download. */
export function dataCatalogJsonLd(
  datasets: readonly Dataset[],
  describe: (key: MessageKey) => string,
  catalog: { name: string; description: string; baseUrl: string; publisher: string; licence: Licence },
): Record<string, unknown> {
  const abs = (path: string) => new URL(path, catalog.baseUrl).href;
  return {
    "@context": "https://schema.org",
    "@type": "DataCatalog",
    name: catalog.name,
    description: catalog.description,
    url: abs(paths.openData()),
    inLanguage: "vi",
    license: catalog.licence.url,
    publisher: { "@type": "GovernmentOrganization", name: catalog.publisher },
    dataset: datasets.map((dataset) => ({
      "@type": "Dataset",
      name: describe(dataset.title),
      description: describe(dataset.description),
      url: `${abs(paths.openData())}#bo-du-lieu-${dataset.id}`,
      inLanguage: "vi",
      license: catalog.licence.url,
      variableMeasured: dataset.columns.map((c) => c.name),
      distribution: (["csv", "xlsx", "json"] as const).map((format) => ({
        "@type": "DataDownload",
        encodingFormat: DATA_FORMATS[format],
        contentUrl: abs(paths.dataset(dataset.id, format)),
      })),
    })),
  };
}
