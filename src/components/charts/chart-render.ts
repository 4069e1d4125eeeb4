/**
 * Draws the bar charts from the JSON config built at build time (src/lib/statistics/chart-data.ts): labels on
 * their own lines above the bars, re-wrapped with the real font to the canvas width; each bar's
 * value as the document states it at the bar's end; the light palette whenever the page is
 * printed; and a 1920×1080 PNG for broadcast, whatever the screen. Only the chart.js parts a
 * horizontal bar chart needs are registered, which keeps the bundle small.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin } from "chart.js";
import type { BarConfig, ChartPayload } from "../../lib/statistics/chart-data.ts";
import { formatNumber } from "../../lib/browser/format.ts";
import { barLayout, LABEL_FONT_PX, padLabels, valuePlacement, wrapLabel } from "../../lib/browser/bar-chart-geometry.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
const family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.family = family;
Chart.defaults.font.size = LABEL_FONT_PX;

interface Colours {
  bar: string;
  text: string;
  grid: string;
  background: string;
}

/** The page's light palette (src/styles/global.css, StatChart): paper and broadcast images use it whatever the screen shows. */
const LIGHT: Colours = { bar: "#0072b2", text: "#1b1c1e", grid: "#c9ced6", background: "#ffffff" };

function readColours(element: Element): Colours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    bar: read("--chart-bar", LIGHT.bar),
    text: read("--text", LIGHT.text),
    grid: read("--border", LIGHT.grid),
    background: read("--bg", LIGHT.background),
  };
}

type BarChart = Chart<"bar", number[], string[]>;

interface Drawn {
  chart: BarChart;
  canvas: HTMLCanvasElement;
  figure: Element;
  colours: { current: Colours };
}
const drawn = new Map<HTMLCanvasElement, Drawn>();
let printing = false;

function paint(chart: BarChart, colours: Colours): void {
  const dataset = chart.data.datasets[0];
  if (dataset) dataset.backgroundColor = colours.bar;
  for (const scale of Object.values(chart.options.scales ?? {})) {
    if (!scale) continue;
    scale.ticks = { ...scale.ticks, color: colours.text };
    scale.grid = { ...scale.grid, color: colours.grid };
    if ("title" in scale && scale.title) scale.title.color = colours.text;
  }
}

/** Writes each bar's value after its end (or inside it when the canvas ends first), in the label colour. */
function valuesPlugin(values: readonly string[], colours: { current: Colours }, fontPx: () => number): Plugin<"bar"> {
  return {
    id: "barValues",
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.font = `700 ${fontPx()}px ${family}`;
      ctx.textBaseline = "middle";
      meta.data.forEach((bar, i) => {
        const text = values[i];
        if (!text) return;
        const { x, y, base } = bar.getProps(["x", "y", "base"], true) as { x: number; y: number; base: number };
        const width = ctx.measureText(text).width;
        const pad = Math.round(fontPx() / 3);
        if (valuePlacement(x, base, width, chart.width, pad) === "outside") {
          ctx.fillStyle = colours.current.text;
          ctx.textAlign = "left";
          ctx.fillText(text, x + pad, y);
        } else {
          ctx.fillStyle = colours.current.background;
          ctx.textAlign = "right";
          ctx.fillText(text, x - pad, y);
        }
      });
      ctx.restore();
    },
  };
}

/**
 * Re-wraps the labels to `width` CSS pixels with the real font and returns the config's geometry
 * (label offset, top padding, bar thickness, room on the right for the widest value).
 */
