/**
 * Bar labels on phones: at 360×780 every drawn chart keeps its labels and values inside the canvas
 * (no ink touches its right edge, where a clipped label would be cut), and a chart drawn on a wide
 * window re-wraps its labels when the window narrows to a phone's width.
 */
import type { Locator } from "@playwright/test";
import { test, expect } from "./fixtures.ts";
import { readDocuments, readStatistics } from "../helpers/content.ts";
import { chartFromGroup } from "../../src/lib/statistics/chart-data.ts";
import { statisticThemes, themeHome } from "../../src/lib/statistics/themes.ts";
import { paths } from "../../src/lib/site/public-urls.ts";

const groups = readStatistics();
const documents = readDocuments();
const charted = groups.filter((g) => chartFromGroup(g.id, g.data, documents, themeHome(g.data.theme)).chart);

/** Opaque pixels in the canvas's rightmost 3 device pixels: text cut by the canvas edge. */
async function inkAtRightEdge(canvas: Locator): Promise<number> {
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute("data-chart-ready", "true");
  return canvas.evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext("2d")!.getImageData(c.width - 3, 0, 3, c.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
    return ink;
  });
}

for (const theme of statisticThemes(groups).filter((t) => charted.some((g) => g.data.theme === t))) {
  test(`${theme} at 360 px: no label or value runs into the canvas edge`, async ({ page, pageErrors }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(paths.theme(theme));
    for (const group of charted.filter((g) => g.data.theme === theme)) {
      expect(await inkAtRightEdge(page.locator(`#${group.id} canvas`)), group.id).toBe(0);
    }
    expect(pageErrors).toEqual([]);
  });
}

test("a chart drawn on a wide window re-wraps its labels when the window narrows", async ({ page, pageErrors }) => {
  const group = charted.reduce((a, b) =>
    b.data.figures.map((f) => f.metric).join("").length > a.data.figures.map((f) => f.metric).join("").length ? b : a,
  );
  await page.setViewportSize({ width: 1000, height: 780 });
  await page.goto(paths.theme(group.data.theme));
  const canvas = page.locator(`#${group.id} canvas`);
  expect(await inkAtRightEdge(canvas)).toBe(0);
  // The labels are wrapped for the box's present width, with the web font (on a busy machine the
  // font or the first resize can arrive after the chart says it is drawn).
  const fittedToBox = () =>
    canvas.evaluate(async (c) => {
      await document.fonts.ready;
      const box = c.parentElement!;
      return Math.abs(Number(box.dataset["fittedWidth"]) - box.clientWidth) < 2;
    });
  await expect.poll(fittedToBox, { message: "labels wrapped for the wide box" }).toBe(true);
  const wide = await canvas.evaluate((c) => c.parentElement!.getBoundingClientRect().height);
  await page.setViewportSize({ width: 360, height: 780 });
  await expect.poll(fittedToBox, { message: "labels re-wrapped for the narrow box" }).toBe(true);
  await expect
    .poll(() => canvas.evaluate((c) => c.parentElement!.getBoundingClientRect().height), { message: "more label lines, taller box" })
    .toBeGreaterThan(wide);
  expect(await inkAtRightEdge(canvas)).toBe(0);
  expect(pageErrors).toEqual([]);
});
