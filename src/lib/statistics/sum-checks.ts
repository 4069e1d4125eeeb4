/**
 * The one rule for "do the parts add up?", used by statistics groups and commendation tallies alike
 * (pages, notes, downloads). Where a document reports a total and also its parts:
 * - two or more parts ("breakdown") must add up to the total exactly, after rounding to hundredths;
 * - a single part ("subset", "trong đó có 225 vụ việc") need only not exceed the total, since a
 *   document listing one part does not claim it is the whole.
 * Sums and differences are rounded to hundredths because decimals ("3.843,93 triệu đồng") would
 * otherwise leave float noise. The site shows both numbers as reported and the difference; it
 * never corrects either.
 */

export interface SumItem {
  id: string;
  value: number;
  /** Id of the reported total this item is a part of (null or absent: not a part). */
  partOf?: string | null | undefined;
}

export interface SumCheck {
  /** Id of the reported total. */
  totalId: string;
  /** The total as the document reports it. */
  reported: number;
  /** Ids of the reported parts, in content order. */
  partIds: string[];
  /** The parts added up, rounded to hundredths. */
  sum: number;
  /** Sum of parts minus the reported total: positive when the parts exceed the total. */
  difference: number;
  /** "breakdown": two or more parts, which must add up to the total. "subset": a single part, which need only not exceed it. */
  kind: "breakdown" | "subset";
  /** Whether the parts are consistent with the total under the rule above. */
  adds: boolean;
}

/** A check that also carries the total and part items themselves (for labels and units). */
export interface PartsCheck<T> extends SumCheck {
  total: T;
  parts: T[];
}

/**
 * One check per item that other items name as their total (at least one part), in the order the
 * totals appear; parts keep content order. Items whose `partOf` names no item are ignored.
 */
export function checkParts<T extends SumItem>(items: readonly T[]): PartsCheck<T>[] {
  const parts = new Map<string, T[]>();
  for (const item of items) {
    if (item.partOf != null) parts.set(item.partOf, [...(parts.get(item.partOf) ?? []), item]);
  }
  return items
    .filter((item) => parts.has(item.id))
    .map((total) => {
      const own = parts.get(total.id)!;
      const sum = roundCents(own.reduce((acc, part) => acc + part.value, 0));
      const difference = roundCents(sum - total.value);
      const kind = own.length === 1 ? "subset" : "breakdown";
      const adds = kind === "subset" ? difference <= 0 : difference === 0;
      return { totalId: total.id, reported: total.value, partIds: own.map((p) => p.id), sum, difference, kind, adds, total, parts: own };
    });
}

/** checkParts without the items: the shape pages and tests of statistics use. */
export function checkSums(items: readonly SumItem[]): SumCheck[] {
  return checkParts(items).map(({ total: _total, parts: _parts, ...check }) => check);
}

/** Only the totals whose parts do not add up. */
export function inconsistentSums<T extends SumItem>(items: readonly T[]): PartsCheck<T>[] {
  return checkParts(items).filter((check) => !check.adds);
}

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
