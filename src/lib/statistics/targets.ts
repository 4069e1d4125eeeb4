/** Status of the 2020–2025 targets: reached, not reached, or no achievement reported yet. */
import type { Goal } from "../../schemas/target.ts";
import { formatFigure, formatNumber } from "../browser/format.ts";

export type GoalStatus = "dat" | "chua-dat" | "chua-co-so-lieu";

/** The one order of target numbers: part by part as numbers, so 2.9 comes before 2.10. */
export function compareTargetNumbers(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

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

/** One goal as a row of the targets table. */
export interface TargetRow<F> {
  /** Target entry id (content/targets/<id>.json). */
  targetId: string;
  /** "2.10" */
  number: string;
  /** The target's short title: the theme of the row. */
  title: string;
  goal: Goal;
  status: GoalStatus;
  /** The figure a document reports for the same measure (goal.figure), when there is one. */
  figure: F | undefined;
}

/**
 * The 21 goals as rows grouped by deadline ("2022", "2025", … then "hằng năm", then none), each
 * group ordered by target number. `figures` is every statistics figure by id; a goal naming an
 * unknown figure throws (the validator reports it first).
 */
export function targetTable<F>(
  targets: readonly { id: string; data: { number: string; title: string; goals: readonly Goal[] } }[],
  figures: ReadonlyMap<string, F>,
): { deadline: Goal["deadline"]; rows: TargetRow<F>[] }[] {
  const rows: TargetRow<F>[] = targets.flatMap(({ id, data }) =>
    data.goals.map((goal) => {
      const figure = goal.figure === undefined ? undefined : figures.get(goal.figure);
      if (goal.figure !== undefined && figure === undefined)
        throw new Error(`Mục tiêu ${data.number}: không có số liệu mã "${goal.figure}" trong content/statistics/`);
      return { targetId: id, number: data.number, title: data.title, goal, status: goalStatus(goal), figure };
    }),
  );
  const rank = (d: Goal["deadline"]) => (d === null ? "3" : d === "hằng năm" ? "2" : `1${d}`);
  const groups = new Map<string, { deadline: Goal["deadline"]; rows: TargetRow<F>[] }>();
  for (const row of [...rows].sort(
    (a, b) => rank(a.goal.deadline).localeCompare(rank(b.goal.deadline)) || compareTargetNumbers(a.number, b.number),
  )) {
    const key = rank(row.goal.deadline);
    if (!groups.has(key)) groups.set(key, { deadline: row.goal.deadline, rows: [] });
    groups.get(key)!.rows.push(row);
  }
  return [...groups.values()];
}
