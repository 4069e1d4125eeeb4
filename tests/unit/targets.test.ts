import { describe, expect, it } from "vitest";
import { countStatuses, formatGoal, goalStatus } from "../../src/lib/targets.ts";
import type { Goal } from "../../src/schemas/target.ts";
import { readTargets } from "../helpers/content.ts";

// Fictional achievements (hư cấu): the documents report none yet.
const achieved = (value: number) => ({ value, asOf: "2025", source: { document: "bao-cao-hu-cau", section: "mục I" } });

describe("goalStatus", () => {
  it.each<[string, Pick<Goal, "value" | "achievement">, string]>([
    ["100% reached", { value: 100, achievement: achieved(100) }, "dat"],
    ["beyond the goal", { value: 156, achievement: achieved(170) }, "dat"],
    ["short of the goal", { value: 156, achievement: achieved(120) }, "chua-dat"],
    ["lower end of a range reached", { value: 5, achievement: achieved(5) }, "dat"],
    ["no achievement reported", { value: 100 }, "chua-co-so-lieu"],
    ["no number to judge by", { value: null, achievement: achieved(3) }, "chua-co-so-lieu"],
  ])("%s → %s", (_name, goal, status) => {
    expect(goalStatus(goal)).toBe(status);
  });
});

describe("formatGoal (vi-VN)", () => {
  it.each<[Pick<Goal, "value" | "valueMax" | "qualifier" | "outOf" | "unit">, string | undefined]>([
    [{ value: 100, unit: "%" }, "100%"],
    [{ value: 156, outOf: 184, unit: "xã" }, "156/184 xã"],
    [{ value: 5, valueMax: 10, unit: "%" }, "5–10%"],
    [{ value: 80, qualifier: "trên", unit: "chuyên trang" }, "trên 80 chuyên trang"],
    [{ value: 1500, valueMax: 2000, unit: "lượt người" }, "1.500–2.000 lượt người"],
    [{ value: null, unit: "mô hình" }, undefined],
  ])("%j → %s", (goal, text) => {
    expect(formatGoal(goal)).toBe(text);
  });
});

describe("targets in the real content", () => {
  const goals = readTargets("content").flatMap((t) => t.data.goals);
  it("every goal gets a status, and only reported achievements are judged", () => {
    const counts = countStatuses(goals);
    expect(counts.dat + counts["chua-dat"] + counts["chua-co-so-lieu"]).toBe(goals.length);
    expect(counts.dat + counts["chua-dat"]).toBe(goals.filter((g) => g.achievement && g.value !== null).length);
  });
});
