/**
 * Draws one bar chart from the JSON config built at build time (src/lib/charts.ts) and wires its
 * PNG download. Only the chart.js parts a horizontal bar chart needs are registered, which keeps
 * the bundle small.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";
import type { ChartPayload } from "../../lib/charts.ts";
import { formatNumber } from "../../lib/format.ts";
import { heightForLabels, LABEL_CHARS, labelCharsFor, wrapLabel } from "../../lib/chart-layout.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
Chart.defaults.font.size = 13;

interface Colours {
  bar: string;
  text: string;
  grid: string;
  background: string;
}

function readColours(element: Element): Colours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { bar: read("--chart-bar", "#0072b2"), text: read("--text", "#1b1c1e"), grid: read("--border", "#c9ced6"), background: read("--bg", "#ffffff") };
}

function paint(chart: Chart<"bar", number[], string[]>, colours: Colours): void {
  const dataset = chart.data.datasets[0];
  if (dataset) dataset.backgroundColor = colours.bar;
  const scales = chart.options.scales ?? {};
  for (const scale of Object.values(scales)) {
    if (!scale) continue;
    scale.ticks = { ...scale.ticks, color: colours.text };
    scale.grid = { ...scale.grid, color: colours.grid };
    if ("title" in scale && scale.title) scale.title.color = colours.text;
  }
}

export function renderChart(canvas: HTMLCanvasElement): void {
  const figure = canvas.closest("figure") ?? document.body;
  const payload = JSON.parse(canvas.dataset["chart"] ?? "null") as ChartPayload | null;
  if (!payload) return;
  const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)").matches;
  // Tests and readers can tell when the chart is fully drawn (after the animation, if any).
  const markReady = () => {
    canvas.dataset["chartReady"] = "true";
  };
  const { config } = payload;
  // Labels come wrapped for a wide screen; on a phone they are re-wrapped so none is clipped.
  const chars = labelCharsFor(canvas.clientWidth);
  const box = canvas.parentElement;
  if (chars < LABEL_CHARS && config.data.labels && box) {
    config.data.labels = config.data.labels.map((lines) => wrapLabel(lines.join(" "), chars));
    box.style.height = `${heightForLabels(config.data.labels)}px`;
  }
  config.options = {
    ...config.options,
    animation: reducedMotion ? false : { duration: 400, onComplete: markReady },
    plugins: {
      ...config.options?.plugins,
      tooltip: { callbacks: { label: (item) => payload.tooltips[item.dataIndex] ?? formatNumber(item.parsed.x ?? 0) } },
    },
    scales: {
      ...config.options?.scales,
      x: { ...config.options?.scales?.["x"], ticks: { callback: (value) => formatNumber(Number(value)) } },
    },
  };
  const chart = new Chart(canvas, config);
  paint(chart, readColours(figure));
  chart.update();
  if (reducedMotion) requestAnimationFrame(markReady);

  // Follow the reader's light/dark switch without reloading.
  // (A full update: with mode "none" chart.js keeps the bars' cached colour.)
  matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
    paint(chart, readColours(figure));
    chart.update();
  });

  const png = figure.querySelector<HTMLElement>("[data-chart-png]");
  const button = png?.querySelector("button");
  if (png && button) {
    png.hidden = false;
    button.addEventListener("click", () => downloadPng(chart, payload, readColours(figure), `${figure.id || "bieu-do"}.png`));
  }
}

/** A print- and broadcast-ready image: opaque background, the title above and the source below. */
function downloadPng(chart: Chart<"bar", number[], string[]>, payload: ChartPayload, colours: Colours, fileName: string): void {
  const source = chart.canvas;
  const scale = source.width / (source.clientWidth || source.width);
  const pad = 16 * scale;
  const titleSize = 18 * scale;
  const sourceSize = 13 * scale;
  const out = document.createElement("canvas");
  out.width = source.width + pad * 2;
  out.height = source.height + pad * 4 + titleSize + sourceSize * 2;
  const ctx = out.getContext("2d");
  if (!ctx) return;
  const family = getComputedStyle(document.body).fontFamily;
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = colours.text;
  ctx.textBaseline = "top";
  ctx.font = `700 ${titleSize}px ${family}`;
  ctx.fillText(payload.title, pad, pad, out.width - pad * 2);
  ctx.drawImage(source, pad, pad * 2 + titleSize);
  ctx.font = `${sourceSize}px ${family}`;
  ctx.fillText(payload.source, pad, out.height - pad - sourceSize * 1.5, out.width - pad * 2);
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
