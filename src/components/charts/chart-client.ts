/**
 * Runs on every page with a StatChart. Charts are drawn only when they come near the viewport,
 * and chart.js itself is fetched then, so a page whose charts are never scrolled to stays light.
 */
function drawWhenVisible(canvases: HTMLCanvasElement[]): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void import("./chart-render.ts").then(({ renderChart }) => renderChart(entry.target as HTMLCanvasElement));
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

drawWhenVisible([...document.querySelectorAll<HTMLCanvasElement>("canvas[data-chart]")]);
enableCopyButtons();
