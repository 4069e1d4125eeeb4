/**
 * Bar labels and geometry of the horizontal bar charts. Each bar has its label on its own lines
 * above it, across the whole width of the chart, so a long label wraps into a few full-width lines
 * on a phone instead of a narrow column beside the bars. Shared by the build (which sizes the box
 * before any script runs), the browser (which re-wraps labels with the real font) and the PNG
 * export, so it imports nothing.
 */

/** Characters per label line assumed at build time, for a chart about 44rem wide. */
export const LABEL_CHARS = 80;

/** Label font size in CSS pixels on screen (the issue asks for at least 12 px on phones). */
export const LABEL_FONT_PX = 13;

/** Width of a text in the units of the wrap width (pixels, or characters with the default). */
export type Measure = (text: string) => number;

const byChars: Measure = (text) => [...text].length;

/**
 * Pieces of a label a line may end after: words (with the space before them), and inside a word
 * the parts ending in "/", "-" or "–", so "KH-129/KH-CAT-PV28/PC07" can break after any of them.
 */
function pieces(text: string): { text: string; space: boolean }[] {
  const out: { text: string; space: boolean }[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const parts = word.match(/[^/\-–]*[/\-–]+|[^/\-–]+$/g) ?? [word];
    parts.forEach((part, i) => out.push({ text: part, space: i === 0 }));
  }
  return out;
}

/** Splits a piece wider than a whole line into line-sized chunks, so nothing is ever clipped. */
function hardBreak(text: string, width: number, measure: Measure): string[] {
  const chunks: string[] = [];
  let chunk = "";
  for (const char of text) {
    if (chunk && measure(chunk + char) > width) {
      chunks.push(chunk);
      chunk = char;
    } else chunk += char;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

/**
 * Splits a label into lines no wider than `width`: at spaces, after "/", "-" and "–", and inside a
 * token only when the token alone is wider than a line. Joining the lines with the breaks they
 * replaced gives the label back. `measure` defaults to counting characters; the browser passes the
 * canvas's measureText so lines fit the real font.
 */
export function wrapLabel(text: string, width = LABEL_CHARS, measure: Measure = byChars): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces(text)) {
    const joined = line ? (piece.space ? `${line} ${piece.text}` : line + piece.text) : piece.text;
    if (!line || measure(joined) <= width) {
      line = joined;
      if (measure(line) <= width) continue;
      // A single piece wider than the line: cut it, keep the last chunk open for what follows.
      const chunks = hardBreak(line, width, measure);
      lines.push(...chunks.slice(0, -1));
      line = chunks.at(-1) ?? "";
      continue;
    }
    lines.push(line);
    line = piece.text;
    if (measure(line) > width) {
      const chunks = hardBreak(line, width, measure);
      lines.push(...chunks.slice(0, -1));
      line = chunks.at(-1) ?? "";
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters per label line that fit a canvas of this CSS width (13 px Noto Sans: under 7 px a character). */
export function labelCharsFor(canvasWidth: number): number {
  return Math.max(16, Math.min(LABEL_CHARS, Math.floor((canvasWidth - 8) / 7)));
}

/** Where the labels and bars of one chart go, in CSS pixels at the given font size. */
export interface BarLayout {
  /** Lines every label block is padded to (chart.js gives every category the same slot). */
  lines: number;
  /** Height of one label line. */
  lineHeight: number;
  /** Bar thickness. */
  bar: number;
  /** Height of one category: label block, gap, bar, gap. */
  slot: number;
  /** chart.js y-axis ticks.labelOffset that puts each label block just above its bar. */
  labelOffset: number;
  /** Room above the first slot for the first label (chart.js layout.padding.top). */
  paddingTop: number;
  /** Room under the bars for the value axis and its title. */
  axis: number;
  /** Canvas height. */
  height: number;
}

/**
 * Geometry of a chart whose labels sit on their own lines above the bars. chart.js centres each
 * bar in an equal slot and centres a label block on its tick, so the blocks are padded to the same
 * number of lines and moved up by half a slot: each label then fills the space between the bar
 * before it and its own bar.
 */
export function barLayout(labels: readonly (readonly string[])[], fontPx = LABEL_FONT_PX): BarLayout {
  const lines = labels.reduce((acc, l) => Math.max(acc, l.length), 1);
  const lineHeight = Math.round(fontPx * 1.25);
  const bar = Math.round(fontPx * 1.6);
  const gap = Math.round(fontPx * 0.6);
  const block = lines * lineHeight;
  const slot = bar + block + 2 * gap;
  const axis = Math.round(fontPx * 3.6);
  const paddingTop = Math.ceil(block / 2) + gap;
  return {
    lines,
    lineHeight,
    bar,
    slot,
    labelOffset: -(bar / 2 + gap + block / 2),
    paddingTop,
    axis,
    height: paddingTop + labels.length * slot + axis,
  };
}

/** Pads label blocks at the top to the same number of lines, so every block ends right above its bar. */
export function padLabels(labels: readonly (readonly string[])[], lines: number): string[][] {
  return labels.map((l) => [...Array<string>(Math.max(0, lines - l.length)).fill(""), ...l]);
}

/** Canvas height in CSS pixels for these wrapped labels. */
export function heightForLabels(labels: readonly (readonly string[])[], fontPx = LABEL_FONT_PX): number {
  return barLayout(labels, fontPx).height;
}

/** Where a bar's value label goes: after the bar when it fits before the right edge, else inside its end. */
export function valuePlacement(barEnd: number, barStart: number, textWidth: number, right: number, pad = 4): "outside" | "inside" {
  if (barEnd + pad + textWidth <= right) return "outside";
  return barEnd - barStart >= textWidth + 2 * pad ? "inside" : "outside";
}
