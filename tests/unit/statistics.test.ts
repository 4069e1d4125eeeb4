import { describe, expect, it } from "vitest";
import {
  compareGroups,
  groupsOfTheme,
  lastChanged,
  spanOf,
  statisticThemes,
  sumNotesForGroup,
  themeHome,
} from "../../src/lib/statistics/themes.ts";
import { checkSums } from "../../src/lib/statistics/sum-checks.ts";
import { resolveFigures } from "../../src/lib/statistics/figures.ts";
import { readStatistics } from "../helpers/content.ts";

describe("themes", () => {
  it("puts the budget with the targets and every other theme under /so-lieu/", () => {
    expect(themeHome("kinh-phi")).toBe("/muc-tieu/");
    expect(themeHome("tuyen-truyen")).toBe("/so-lieu/tuyen-truyen/");
  });
  it("lists themes that have groups, in the site's theme order, without the budget", () => {
    const groups = [
      { data: { theme: "mo-hinh" as const } },
      { data: { theme: "kinh-phi" as const } },
      { data: { theme: "tuyen-truyen" as const } },
    ];
    expect(statisticThemes(groups)).toEqual(["tuyen-truyen", "mo-hinh"]);
  });
  it("orders a theme's groups by order, then id", () => {
    const g = (id: string, order: number) => ({ id, data: { theme: "kiem-tra" as const, order } });
    expect(
      groupsOfTheme(
        [g("kiem-tra-pccc", 20), g("kiem-tra", 10), g("b", 20), { id: "x", data: { theme: "mo-hinh" as const, order: 1 } }],
        "kiem-tra",
      ).map((x) => x.id),
    ).toEqual(["kiem-tra", "b", "kiem-tra-pccc"]);
  });
});

describe("spanOf and lastChanged", () => {
  it.each([
    [
      [{ from: "2014-08-15", to: "2019-09", label: "Từ năm 2014 đến tháng 9/2019" }],
      { from: "2014-08-15", to: "2019-09", label: "Từ năm 2014 đến tháng 9/2019" },
    ],
    [
      [
        { from: "2018-04-04", to: "2019-09" },
        { from: "2014-08-15", to: "2019" },
      ],
      { from: "2014-08-15", to: "2019" },
    ],
    [
      [
        { from: "2020", to: "2025" },
        { from: "2020-07", to: "2025-06" },
      ],
      { from: "2020", to: "2025" },
    ],
  ])("%j → %j", (periods, span) => {
    expect(spanOf(periods)).toEqual(span);
  });
  it("is empty for no periods", () => expect(spanOf([])).toBeUndefined());
  it("picks the latest change", () => expect(lastChanged(["2026-11-20", "2026-11-26", "2025-01-01"])).toBe("2026-11-26"));
});

describe("sumNotesForGroup on the real content", () => {
  const groups = readStatistics("content");
  const figures = resolveFigures(groups);
  const checks = checkSums(figures);
  it("puts a note under each group whose total's parts do not add up, and none elsewhere", () => {
    const noted = groups
      .filter((g) => sumNotesForGroup(g.id, figures, checks).length > 0)
      .map((g) => g.id)
      .sort();
    const expected = [...new Set(checks.filter((c) => !c.adds).map((c) => figures.find((f) => f.id === c.totalId)!.groupId))].sort();
    expect(noted).toEqual(expected);
    expect(noted.length).toBeGreaterThan(0);
  });
});

describe("compareGroups, the one order of statistics groups", () => {
  it("orders by `order`, then by id", () => {
    const groups = [
      { id: "b", data: { order: 2 } },
      { id: "c", data: { order: 1 } },
      { id: "a", data: { order: 2 } },
    ];
    expect([...groups].sort(compareGroups).map((g) => g.id)).toEqual(["c", "a", "b"]);
  });
});
