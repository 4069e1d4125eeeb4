/**
 * Layout of a model's share card (1200×630): the name wrapped into a few lines, shrunk when long,
 * cut with "…" only when even the small size cannot hold it. Satori wraps text itself but cannot
 * limit the number of lines, so we decide the lines here.
 */

/** Greedy word wrap into at most `maxLines` lines of at most `maxChars` characters; the last line ends with "…" when text was cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => chunk(word, maxChars));
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    let line = words[index++]!;
    while (index < words.length && line.length + 1 + words[index]!.length <= maxChars) line += ` ${words[index++]}`;
    lines.push(line);
  }
  if (index < words.length) {
    const last = lines.pop() ?? "";
    const room = maxChars - 1;
    const cut = last.length <= room ? last : last.slice(0, last.lastIndexOf(" ", room) > 0 ? last.lastIndexOf(" ", room) : room);
    lines.push(`${cut.replace(/[\s,.;:–-]+$/, "")}…`);
  }
  return lines;
}

function chunk(word: string, size: number): string[] {
  if (word.length <= size) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += size) parts.push(word.slice(i, i + size));
  return parts;
}

// A type, not an interface: Astro's route props need its implicit index signature.
export type OgCardInput = {
  name: string;
  kind: string;
  /** Place as far as the documents say; null leaves the line out. */
  place: string | null;
};

export interface OgCardLayout {
  nameLines: string[];
  /** Font size of the name in px. */
  nameSize: number;
  kind: string;
  place: string | null;
}

// Sizes tried from largest; characters per line measured for Noto Sans Bold over a 1040 px measure.
const NAME_SIZES = [
  { size: 64, maxChars: 27, maxLines: 3 },
  { size: 54, maxChars: 33, maxLines: 4 },
  { size: 46, maxChars: 39, maxLines: 5 },
] as const;

/** Chooses the largest name size whose wrap holds the whole name. */
export function layoutOgCard(input: OgCardInput): OgCardLayout {
  const whole = input.name.trim().split(/\s+/).join(" ");
  const fits = NAME_SIZES.find(({ maxChars, maxLines }) => wrapText(input.name, maxChars, maxLines).join(" ") === whole);
  const { size, maxChars, maxLines } = fits ?? NAME_SIZES[NAME_SIZES.length - 1]!;
  return {
    nameLines: wrapText(input.name, maxChars, maxLines),
    nameSize: size,
    kind: wrapText(input.kind, 60, 1)[0] ?? "",
    place: input.place === null ? null : (wrapText(input.place, 60, 1)[0] ?? null),
  };
}