function fitLabels(config: BarConfig, payload: ChartPayload, width: number, fontPx: number): number {
  const ctx = document.createElement("canvas").getContext("2d");
  const measure = (font: string) => (text: string) => {
    if (!ctx) return [...text].length * fontPx * 0.55;
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  // chart.js moves the plot right by half the first tick ("0"); a little more keeps labels clear of the edge.
  const wrapped = payload.labels.map((label) => wrapLabel(label, width - fontPx - 4, measure(`${fontPx}px ${family}`)));
  const layout = barLayout(wrapped, fontPx);
  // Room on the right for the numbers of the long bars; short bars have theirs beside them.
  const data = config.data.datasets[0]?.data ?? [];
  const max = Math.max(0, ...data);
  const valueWidth = Math.max(0, ...payload.values.filter((_, i) => (data[i] ?? 0) >= max / 2).map(measure(`700 ${fontPx}px ${family}`)));
  config.data.labels = padLabels(wrapped, layout.lines);
  const dataset = config.data.datasets[0];
  if (dataset) dataset.barThickness = layout.bar;
  const scales = config.options?.scales ?? {};
  const font = { size: fontPx };
  config.options = {
    ...config.options,
    layout: { padding: { top: layout.paddingTop, right: Math.ceil(valueWidth + fontPx) } },
    scales: {
      ...scales,
      x: {
        ...scales["x"],
        ticks: { ...scales["x"]?.ticks, font, callback: (value) => formatNumber(Number(value)) },
        title: { ...scales["x"]?.title, font },
      },
      y: { ...scales["y"], ticks: { ...scales["y"]?.ticks, font, labelOffset: layout.labelOffset } },
    },
  };
  return layout.height;
}

/** Applies labels and geometry fitted to a new width to a drawn chart, and sizes its box. */
function refit(chart: BarChart, payload: ChartPayload, box: HTMLElement, width: number): void {
  const fresh = structuredClone(payload.config);
  const height = fitLabels(fresh, payload, width, LABEL_FONT_PX);
  chart.data.labels = fresh.data.labels ?? [];
  const dataset = chart.data.datasets[0];
  const thickness = fresh.data.datasets[0]?.barThickness;
  if (dataset && thickness !== undefined) dataset.barThickness = thickness;
  const padding = fresh.options?.layout?.padding;
  if (chart.options.layout && padding !== undefined) chart.options.layout.padding = padding;
  const offset = (fresh.options?.scales?.["y"]?.ticks as { labelOffset?: number } | undefined)?.labelOffset;
  const ticks = chart.options.scales?.["y"]?.ticks as { labelOffset?: number } | undefined;
  if (ticks && offset !== undefined) ticks.labelOffset = offset;
  box.style.height = `${height}px`;
  box.dataset["fittedWidth"] = String(Math.round(width));
  chart.update("none");
}

/** Draws one chart; `animate: false` draws synchronously (before printing). Drawing twice does nothing. */
export function renderChart(canvas: HTMLCanvasElement, { animate = true } = {}): void {
  if (drawn.has(canvas)) return;
  const figure = canvas.closest("figure") ?? document.body;
  const payload = JSON.parse(canvas.dataset["chart"] ?? "null") as ChartPayload | null;
  const box = canvas.parentElement;
  if (!payload || !box) return;
  const reducedMotion = !animate || printing || matchMedia("(prefers-reduced-motion: reduce)").matches;
  // Tests and readers can tell when the chart is fully drawn (after the animation, if any).
  const markReady = () => {
    canvas.dataset["chartReady"] = "true";
  };
  // A copy: the payload's config stays plain JSON for the PNG export to copy again.
  const config = structuredClone(payload.config);
  box.style.height = `${fitLabels(config, payload, box.clientWidth || 320, LABEL_FONT_PX)}px`;
  // Tests (and anyone debugging) can tell which width the labels were last wrapped for.
  box.dataset["fittedWidth"] = String(Math.round(box.clientWidth || 320));
  const colours = { current: printing ? LIGHT : readColours(figure) };
  config.plugins = [valuesPlugin(payload.values, colours, () => LABEL_FONT_PX)];
  config.options = {
    ...config.options,
    animation: reducedMotion ? false : { duration: 400, onComplete: markReady },
    plugins: {
      ...config.options?.plugins,
      tooltip: { callbacks: { label: (item) => payload.tooltips[item.dataIndex] ?? formatNumber(item.parsed.x ?? 0) } },
    },
  };
  // A narrower or wider box (phone turned, window resized) re-wraps the labels, so none is clipped.
  let fittedWidth = box.clientWidth || 320;
  config.options.onResize = (resized, size) => {
    if (Math.abs(size.width - fittedWidth) < 2) return;
    fittedWidth = size.width;
    refit(resized as BarChart, payload, box, size.width);
  };
  const chart = new Chart(canvas, config);
  paint(chart, colours.current);
  chart.update();
  // Labels measured before the web font arrived are re-measured with it (it is wider than the fallback).
  if (document.fonts.status !== "loaded") void document.fonts.ready.then(() => refit(chart, payload, box, box.clientWidth));
  drawn.set(canvas, { chart, canvas, figure, colours });
  box.dataset["drawn"] = "true";
  if (reducedMotion) {
    markReady();
  }

  // Follow the reader's light/dark switch without reloading, except on paper.
  // (A full update: with mode "none" chart.js keeps the bars' cached colour.)
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
    if (printing) return;
    colours.current = readColours(figure);
    paint(chart, colours.current);
    chart.update();
  });

  const png = figure.querySelector<HTMLElement>("[data-chart-png]");
  const button = png?.querySelector("button");
  if (png && button) {
    png.hidden = false;
    button.addEventListener("click", () => downloadPng(payload, `${figure.id || "bieu-do"}.png`));
  }
}

/**
 * Before printing: draws every chart not drawn yet and repaints all of them in the light palette,
 * synchronously (the browser lays out the page for paper right after this returns). After
 * printing, the screen's palette comes back.
 */
