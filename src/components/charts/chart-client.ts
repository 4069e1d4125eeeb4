/**
 * Runs on every page with a StatChart. Charts are drawn when they come near the viewport (so the
 * short animation is seen), and all at once, synchronously, before the page is printed: chart.js
 * is therefore part of this script rather than fetched later, since `beforeprint` cannot wait.
 */
import { endPrint, preparePrint, renderChart } from "./chart-render.ts";

function drawWhenVisible(canvases: HTMLCanvasElement[]): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        renderChart(entry.target as HTMLCanvasElement);
      }
    },
    { rootMargin: "200px 0px" },
  );
  for (const canvas of canvases) {
    const box = canvas.parentElement;
    if (!box) continue;
    // The box stays hidden without JavaScript: the table below carries the same data.
    box.style.height = `${box.dataset["height"] ?? "240"}px`;
    box.hidden = false;
    // The line naming a total left out of the bars speaks of the bars, so it shows with them.
    for (const line of canvas.closest("figure")?.querySelectorAll<HTMLElement>("[data-chart-total]") ?? []) line.hidden = false;
    observer.observe(canvas);
  }
}

function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    const field = document.getElementById(button.dataset["copy"] ?? "");
    const status = button.parentElement?.querySelector<HTMLElement>("[data-copied]");
    if (!(field instanceof HTMLTextAreaElement) || !status || !navigator.clipboard) continue;
    button.parentElement!.hidden = false;
    button.addEventListener("click", () => {
      void navigator.clipboard.writeText(field.value).then(() => {
        status.textContent = status.dataset["copied"] ?? "";
      });
    });
  }
}

const canvases = [...document.querySelectorAll<HTMLCanvasElement>("canvas[data-chart]")];
drawWhenVisible(canvases);
enableCopyButtons();
// Browsers differ in which of the two they signal before printing; both are handled once.
addEventListener("beforeprint", () => preparePrint(canvases));
addEventListener("afterprint", endPrint);
matchMedia("print").addEventListener("change", (event) => (event.matches ? preparePrint(canvases) : endPrint()));
