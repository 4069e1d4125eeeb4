/**
 * What an embed page (/nhung/<id>/) tells the page that frames it, shared by the embed page's
 * script and the snippet's host script (src/lib/statistics/chart-data.ts), so it imports nothing.
 */

/** `type` of the message an embed page posts to its host: `{ type, height }`, height in CSS pixels. */
export const EMBED_MESSAGE = "antq-embed-height";

/** The embed page's height: the bottom of its content (<main>), not the frame's own height, which may be larger. */
export function contentHeight(doc: Document): number {
  const main = doc.querySelector("main") ?? doc.body;
  const view = doc.defaultView;
  const margin = view ? parseFloat(view.getComputedStyle(main).marginBottom) || 0 : 0;
  return Math.ceil(main.getBoundingClientRect().bottom + (view?.scrollY ?? 0) + margin);
}
