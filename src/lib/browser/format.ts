/** Every number and date shown on the site goes through this module, so vi-VN stays consistent. */
import type { PartialDate, Period, Qualifier } from "../../schemas/common.ts";

const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

/** 137226 → "137.226"; 3843.93 → "3.843,93". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Number with its qualifier and optional denominator: "trên 80.000", "199/199". */
export function formatValue(value: number, options: { qualifier?: Qualifier | undefined; outOf?: number | undefined } = {}): string {
  const core = options.outOf === undefined ? formatNumber(value) : `${formatNumber(value)}/${formatNumber(options.outOf)}`;
  return options.qualifier ? `${options.qualifier} ${core}` : core;
}

/** Figure with its unit: "137.226 buổi", "trên 80.000 lượt người", "14,66%". */
export function formatFigure(figure: {
  value: number;
  unit: string;
  qualifier?: Qualifier | undefined;
  outOf?: number | undefined;
}): string {
  const value = formatValue(figure.value, figure);
  return figure.unit === "%" ? `${value}%` : `${value} ${figure.unit}`;
}

/** "2014-08-15" → "15/8/2014"; "2019-09" → "9/2019"; "2020" → "2020" (vi-VN, no leading zeros). */
export function formatDate(date: PartialDate): string {
  const [y, m, d] = date.split("-").map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${m}/${y}`;
  return `${d}/${m}/${y}`;
}

/** A period as readers expect it: its own label when the document words it, else "15/8/2014 – 9/2019". */
export function formatPeriod(period: Period): string {
  if (period.label) return period.label;
  if (period.from === period.to) return formatDate(period.from);
  return `${formatDate(period.from)} – ${formatDate(period.to)}`;
}

/** Signed difference for consistency notes: "+1", "−679" (true minus sign). */
export function formatDifference(value: number): string {
  if (value === 0) return "0";
  return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}

/** Byte size for download links: "12,3 kB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${formatNumber(bytes)} B`;
  if (bytes < 1_000_000) return `${formatNumber(Math.round(bytes / 100) / 10)} kB`;
  return `${formatNumber(Math.round(bytes / 100_000) / 10)} MB`;
}

/**
 * A number typed the Vietnamese way in the editing screen, as stored in content files:
 * "1.658" → 1658, "137.226" → 137226, "3,5" → 3.5, "1.234,5" → 1234.5, "1658" → 1658. A dot
 * followed by exactly three digits is a thousands separator (the way vi-VN writes numbers, and
 * the way formatNumber shows them); otherwise a single dot is a decimal point, as in the files
 * ("3843.93"). Spaces, including non-breaking ones, are ignored. Returns undefined for anything
 * that is not a number, so the checker can report it in its own words.
 */
export function parseVietnameseNumber(text: string): number | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/g, "");
  let normal: string;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, "").replace(",", ".");
  else if (/^\d+(,\d+)?$/.test(s)) normal = s.replace(",", ".");
  else if (/^\d+\.\d+$/.test(s)) normal = s;
  else return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}
