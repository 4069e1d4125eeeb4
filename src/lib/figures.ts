/** Figures flattened from their groups, with the group's period and source filled in. */
import type { Figure, StatisticGroup, Theme } from "../schemas/statistic.ts";
import type { Period, SourceRef } from "../schemas/common.ts";

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