export function preparePrint(canvases: readonly HTMLCanvasElement[]): void {
  if (printing) return;
  printing = true;
  for (const canvas of canvases) {
    const box = canvas.parentElement;
    if (box) box.hidden = false;
    renderChart(canvas, { animate: false });
  }
  for (const { chart, canvas, colours } of drawn.values()) {
    colours.current = LIGHT;
    // A running animation (first draw, scheme switch) would finish after the page is on paper.
    chart.stop();
    chart.options.animation = false;
    paint(chart, LIGHT);
    chart.update();
    canvas.dataset["chartReady"] = "true";
  }
}

export function endPrint(): void {
  if (!printing) return;
  printing = false;
  for (const { chart, figure, colours } of drawn.values()) {
    colours.current = readColours(figure);
    paint(chart, colours.current);
    chart.update();
  }
}

/** Fixed size of the PNG export: a 16:9 broadcast frame, the same on a phone and a desktop. */
export const PNG_SIZE = { width: 1920, height: 1080 } as const;

function wrapTo(ctx: CanvasRenderingContext2D, font: string, text: string, width: number): string[] {
  ctx.font = font;
  return wrapLabel(text, width, (s) => ctx.measureText(s).width);
}

/**
 * A broadcast-ready image: 1920×1080, light palette, the title above, the reported totals, the bars
 * with their labels and values, and the source and site at the foot. Text shrinks (not below 18 px)
 * until everything fits the frame.
 */
function downloadPng(payload: ChartPayload, fileName: string): void {
  const { width: W, height: H } = PNG_SIZE;
  const out = document.createElement("canvas");
  out.width = W;
  out.height = H;
  const ctx = out.getContext("2d");
  if (!ctx) return;
  const pad = 64;
  const inner = W - 2 * pad;
  // Title, source and site keep broadcast sizes; the bars' text shrinks until the bars fit.
  const titlePx = 52;
  const sourcePx = 26;
  const title = wrapTo(ctx, `700 ${titlePx}px ${family}`, payload.title, inner);
  const source = wrapTo(ctx, `${sourcePx}px ${family}`, payload.source, inner);
  const footer = (source.length + 1) * sourcePx * 1.35;
  let fontPx = 32;
  let totals: string[] = [];
  let chartHeight = 0;
  for (;;) {
    totals = payload.totals.flatMap((line) => wrapTo(ctx, `${fontPx}px ${family}`, line, inner));
    chartHeight = fitLabels(structuredClone(payload.config), payload, inner, fontPx);
    const above = pad + title.length * titlePx * 1.25 + 24 + totals.length * fontPx * 1.3;
    if (above + chartHeight + 24 + footer + pad <= H || fontPx <= 18) break;
    fontPx -= 1;
  }
  const layout = { title, totals, source, chartHeight, titlePx };

  ctx.fillStyle = LIGHT.background;
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = LIGHT.text;
  ctx.textBaseline = "top";
  let y = pad;
  ctx.font = `700 ${layout.titlePx}px ${family}`;
  for (const line of layout.title) {
    ctx.fillText(line, pad, y);
    y += layout.titlePx * 1.25;
  }
  y += 24;
  ctx.font = `${fontPx}px ${family}`;
  for (const line of layout.totals) {
    ctx.fillText(line, pad, y);
    y += fontPx * 1.3;
  }

  // The bars: the same config, drawn off screen at the frame's size in the light palette.
  const chartCanvas = document.createElement("canvas");
  chartCanvas.width = inner;
  chartCanvas.height = Math.max(1, Math.round(layout.chartHeight));
  const config = structuredClone(payload.config);
  fitLabels(config, payload, inner, fontPx);
  const colours = { current: LIGHT };
  config.plugins = [valuesPlugin(payload.values, colours, () => fontPx)];
  config.options = { ...config.options, responsive: false, animation: false, devicePixelRatio: 1, events: [] };
  const chart = new Chart(chartCanvas, config as BarConfig);
  paint(chart, LIGHT);
  chart.update();
  ctx.drawImage(chartCanvas, pad, y);
  chart.destroy();

  let footY = H - pad - (layout.source.length + 1) * sourcePx * 1.35;
  ctx.fillStyle = LIGHT.text;
  ctx.textBaseline = "top";
  ctx.font = `${sourcePx}px ${family}`;
  for (const line of layout.source) {
    ctx.fillText(line, pad, footY);
    footY += sourcePx * 1.35;
  }
  ctx.font = `700 ${sourcePx}px ${family}`;
  ctx.fillText(payload.credit, pad, footY, inner);

  out.toBlob((blob) => {
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, "image/png");
}
