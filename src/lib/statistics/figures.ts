/** Figures flattened from their groups, with the group's period and source filled in. */
import type { Figure, StatisticGroup, Theme } from "../../schemas/statistic.ts";
import type { Period, SourceRef } from "../../schemas/common.ts";
import { t } from "../../i18n/vi.ts";

export interface ResolvedFigure extends Omit<Figure, "period" | "source"> {
  period: Period;
  source: SourceRef;
  groupId: string;
  groupTitle: string;
  theme: Theme;
}

/** Applies each group's defaults to its figures, keeping content order. */
export function resolveFigures(groups: readonly { id: string; data: StatisticGroup }[]): ResolvedFigure[] {
  return groups.flatMap(({ id, data }) =>
    data.figures.map((figure) => ({
      ...figure,
      period: figure.period ?? data.period,
      source: figure.source ?? data.source,
      groupId: id,
      groupTitle: data.title,
      theme: data.theme,
    })),
  );
}

/** Index of figures by id, for prose that cites a figure. */
export function indexFigures<T extends { id: string }>(figures: readonly T[]): Map<string, T> {
  return new Map(figures.map((f) => [f.id, f]));
}

/** Headline figures in content order. */
export function headlineFigures<T extends { headline: boolean }>(figures: readonly T[]): T[] {
  return figures.filter((f) => f.headline);
}

/**
 * The figure a page cites by id; an unknown id throws a message naming the id and the page, so a
 * typo in prose stops the build instead of publishing a wrong or empty number.
 */
export function figureById<T extends { id: string }>(figures: ReadonlyMap<string, T>, id: string, page: string): T {
  const figure = figures.get(id);
  if (!figure) throw new Error(t("figure.unknown", { id, page }));
  return figure;
}
