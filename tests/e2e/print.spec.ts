/**
 * Theme pages on paper: Chromium prints each theme page to PDF straight after it loads and again
 * after the reader switched to dark mode; poppler renders the PDF to pixels. Every bar of every
 * chart must be on paper in the light palette with dark label and value text beside it, and every
 * table and source line must be in the PDF's text. Expected bars come from content/.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./fixtures.ts";
import { readDocuments, readStatistics } from "../helpers/content.ts";
import { chartFromGroup, splitTotals } from "../../src/lib/statistics/chart-data.ts";
import { groupsOfTheme, statisticThemes, themeHome } from "../../src/lib/statistics/themes.ts";
import { paths } from "../../src/lib/site/public-urls.ts";

const groups = readStatistics();
const documents = readDocuments();
const specOf = (group: (typeof groups)[number]) => chartFromGroup(group.id, group.data, documents, themeHome(group.data.theme));

/** Light and dark bar colours of StatChart.astro. */
const LIGHT_BAR = [0x00, 0x72, 0xb2] as const;
const DARK_BAR = [0x56, 0xb4, 0xe9] as const;

interface Raster {
  width: number;
  height: number;
  rgb: Buffer;
}

/** Reads a binary PPM (P6), the format pdftoppm writes by default. */
function readPpm(file: string): Raster {
  const bytes = readFileSync(file);
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset]!))) offset++;
    let token = "";
    while (!/\s/.test(String.fromCharCode(bytes[offset]!))) token += String.fromCharCode(bytes[offset++]!);
    header.push(token);
  }
  offset++;
  return { width: Number(header[1]), height: Number(header[2]), rgb: bytes.subarray(offset) };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Connected areas of pixels near `colour`, at least `minHeight` pixels tall: the bars. */
function barsOf(r: Raster, colour: readonly [number, number, number], minHeight: number): Box[] {
  const near = (i: number) =>
    Math.abs(r.rgb[i * 3]! - colour[0]) < 14 &&
    Math.abs(r.rgb[i * 3 + 1]! - colour[1]) < 14 &&
    Math.abs(r.rgb[i * 3 + 2]! - colour[2]) < 14;
  const seen = new Uint8Array(r.width * r.height);
  const boxes: Box[] = [];
  for (let start = 0; start < seen.length; start++) {
    if (seen[start] || !near(start)) continue;
    const box = { left: Infinity, top: Infinity, right: -1, bottom: -1 };
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % r.width;
      const y = (i - x) / r.width;
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
      for (const j of [x > 0 ? i - 1 : -1, x < r.width - 1 ? i + 1 : -1, i - r.width, i + r.width]) {
        if (j >= 0 && j < seen.length && !seen[j] && near(j)) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    if (box.bottom - box.top + 1 >= minHeight) boxes.push(box);
  }
  return boxes;
}

/** Darkest luminance (0–255) inside a box, clipped to the raster. */
function darkest(r: Raster, box: Box): number {
  let min = 255;
  for (let y = Math.max(0, box.top); y <= Math.min(r.height - 1, box.bottom); y++) {
    for (let x = Math.max(0, box.left); x <= Math.min(r.width - 1, box.right); x++) {
      const i = (y * r.width + x) * 3;
      min = Math.min(min, 0.2126 * r.rgb[i]! + 0.7152 * r.rgb[i + 1]! + 0.0722 * r.rgb[i + 2]!);
    }
  }
  return min;
}

/** Prints the page to PDF, renders it at 96 dpi (1 px = 1 CSS px) and returns the pages and the text. */
async function printed(pdf: Buffer): Promise<{ pages: Raster[]; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), "antq-print-"));
  try {
    writeFileSync(join(dir, "page.pdf"), pdf);
    execFileSync("pdftoppm", ["-r", "96", join(dir, "page.pdf"), join(dir, "p")]);
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith(".ppm"))
      .sort()
      .map((f) => readPpm(join(dir, f)));
    const text = execFileSync("pdftotext", ["-layout", join(dir, "page.pdf"), "-"]).toString("utf8");
    return { pages, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const squash = (s: string) => s.replace(/\s+/g, " ");

for (const theme of statisticThemes(groups)) {
  const own = groupsOfTheme(groups, theme);
  const expectedBars = own.reduce((acc, g) => acc + (specOf(g).chart ? splitTotals(specOf(g).rows).bars.length : 0), 0);
  for (const scheme of ["light", "dark"] as const) {
    test(`${theme} printed straight after loading${scheme === "dark" ? ", after switching to dark" : ""}: every bar drawn in the light palette, labels dark, tables and sources on paper`, async ({
      page,
      pageErrors,
    }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(paths.theme(theme));
      if (scheme === "dark") await page.emulateMedia({ colorScheme: "dark" });
      const { pages, text } = await printed(await page.pdf({ format: "A4", printBackground: true }));

      const bars = pages.flatMap((p) => barsOf(p, LIGHT_BAR, 6).map((box) => ({ page: p, box })));
      expect(bars.length, `${theme}: bars on paper`).toBe(expectedBars);
      expect(
        pages.flatMap((p) => barsOf(p, DARK_BAR, 6)),
        "no bar in the dark palette",
      ).toEqual([]);
      for (const { page: p, box } of bars) {
        const height = box.bottom - box.top + 1;
        // The label's last line sits right above its bar, the value right after its end.
        const label = darkest(p, { left: box.left, right: box.left + 120, top: box.top - Math.round(height * 1.2), bottom: box.top - 2 });
        const value = darkest(p, { left: box.right + 2, right: box.right + 50, top: box.top, bottom: box.bottom });
        expect(label, `${theme}: label above the bar at ${box.left},${box.top} is dark`).toBeLessThan(100);
        expect(value, `${theme}: value after the bar at ${box.right},${box.top} is dark`).toBeLessThan(100);
      }
      const flat = squash(text);
      for (const group of own) {
        expect(flat, `${group.id}: table caption printed`).toContain(squash(`Bảng số liệu: ${group.data.title}`).slice(0, 40));
        expect(flat, `${group.id}: source printed`).toContain(squash(group.data.source.section).slice(0, 30));
      }
      expect(pageErrors).toEqual([]);
    });
  }
}
