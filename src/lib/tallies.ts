/**
 * Commendation tallies shaped for tables, charts and downloads, and the check that reported
 * parts add up to the reported total. Parts that do not add up are shown next to the total, never fixed.
 */
import type { AwardData, TallyData } from "../schemas/commendation.ts";
import type { Period, Qualifier, SourceRef } from "../schemas/common.ts";
import type { RecipientType } from "./recipients.ts";
import { toCsv } from "./csv.ts";
import { t } from "../i18n/vi.ts";

/** One tally row with everything a table cell, a chart bar or a CSV line needs. */
export interface TallyRow {
  id: string;
  /** Short label for charts: award title (or "all awards") and recipient type. */
  label: string;
  value: number;
  unit: string;
  qualifier?: Qualifier | undefined;
  award: string | null;
  awardTitle: string | null;
  authority: string | null;
  recipientType: RecipientType | null;
  partOf: string | null;
  note: string | null;
  period: Period;
  source: SourceRef;
  reportingBody: string;
}

export interface TallyLabels {
  allAwards: string;
  recipientType: Record<RecipientType, string>;
  bothTypes: string;
}

/** Flattens one tally entry into rows, filling award titles and authorities from the award entries. */
export function tallyRows(tally: TallyData, awards: ReadonlyMap<string, AwardData>, labels: TallyLabels): TallyRow[] {
  return tally.rows.map((row) => {
    const award = row.award ? awards.get(row.award) : undefined;
    const type = row.recipientType ?? null;
    const who = type ? labels.recipientType[type] : labels.bothTypes;
    return {
      id: row.id,
      label: `${award?.title ?? labels.allAwards} — ${who}`,
      value: row.value,
      unit: row.unit,
      qualifier: row.qualifier,
      award: row.award ?? null,
      awardTitle: award?.title ?? null,
      authority: award?.authority ?? null,
      recipientType: type,
      partOf: row.partOf ?? null,
      note: row.note ?? null,
      period: tally.period,
      source: tally.source,
      reportingBody: tally.reportingBody,
    };
  });
}

export interface PartsCheck<T> {
  total: T;
  parts: T[];
  sum: number;
  /** sum of parts minus the reported total: 0 when they add up. */
  difference: number;
}

/** For every row that other rows name as their total, the sum of those parts and the difference. */
export function checkParts<T extends { id: string; value: number; partOf?: string | null | undefined }>(rows: readonly T[]): PartsCheck<T>[] {
  return rows.flatMap((total) => {
    const parts = rows.filter((r) => r.partOf === total.id);
    if (parts.length === 0) return [];
    const sum = parts.reduce((acc, p) => acc + p.value, 0);
    return [{ total, parts, sum, difference: sum - total.value }];
  });
}

export type TallyColumn = RecipientType | "ca-hai";

export interface TallyMatrix {
  columns: TallyColumn[];
  /** One line per award (highest award first), cells keyed by column. */
  awards: { award: string; title: string; authority: string; cells: Partial<Record<TallyColumn, TallyRow>> }[];
  /** Rows reported for all awards together (the document's totals), by column. */
  totals: Partial<Record<TallyColumn, TallyRow>>;
}

const columnOf = (row: TallyRow): TallyColumn => row.recipientType ?? "ca-hai";
const COLUMN_ORDER: TallyColumn[] = ["tap-the", "ca-nhan", "ca-hai"];

/** Award × recipient type table of one tally; award lines follow the awards' own order. */
export function tallyMatrix(rows: readonly TallyRow[], awards: ReadonlyMap<string, AwardData>): TallyMatrix {
  const columns = COLUMN_ORDER.filter((c) => rows.some((r) => columnOf(r) === c));
  const byAward = new Map<string, Partial<Record<TallyColumn, TallyRow>>>();
  const totals: Partial<Record<TallyColumn, TallyRow>> = {};
  for (const row of rows) {
    if (row.award === null) {
      totals[columnOf(row)] = row;
      continue;
    }
    const cells = byAward.get(row.award) ?? {};
    cells[columnOf(row)] = row;
    byAward.set(row.award, cells);
  }
  const lines = [...byAward].map(([award, cells]) => {
    const data = awards.get(award);
    return { award, title: data?.title ?? award, authority: data?.authority ?? "", order: data?.order ?? 100, cells };
  });
  lines.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, "vi"));
  return { columns, awards: lines.map(({ award, title, authority, cells }) => ({ award, title, authority, cells })), totals };
}

/** CSV of one tally: one line per reported row, with award, authority, period and source spelled out. */
export function tallyCsv(rows: readonly TallyRow[], header: readonly string[], labels: TallyLabels, documentTitle: (id: string) => string, formatPeriod: (p: Period) => string): string {
  return toCsv(
    header,
    rows.map((r) => [
      r.id,
      r.awardTitle ?? labels.allAwards,
      r.authority,
      r.recipientType ? labels.recipientType[r.recipientType] : labels.bothTypes,
      r.qualifier,
      r.value,
      r.unit,
      r.partOf,
      formatPeriod(r.period),
      r.reportingBody,
      documentTitle(r.source.document),
      r.source.section,
      r.note,
    ]),
  );
}

/** The site's Vietnamese labels for tallies. */
export const viTallyLabels: TallyLabels = {
  allAwards: t("commendations.tally.allAwards"),
  recipientType: { "tap-the": t("recipient.tap-the"), "ca-nhan": t("recipient.ca-nhan") },
  bothTypes: t("commendations.tally.both"),
};
