/**
 * Open data rows of the issue-17 collections: assessments, responsibilities, dated steps. The
 * columns are described in src/i18n/vi.ts ("data.col.<dataset>.<name>"); rows carry their source
 * like every other dataset.
 */
import type { Column, Dataset, Row } from "../downloads/open-data.ts";
import type { AssessmentFile } from "../../schemas/assessment.ts";
import type { DocumentData } from "../../schemas/document.ts";
import type { EventFile } from "../../schemas/event.ts";
import type { ResponsibilityFile } from "../../schemas/responsibility.ts";
import type { SourceRef } from "../../schemas/common.ts";
import { assessmentPath, assessmentRows, deadlineKey, eventRows, responsibilityRows, timeline } from "./plan-items.ts";
import { paths } from "../site/public-urls.ts";
import { t } from "../../i18n/vi.ts";

interface Entry<D> {
  id: string;
  data: D;
}

/** The three collections as Astro (or the tests' readers) give them. */
export interface PlanSources {
  assessments: readonly Entry<AssessmentFile>[];
  responsibilities: readonly Entry<ResponsibilityFile>[];
  events: readonly Entry<EventFile>[];
}

type SourceCells = (source: SourceRef, documents: ReadonlyMap<string, DocumentData>, baseUrl: string) => Row;

/** Several values in one cell, as the other datasets join them. */
const join = (values: readonly string[]) => values.join(" | ");
const orNull = <T>(value: T | undefined): T | null => value ?? null;

/** The datasets "danh-gia", "trach-nhiem", "moc-thoi-gian" (without columns, which {@link planColumns} gives). */
export function planDatasets(
  plan: PlanSources,
  documents: ReadonlyMap<string, DocumentData>,
  baseUrl: string,
  sourceCells: SourceCells,
): Omit<Dataset, "columns">[] {
  const abs = (path: string) => new URL(path, baseUrl).href;
  const anchors = new Map(timeline(eventRows(plan.events)).flatMap((entry) => entry.mentions.map((m) => [m.id, entry.anchor] as const)));
  return [
    {
      id: "danh-gia",
      title: "data.set.danh-gia",
      description: "data.set.danh-gia.lead",
      rows: assessmentRows(plan.assessments).map((r) => ({
        id: r.id,
        url: abs(assessmentPath(r.kind)),
        kind: r.kind,
        kindLabel: t(`plan.kind.${r.kind}`),
        label: orNull(r.label),
        group: orNull(r.group),
        topic: orNull(r.topic),
        topicLabel: r.topic ? t(`plan.topic.${r.topic}`) : null,
        text: r.text,
        details: r.details ? join(r.details) : null,
        note: orNull(r.note),
        ...sourceCells({ document: r.document, section: r.section }, documents, baseUrl),
      })),
    },
    {
      id: "trach-nhiem",
      title: "data.set.trach-nhiem",
      description: "data.set.trach-nhiem.lead",
      rows: responsibilityRows(plan.responsibilities).map((r) => ({
        id: r.id,
        url: abs(paths.responsibilities()),
        bodies: join(
          r.bodies.map(
            (b) =>
              `${b.name} (${t(`responsibilities.role.${b.role}`)}${b.unitOf ? `; ${t("responsibilities.unitOf", { body: b.unitOf })}` : ""})`,
          ),
        ),
        requested: r.requested ?? false,
        task: r.task,
        whenText: r.when?.text ?? null,
        whenBy: r.when?.by ?? null,
        // Derived, like the filter: "hằng năm" without the flag is yearly too.
        recurring: deadlineKey(r.when) === "hang-nam",
        deadline: deadlineKey(r.when),
        note: orNull(r.note),
        ...sourceCells({ document: r.document, section: r.section }, documents, baseUrl),
      })),
    },
    {
      id: "moc-thoi-gian",
      title: "data.set.moc-thoi-gian",
      description: "data.set.moc-thoi-gian.lead",
      rows: eventRows(plan.events).map((r) => ({
        id: r.id,
        url: abs(`${paths.timeline()}#${anchors.get(r.id)}`),
        // An undated citation has empty date cells and says so in its own column, never a guessed date.
        date: orNull(r.date),
        dateText: orNull(r.dateText),
        undated: r.undated ?? false,
        number: orNull(r.number),
        instrument: orNull(r.instrument),
        legalBasis: r.legalBasis ?? false,
        text: r.text,
        producedStatistics: r.produced?.statistics ? join(r.produced.statistics) : null,
        producedModels: r.produced?.models ? join(r.produced.models) : null,
        note: orNull(r.note),
        ...sourceCells({ document: r.document, section: r.section }, documents, baseUrl),
      })),
    },
  ];
}

/** Column order of the three datasets; `columnsOf` and the source column names come from open-data.ts. */
export function planColumns(
  columnsOf: (datasetId: string, names: readonly string[]) => Column[],
  source: readonly string[],
): Record<string, Column[]> {
  return {
    "danh-gia": columnsOf("danh-gia", [
      "id",
      "url",
      "kind",
      "kindLabel",
      "label",
      "group",
      "topic",
      "topicLabel",
      "text",
      "details",
      "note",
      ...source,
    ]),
    "trach-nhiem": columnsOf("trach-nhiem", [
      "id",
      "url",
      "bodies",
      "requested",
      "task",
      "whenText",
      "whenBy",
      "recurring",
      "deadline",
      "note",
      ...source,
    ]),
    "moc-thoi-gian": columnsOf("moc-thoi-gian", [
      "id",
      "url",
      "date",
      "dateText",
      "undated",
      "number",
      "instrument",
      "legalBasis",
      "text",
      "producedStatistics",
      "producedModels",
      "note",
      ...source,
    ]),
  };
}
