/** Grouping of statistics into theme pages, and the period and "last changed" each page shows. */
import { THEMES, type StatisticGroup, type Theme } from "../../schemas/statistic.ts";
import type { Period } from "../../schemas/common.ts";
import { paths } from "../site/public-urls.ts";
import type { SumCheck } from "./sum-checks.ts";

/** The budget belongs with the 2020–2025 targets it pays for, so it lives on /muc-tieu/. */
export const TARGETS_THEME: Theme = "kinh-phi";

/** Page a group of the given theme is shown on. */
export function themeHome(theme: Theme): string {
  return theme === TARGETS_THEME ? paths.targets() : paths.theme(theme);
}

/** Themes that get a page under /so-lieu/, in the order of THEMES, only when they have groups. */
export function statisticThemes(groups: readonly { data: Pick<StatisticGroup, "theme"> }[]): Theme[] {
  const present = new Set(groups.map((g) => g.data.theme));
  return THEMES.filter((theme) => theme !== TARGETS_THEME && present.has(theme));
}

/** The one order of statistics groups, on every page, download and search record: `order`, then id. */
export function compareGroups(
  a: { id: string; data: Pick<StatisticGroup, "order"> },
  b: { id: string; data: Pick<StatisticGroup, "order"> },
): number {
  return a.data.order - b.data.order || a.id.localeCompare(b.id);
}

/** Groups of one theme, in the one group order. */
export function groupsOfTheme<T extends { id: string; data: Pick<StatisticGroup, "theme" | "order"> }>(
  groups: readonly T[],
  theme: Theme,
): T[] {
  return groups.filter((g) => g.data.theme === theme).sort(compareGroups);
}

// "2019" as an end means the whole of 2019, so ends are compared as their last possible day.
const asStart = (d: string) => d.padEnd(10, d.length === 4 ? "-01-01" : "-01");
const asEnd = (d: string) => d.padEnd(10, d.length === 4 ? "-12-31" : "-31");

/** The span covered by several periods: earliest start to latest end (labels dropped). */
export function spanOf(periods: readonly Period[]): Period | undefined {
  if (periods.length === 0) return undefined;
  let { from, to } = periods[0]!;
  for (const p of periods.slice(1)) {
    if (asStart(p.from) < asStart(from)) from = p.from;
    if (asEnd(p.to) > asEnd(to)) to = p.to;
  }
  const same = periods.every((p) => p.from === periods[0]!.from && p.to === periods[0]!.to && p.label === periods[0]!.label);
  return same ? periods[0] : { from, to };
}

/** Latest of several NNNN-TT-NN dates. */
export function lastChanged(dates: readonly string[]): string | undefined {
  return dates.reduce<string | undefined>((latest, d) => (latest === undefined || d > latest ? d : latest), undefined);
}

/** Notes for the totals of one group whose reported parts do not add up. */
export function sumNotesForGroup<F extends { id: string; value: number; groupId: string; metric: string; unit: string }>(
  groupId: string,
  figures: readonly F[],
  checks: readonly SumCheck[],
): { check: SumCheck; total: F; partValues: number[] }[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  return checks
    .filter((check) => !check.adds && byId.get(check.totalId)?.groupId === groupId)
    .map((check) => ({ check, total: byId.get(check.totalId)!, partValues: check.partIds.map((id) => byId.get(id)?.value ?? 0) }));
}
