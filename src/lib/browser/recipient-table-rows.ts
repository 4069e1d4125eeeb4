/**
 * Named recipient lists: paging into static pages, filtering and sorting. The same functions run
 * at build time (static pages) and in the browser (the table's sort and filter controls), so what a
 * reader sees with JavaScript matches the static pages and the downloads.
 */
import type { RECIPIENT_TYPES } from "../../schemas/commendation.ts";
import { foldWord } from "./search-folding.ts";

export type RecipientType = (typeof RECIPIENT_TYPES)[number];

/** One row of a list as published in pages and downloads. */
export interface RecipientRow {
  year: number;
  /** Award id of the row (the list's award unless the row names another). */
  award: string;
  recipientType: RecipientType;
  name: string;
  organisation: string;
  district: string | null;
  /** Profile URL of the model unit the organisation hosts, when it hosts one. */
  model?: string;
}

/** Rows per static page: keeps every page well under 200 KB of HTML while staying readable on a phone. */
export const PAGE_SIZE = 500;

/** Number of static pages a list of `count` rows needs (at least one). */
export function pageCount(count: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(count / size));
}

/** Rows of page `page` (1-based). */
export function pageRows<T>(rows: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return rows.slice((page - 1) * size, page * size);
}

/** Page links to show: first, last and a window around the current page; null marks a gap. */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let p = 1; p <= total; p++) {
    if (p === 1 || p === total || Math.abs(p - current) <= radius) pages.push(p);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

/** Search's folding (foldWord) with spaces collapsed, so "truong" finds "Trường" in the organisation filter. */
export function foldText(text: string): string {
  return foldWord(text).replace(/\s+/g, " ").trim();
}

export interface RecipientFilter {
  year?: number | undefined;
  award?: string | undefined;
  recipientType?: RecipientType | undefined;
  district?: string | undefined;
  /** Part of the organisation's name, accents and capitals ignored. */
  organisation?: string | undefined;
}

/** Rows matching every filter that is set. */
export function filterRecipients<T extends RecipientRow>(rows: readonly T[], filter: RecipientFilter): T[] {
  const text = filter.organisation ? foldText(filter.organisation) : "";
  return rows.filter(
    (r) =>
      (filter.year === undefined || r.year === filter.year) &&
      (filter.award === undefined || r.award === filter.award) &&
      (filter.recipientType === undefined || r.recipientType === filter.recipientType) &&
      (filter.district === undefined || r.district === filter.district) &&
      (text === "" || foldText(r.organisation).includes(text)),
  );
}

export const SORT_KEYS = ["year", "award", "recipientType", "name", "organisation", "district"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "ascending" | "descending";

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/**
 * Stable sort by one column. Text columns sort by their displayed label (`labels` maps award ids
 * and recipient types to what the table shows); empty districts go last in both directions.
 */
export function sortRecipients<T extends RecipientRow>(
  rows: readonly T[],
  key: SortKey,
  direction: SortDirection,
  labels: Readonly<Record<string, string>> = {},
): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  const text = (r: T): string | null => {
    const value = key === "year" ? null : r[key];
    return value === null ? null : (labels[value] ?? value);
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      if (key === "year") return sign * (a.row.year - b.row.year) || a.index - b.index;
      const x = text(a.row);
      const y = text(b.row);
      if (x === null || y === null) return x === y ? a.index - b.index : x === null ? 1 : -1;
      return sign * collator.compare(x, y) || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Values offered by the filter selects: years newest first, the rest in table order. */
export function filterOptions(rows: readonly RecipientRow[]): {
  years: number[];
  awards: string[];
  recipientTypes: RecipientType[];
  districts: string[];
} {
  const years = new Set<number>();
  const awards = new Set<string>();
  const types = new Set<RecipientType>();
  const districts = new Set<string>();
  for (const r of rows) {
    years.add(r.year);
    awards.add(r.award);
    types.add(r.recipientType);
    if (r.district) districts.add(r.district);
  }
  return {
    years: [...years].sort((a, b) => b - a),
    awards: [...awards],
    recipientTypes: (["tap-the", "ca-nhan"] as const).filter((t) => types.has(t)),
    districts: [...districts].sort((a, b) => collator.compare(a, b)),
  };
}

/**
 * A list as the table's filters load it: repeated values (awards, organisations, districts, model
 * links) stored once and rows as tuples, a fraction of the size of the JSON download.
 */
export interface CompactRecipients {
  awards: string[];
  organisations: string[];
  districts: (string | null)[];
  models: (string | null)[];
  /** [year, award, 0 = tập thể | 1 = cá nhân, name, organisation, district, model] as indexes into the arrays above. */
  rows: [number, number, 0 | 1, string, number, number, number][];
}

/** Packs rows for the table's filters; expandRecipients gives back exactly the same rows. */
export function compactRecipients(rows: readonly RecipientRow[]): CompactRecipients {
  const tables = {
    awards: new Map<string, number>(),
    organisations: new Map<string, number>(),
    districts: new Map<string | null, number>(),
    models: new Map<string | null, number>(),
  };
  const index = <K>(map: Map<K, number>, key: K) => {
    if (!map.has(key)) map.set(key, map.size);
    return map.get(key)!;
  };
  const packed = rows.map((r): CompactRecipients["rows"][number] => [
    r.year,
    index(tables.awards, r.award),
    r.recipientType === "tap-the" ? 0 : 1,
    r.name,
    index(tables.organisations, r.organisation),
    index(tables.districts, r.district),
    index(tables.models, r.model ?? null),
  ]);
  return {
    awards: [...tables.awards.keys()],
    organisations: [...tables.organisations.keys()],
    districts: [...tables.districts.keys()],
    models: [...tables.models.keys()],
    rows: packed,
  };
}

/** Rows from their compact form. */
export function expandRecipients(data: CompactRecipients): RecipientRow[] {
  return data.rows.map(([year, award, type, name, organisation, district, model]) => {
    const href = data.models[model] ?? null;
    return {
      year,
      award: data.awards[award]!,
      recipientType: type === 0 ? "tap-the" : "ca-nhan",
      name,
      organisation: data.organisations[organisation]!,
      district: data.districts[district] ?? null,
      ...(href ? { model: href } : {}),
    };
  });
}
