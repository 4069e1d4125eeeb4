/** Status of the 2020–2025 targets: reached, not reached, or no achievement reported yet. */
import type { Goal } from "../schemas/target.ts";
import { formatFigure, formatNumber } from "./format.ts";

export type GoalStatus = "dat" | "chua-dat" | "chua-co-so-lieu";

/**
 * Goals are levels to reach ("ít nhất"): reached when the reported achievement is at least the
 * goal (the lower end of a range). A goal without a number, or without a reported achievement,
 * has no data to judge by.
 */
export function goalStatus(goal: Pick<Goal, "value" | "achievement">): GoalStatus {
  if (goal.achievement === undefined || goal.value === null) return "chua-co-so-lieu";
  return goal.achievement.value >= goal.value ? "dat" : "chua-dat";
}

/** The goal as the document states it: "100%", "156/184 xã", "5–10%", "trên 80 chuyên trang". */
export function formatGoal(goal: Pick<Goal, "value" | "valueMax" | "qualifier" | "outOf" | "unit">): string | undefined {
  if (goal.value === null) return undefined;
  if (goal.valueMax !== undefined) {
    const range = `${formatNumber(goal.value)}–${formatNumber(goal.valueMax)}`;
    const withUnit = goal.unit === "%" ? `${range}%` : `${range} ${goal.unit}`;
    return goal.qualifier ? `${goal.qualifier} ${withUnit}` : withUnit;
  }
  return formatFigure({ value: goal.value, unit: goal.unit, qualifier: goal.qualifier, outOf: goal.outOf });
}

/** Count of goals per status, for the summary line above the targets table. */
export function countStatuses(goals: readonly Pick<Goal, "value" | "achievement">[]): Record<GoalStatus, number> {
  const counts: Record<GoalStatus, number> = { dat: 0, "chua-dat": 0, "chua-co-so-lieu": 0 };
  for (const goal of goals) counts[goalStatus(goal)] += 1;
  return counts;
}
