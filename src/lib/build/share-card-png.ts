/**
 * Renders a share card to PNG at build time: satori lays the card out as SVG with the bundled
 * Noto Sans (latin + vietnamese subsets, so every Vietnamese mark has a glyph), resvg rasterises it,
 * and png-palette.ts stores its pixels as a lossless 8-bit palette PNG (a card has about 110
 * colours; resvg's own 32-bit PNG took longer to encode than the card took to draw).
 * No network: the fonts are read from node_modules.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import type { OgCardLayout } from "../share-cards/model-card-layout.ts";
import { encodePalettePng, PALETTE_PNG_DEFLATE } from "./png-palette.ts";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

type FontOptions = Parameters<typeof satori>[1]["fonts"][number];

// Satori picks one font per family and weight, so each subset is its own family and the card lists both.
const FAMILIES = { latin: "Noto Sans Latin", vietnamese: "Noto Sans Vietnamese" } as const;

/** Noto Sans 400 and 700, latin and vietnamese subsets; satori reads woff but not woff2. */
export function loadOgFonts(root = process.cwd()): FontOptions[] {
  const file = (subset: string, weight: 400 | 700) =>
    readFileSync(resolve(root, `node_modules/@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
  return (["latin", "vietnamese"] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: FAMILIES[subset], data: file(subset, weight), weight, style: "normal" as const })),
  );
}

interface Element {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | Element | (Element | null)[] };
}

const h = (type: string, style: Record<string, string | number>, children?: Element["props"]["children"]): Element => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

// Fixed colours: the card is an image, outside the page's light/dark themes; all pairs exceed 7:1.
const colours = { bg: "#ffffff", text: "#1b1c1e", soft: "#3d4148", accent: "#a3161a", band: "#f4f5f7" };

/** Height in px of the accent stripe along the card's top edge. */
const ACCENT = 16;

/** The card as satori elements: kind above, the name large, place and site name below. */
export function ogCardElement(layout: OgCardLayout, siteName: string): Element {
  return h(
    "div",
    {
      width: OG_WIDTH,
      // The stripe was once a top border, which satori adds outside the height (the band's lower
      // padding runs off the card); kept so, the cards look exactly as before. A border cost resvg
      // two full-card clip layers (6 ms a card), a filled box costs nothing.
      height: OG_HEIGHT + ACCENT,
      display: "flex",
      flexDirection: "column",
      backgroundColor: colours.bg,
      fontFamily: `"${FAMILIES.latin}", "${FAMILIES.vietnamese}"`,
    },
    [
      h("div", { height: ACCENT, flexShrink: 0, backgroundColor: colours.accent }),
      h("div", { display: "flex", flexDirection: "column", flexGrow: 1, padding: "56px 80px 0 80px" }, [
        h("div", { fontSize: 32, fontWeight: 700, color: colours.accent, marginBottom: 28 }, layout.kind),
        h(
          "div",
          { display: "flex", flexDirection: "column", fontSize: layout.nameSize, fontWeight: 700, color: colours.text, lineHeight: 1.2 },
          layout.nameLines.map((line) => h("div", {}, line)),
        ),
        layout.place === null ? null : h("div", { fontSize: 32, color: colours.soft, marginTop: 28 }, layout.place),
      ]),
      h("div", { display: "flex", backgroundColor: colours.band, padding: "24px 80px", fontSize: 26, color: colours.soft }, siteName),
    ],
  );
}

const RESVG_OPTIONS = { fitTo: { mode: "width", value: OG_WIDTH }, font: { loadSystemFonts: false } } as const;

/** PNG bytes of a share card: 8-bit palette, or resvg's 32-bit PNG should a card ever need more than 256 colours. */
export async function renderOgPng(layout: OgCardLayout, siteName: string, fonts: FontOptions[]): Promise<Uint8Array> {
  const svg = await satori(ogCardElement(layout, siteName) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  const image = new Resvg(svg, RESVG_OPTIONS).render();
  const png = encodePalettePng(image.pixels, image.width, image.height) ?? image.asPng();
  await releaseRendererMemory();
  return png;
}

// resvg frees a card's pixels (about 3 MB) only when V8 collects the JavaScript object around them,
// and V8 does not count that memory, so it never hurries: 600 cards held 2 GB. The card's objects
// are dead and still in the young generation once it is drawn, so a minor collection (a scavenge,
// whose cost does not grow with the heap) after every card frees them; then we yield once, letting
// the native finalizers run. A full collection every so many cards catches the few that a scavenge
// during the drawing moved to the old generation: often in the small card-drawing process, seldom
// inside Astro's multi-gigabyte build, where a full collection walks the whole heap. Measured on 300
// cards in the card process: about 10 % less CPU and 20 % less peak memory than a full collection
// every 8 cards.
let cardsPerCollection = 1000;
let cardsSinceCollection = 0;
let collectGarbage: ((options?: { type: "major" | "minor" }) => void) | undefined;

/** How many cards to draw between full collections; the card-drawing child process sets a small number. */
export function collectEvery(cards: number): void {
  cardsPerCollection = cards;
}

async function releaseRendererMemory(): Promise<void> {
  if (!collectGarbage) {
    setFlagsFromString("--expose-gc");
    collectGarbage = runInNewContext("gc") as typeof collectGarbage;
  }
  const full = ++cardsSinceCollection >= cardsPerCollection;
  if (full) cardsSinceCollection = 0;
  collectGarbage!({ type: full ? "major" : "minor" });
  await new Promise((done) => setImmediate(done));
}

/**
 * What makes every card look the way it does, besides its own text: the font files, the versions of
 * satori and resvg, the render options and the PNG encoder. Part of each card's cache key.
 */
export function ogRendererFingerprint(fonts: readonly FontOptions[], root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const font of fonts)
    hash
      .update(`${font.name}|${font.weight}|${font.style}|`)
      .update(font.data instanceof ArrayBuffer ? new Uint8Array(font.data) : font.data);
  for (const pkg of ["satori", "@resvg/resvg-js"])
    hash.update(JSON.parse(readFileSync(resolve(root, "node_modules", pkg, "package.json"), "utf8")).version as string);
  // Deflate's bytes depend on the zlib inside Node, so a Node upgrade draws the cards anew.
  const encoder = { png: "palette-1", zlib: process.versions.zlib, deflate: PALETTE_PNG_DEFLATE };
  return hash.update(JSON.stringify({ OG_WIDTH, OG_HEIGHT, RESVG_OPTIONS, encoder })).digest("hex");
}

/**
 * Cache key of one card: its whole element tree (text, layout, colours) and the renderer's
 * fingerprint, so equal keys mean byte-identical PNGs and any change to the card renders it anew.
 */
export function ogCardKey(layout: OgCardLayout, siteName: string, rendererFingerprint: string): string {
  return createHash("sha256")
    .update(rendererFingerprint)
    .update(JSON.stringify(ogCardElement(layout, siteName)))
    .digest("hex");
}

/** Width and height read from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
