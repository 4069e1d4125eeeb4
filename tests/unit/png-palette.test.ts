import { describe, expect, it } from "vitest";
import { encodePalettePng } from "../../src/lib/build/png-palette.ts";
import { decodePalettePng } from "../helpers/decode-png.ts";

/** A width × height opaque picture whose pixel (x, y) has the colour colourAt(x, y) (0xRRGGBB). */
function picture(width: number, height: number, colourAt: (x: number, y: number) => number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const c = colourAt(x, y);
      rgba.set([c >> 16, (c >> 8) & 255, c & 255, 255], (y * width + x) * 4);
    }
  return rgba;
}

// Like a card: white, a red stripe, a few rows repeating the one above, an anti-aliased grey edge.
const card = picture(40, 12, (x, y) => (y < 2 ? 0xa3161a : y >= 5 && y < 9 ? 0x101010 * ((x + y) % 16) + 0x0f0f0f : 0xffffff));

describe("encodePalettePng", () => {
  it("stores exactly the pixels it was given, as an 8-bit palette PNG with valid chunks", () => {
    const decoded = decodePalettePng(encodePalettePng(card, 40, 12)!);
    expect(decoded).toMatchObject({ width: 40, height: 12, bitDepth: 8, colourType: 3, chunks: ["IHDR", "PLTE", "IDAT", "IEND"] });
    expect(decoded.colours).toBe(new Set(Array.from({ length: 40 * 12 }, (_, i) => card.slice(i * 4, i * 4 + 3).join())).size);
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(card))).toBe(true);
  });

  it("gives the same bytes for the same pixels, whatever the buffer they sit in", () => {
    const shifted = new Uint8Array(card.length + 1).subarray(1);
    shifted.set(card);
    const first = encodePalettePng(card, 40, 12)!;
    expect(Buffer.from(encodePalettePng(card, 40, 12)!).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(encodePalettePng(shifted, 40, 12)!).equals(Buffer.from(first))).toBe(true);
  });

  it("holds 256 colours, and declines 257 or a see-through pixel so the caller keeps a true-colour PNG", () => {
    const many = (n: number) => picture(n, 1, (x) => x * 97);
    expect(decodePalettePng(encodePalettePng(many(256), 256, 1)!).colours).toBe(256);
    expect(encodePalettePng(many(257), 257, 1)).toBeNull();
    const seeThrough = card.slice();
    seeThrough[4 * 45 + 3] = 200;
    expect(encodePalettePng(seeThrough, 40, 12)).toBeNull();
  });

  it("rejects pixels that do not match the size", () => {
    expect(() => encodePalettePng(card, 41, 12)).toThrow(RangeError);
  });
});
