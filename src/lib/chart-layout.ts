/**
 * Bar labels and canvas height of the horizontal bar charts. Shared by the build (which sizes the
 * box before any script runs) and the browser (which re-wraps labels to fit a narrow phone), so it
 * imports nothing.
 */

/** Characters per label line on a wide screen. */
export const LABEL_CHARS = 28;

/** Splits a long label into lines so horizontal bars keep their labels readable on phones. */
export function wrapLabel(text: string, width = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Characters per label line that fit a canvas of this CSS width: chart.js gives the label column at
 * most half the chart, and a 13 px Noto Sans character averages under 7 px.
 */
export function labelCharsFor(canvasWidth: number): number {
  return Math.max(12, Math.min(LABEL_CHARS, Math.floor((canvasWidth / 2 - 16) / 7)));
}

/**
 * Canvas height in CSS pixels. chart.js gives every bar the same slot, so each slot must hold the
 * longest label (13 px text, about 16 px a line) or neighbouring labels overlap.
 */
export function heightForLabels(labels: readonly (readonly string[])[]): number {
  const longest = labels.reduce((acc, l) => Math.max(acc, l.length), 1);
  return Math.max(160, 56 + labels.length * (12 + longest * 16));
}
