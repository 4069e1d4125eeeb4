import { describe, expect, it } from "vitest";
import { compareTargetNumbers, countStatuses, formatGoal, goalStatus, targetTable } from "../../src/lib/statistics/targets.ts";
import type { Goal } from "../../src/schemas/target.ts";
import { readDocuments, readTargets } from "../helpers/content.ts";
import { readFileSync } from "node:fs";

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

describe("targetTable", () => {
  const goal = (deadline: Goal["deadline"], extra: Partial<Goal> = {}): Goal => ({
    description: "Tỷ lệ hư cấu",
    value: 100,
    unit: "%",
    deadline,
    ...extra,
  });
  const targets = [
    { id: "muc-tieu-2-10", data: { number: "2.10", title: "Nông thôn mới", goals: [goal("2025", { figure: "f-2020" })] } },
    { id: "muc-tieu-2-3", data: { number: "2.3", title: "Tin báo", goals: [goal(null)] } },
    { id: "muc-tieu-2-9", data: { number: "2.9", title: "Camera", goals: [goal("2022"), goal("2025")] } },
    { id: "muc-tieu-2-1", data: { number: "2.1", title: "Văn bản", goals: [goal("hằng năm")] } },
  ];
  const figures = new Map([["f-2020", { id: "f-2020", value: 5 }]]);

  it("groups goals by deadline (years first, then yearly, then none), by target number inside a group", () => {
    const groups = targetTable(targets, figures);
    expect(groups.map((g) => [g.deadline, g.rows.map((r) => r.number)])).toEqual([
      ["2022", ["2.9"]],
      ["2025", ["2.9", "2.10"]],
      ["hằng năm", ["2.1"]],
      [null, ["2.3"]],
    ]);
  });

  it("attaches the figure a goal names, and judges only achievements", () => {
    const row = targetTable(targets, figures)
      .flatMap((g) => g.rows)
      .find((r) => r.number === "2.10")!;
    expect(row.figure).toEqual({ id: "f-2020", value: 5 });
    expect(row.status).toBe("chua-co-so-lieu");
  });

  it("a goal naming an unknown figure stops with its target number", () => {
    expect(() =>
      targetTable([{ id: "x", data: { number: "2.4", title: "x", goals: [goal("2025", { figure: "khong-co" })] } }], figures),
    ).toThrow(/2\.4.*khong-co/);
  });
});

describe("content corrections checked against the documents", () => {
  const byNumber = new Map(readTargets("content").map((t) => [t.data.number, t.data]));
  it("target 2.3 has no deadline in the Đề án (004), so none is shown", () => {
    expect(byNumber.get("2.3")!.goals.map((g) => g.deadline)).toEqual([null, null]);
  });
  it("the Ban Chỉ đạo 138 plan (001) names no month of issue, so its date is the year alone", () => {
    expect(readDocuments().get("ke-hoach-tong-ket-10-nam-ban-chi-dao-138-2024")!.date).toBe("2024");
  });
  it("the Văn phòng plan (002) keeps “08/3//2024” as written, with the obvious reading beside it", () => {
    const text = readFileSync("content/commendations/thoi-han-van-phong-ubnd-tinh-2024.json", "utf8");
    expect(text).toContain("08/3//2024");
    expect(text).toContain("08/3/2024");
  });
});

describe("compareTargetNumbers, the one order of target numbers", () => {
  it("orders part by part as numbers", () => {
    expect(["2.10", "2.2", "1", "2.9", "10.1", "2.1"].sort(compareTargetNumbers)).toEqual(["1", "2.1", "2.2", "2.9", "2.10", "10.1"]);
  });
});
