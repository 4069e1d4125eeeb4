import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cachedPng, ogCacheDir } from "../../src/lib/build/share-card-cache.ts";
import { prerenderCards } from "../../scripts/lib/og-prerender.ts";
import { layoutOgCard } from "../../src/lib/share-cards/model-card-layout.ts";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import { decodePalettePng } from "../helpers/decode-png.ts";
import {
  loadOgFonts,
  ogCardElement,
  OG_HEIGHT,
  OG_WIDTH,
  ogCardKey,
  ogRendererFingerprint,
  pngSize,
  renderOgPng,
} from "../../src/lib/build/share-card-png.ts";

const card = { name: "Trường học an toàn về ANTT tại Trường THPT Hư Cấu", kind: "Trường học an toàn về ANTT", place: "huyện Hư Cấu" };

describe("share card cache key", () => {
  const fonts = loadOgFonts();
  const fingerprint = ogRendererFingerprint(fonts);

  it("is the same for the same card and changes with its text, the site name or the renderer", () => {
    const key = ogCardKey(layoutOgCard(card), "Site", fingerprint);
    expect(ogCardKey(layoutOgCard(card), "Site", fingerprint)).toBe(key);
    expect(ogCardKey(layoutOgCard({ ...card, place: "huyện Khác" }), "Site", fingerprint)).not.toBe(key);
    expect(ogCardKey(layoutOgCard(card), "Site khác", fingerprint)).not.toBe(key);
    expect(ogCardKey(layoutOgCard(card), "Site", ogRendererFingerprint(fonts.slice(1)))).not.toBe(key);
  });

  it("a cached card is byte-identical to a fresh render", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-og-"));
    const layout = layoutOgCard(card);
    const key = ogCardKey(layout, "Site", fingerprint);
    const first = await cachedPng(dir, key, () => renderOgPng(layout, "Site", fonts));
    let rendered = 0;
    const second = await cachedPng(dir, key, async () => {
      rendered++;
      return new Uint8Array();
    });
    expect(rendered).toBe(0);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(await renderOgPng(layout, "Site", fonts)).equals(Buffer.from(first))).toBe(true);
    expect(readdirSync(dir)).toEqual([`${key}.png`]);
  });
});

describe("ogCacheDir", () => {
  it("follows OG_CACHE_DIR, else lives under node_modules/.cache", () => {
    expect(ogCacheDir({ OG_CACHE_DIR: "/tmp/the" }, "/repo")).toBe("/tmp/the");
    expect(ogCacheDir({}, "/repo")).toBe("/repo/node_modules/.cache/antq-og-cards");
  });
});

describe("prerenderCards", () => {
  it("draws only the cards missing from the cache, under the keys the card route looks up", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antq-og-pre-"));
    const cards = ["Một", "Hai", "Ba"].map((n) => ({ ...card, name: `${card.name} ${n}` }));
    const fonts = loadOgFonts();
    const fingerprint = ogRendererFingerprint(fonts);
    const keys = cards.map((c) => ogCardKey(layoutOgCard(c), "Site", fingerprint));
    await cachedPng(dir, keys[1]!, () => renderOgPng(layoutOgCard(cards[1]!), "Site", fonts));
    expect(await prerenderCards(cards, "Site", dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(keys.map((k) => `${k}.png`).sort());
    expect(await prerenderCards(cards, "Site", dir)).toBe(0);
  });
});

describe("renderOgPng", () => {
  it("renders a 1200×630 PNG with the bundled fonts", async () => {
    const png = await renderOgPng(
      layoutOgCard({
        name: "Đội Công nhân xung kích bảo đảm ANTT tại Công ty TNHH Siflex Việt Nam",
        kind: "Đội công nhân xung kích bảo đảm ANTT",
        place: "Khu công nghiệp Quang Châu, huyện Việt Yên",
      }),
      "Phong trào bảo vệ ANTQ trong CQDNNT",
      loadOgFonts(),
    );
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it("stores the card as an 8-bit palette PNG with exactly the pixels resvg drew, in at most 70 % of the bytes of resvg’s own PNG", async () => {
    const layout = layoutOgCard(card);
    const fonts = loadOgFonts();
    const png = await renderOgPng(layout, "Site", fonts);
    const svg = await satori(ogCardElement(layout, "Site") as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
    const drawn = new Resvg(svg, { fitTo: { mode: "width", value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
    const decoded = decodePalettePng(png);
    expect(decoded.colourType).toBe(3);
    expect(Buffer.from(decoded.rgba).equals(drawn.pixels)).toBe(true);
    expect(png.length).toBeLessThan(drawn.asPng().length * 0.7);
  });

  it("draws the top stripe and the bottom band where they always were", async () => {
    const { rgba } = decodePalettePng(await renderOgPng(layoutOgCard(card), "Site", loadOgFonts()));
    const at = (x: number, y: number) => Buffer.from(rgba.subarray((y * OG_WIDTH + x) * 4, (y * OG_WIDTH + x) * 4 + 3)).toString("hex");
    expect([at(600, 0), at(600, 15)]).toEqual(["a3161a", "a3161a"]);
    expect([at(600, 16), at(1190, 562)]).toEqual(["ffffff", "ffffff"]);
    expect([at(1190, 563), at(1190, 629)]).toEqual(["f4f5f7", "f4f5f7"]);
  });
});
