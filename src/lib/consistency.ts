/**
 * Where a document reports a total and also its parts, checks whether the parts add up. The site
 * shows both numbers as reported and the difference; it never corrects either.
 */

export interface SumItem {
  id: string;
  value: number;
  /** Id of the reported total this item is a part of. */
  partOf?: string | undefined;
}

export interface SumCheck {
  /** Id of the reported total. */
  totalId: string;
  /** The total as the document reports it. */
  reported: number;
  /** Ids of the reported parts, in content order. */
  partIds: string[];
  /** The parts added up. */
  sum: number;
  /** Sum of parts minus the reported total: positive when the parts exceed the total. */
  difference: number;
  /**
   * "breakdown": two or more parts, which should add up to the total. "subset": a single part
   * ("trong đó có 225 vụ việc"), which need only not exceed it.
   */
  kind: "breakdown" | "subset";
  /** Whether the parts are consistent with the total. */
  adds: boolean;
}

/**
 * One check per total that has at least one reported part, in the order the totals appear. A
 * single part is read as "of which" (a subset), since a document listing only one part does not
 * claim it is the whole.
 */
export function checkSums(items: readonly SumItem[]): SumCheck[] {
  const parts = new Map<string, SumItem[]>();
  for (const item of items) {
    if (item.partOf !== undefined) parts.set(item.partOf, [...(parts.get(item.partOf) ?? []), item]);
  }
  return items
    .filter((item) => parts.has(item.id))
    .map((total) => {
      const own = parts.get(total.id)!;
      // Decimals (e.g. "3.843,93 triệu đồng") would otherwise leave float noise in the difference.
      const sum = roundCents(own.reduce((acc, part) => acc + part.value, 0));
      const difference = roundCents(sum - total.value);
      const kind = own.length === 1 ? "subset" : "breakdown";
      const adds = kind === "subset" ? difference <= 0 : difference === 0;
      return { totalId: total.id, reported: total.value, partIds: own.map((p) => p.id), sum, difference, kind, adds };
    });
}

/** Only the totals whose parts do not add up. */
export function inconsistentSums(items: readonly SumItem[]): SumCheck[] {
  return checkSums(items).filter((check) => !check.adds);
}

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
