/**
 * Lossless 8-bit palette PNG of an opaque picture with at most 256 colours, such as a share card
 * (flat colours and the anti-aliased edges of text in them: about 110 colours). One byte a pixel
 * instead of resvg's four: on a card 2.4 ms of CPU instead of resvg's 9.7 ms and 25 KB instead of
 * 44 KB, and every platform that takes PNG takes it (colour type 3 is baseline PNG).
 * Format: PNG specification (W3C, 2nd ed.), chunks IHDR, PLTE, IDAT, IEND; filter 0 on every row.
 */
import { constants, crc32, deflateSync } from "node:zlib";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * How zlib compresses the rows. Measured on 200 share cards of the 10,000-profile benchmark corpus:
 * run-length matching only (Z_RLE) gives 25.1 KB in 0.74 ms a card; the default strategy gives
 * 25.3 KB in 1.11 ms at level 3 and 20.8 KB in 3.36 ms at level 6, which over 10,000 cards is 26 s
 * of a first build. A card is long runs of one colour, which is all Z_RLE looks for; the result is
 * ordinary deflate, read by every PNG decoder.
 */
export const PALETTE_PNG_DEFLATE = { level: 6, strategy: constants.Z_RLE } as const;

/**
 * PNG bytes of `rgba` (width × height pixels, 4 bytes each, row by row), its palette in the order
 * colours first appear; null when a pixel is not fully opaque or there are more than 256 colours
 * (the caller then needs a true-colour PNG). Same pixels and zlib give the same bytes.
 */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number): Uint8Array | null {
  if (rgba.length !== width * height * 4) throw new RangeError(`encodePalettePng: ${rgba.length} bytes for ${width}×${height} RGBA`);
  // A Uint32Array view needs a 4-byte aligned start.
  if (rgba.byteOffset % 4 !== 0) rgba = rgba.slice();
  const indexed = indexColours(rgba, width, height);
  if (indexed === null) return null;
  const { rows, palette } = indexed;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8 bits an index, colour type 3 (palette), deflate, filter 0, no interlace
  return Buffer.concat([
    Buffer.from(SIGNATURE),
    chunk("IHDR", ihdr),
    chunk("PLTE", palette),
    chunk("IDAT", deflateSync(rows, PALETTE_PNG_DEFLATE)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Each row as filter byte 0 and one palette index a pixel; the palette as RGB triples. */
function indexColours(rgba: Uint8Array, width: number, height: number): { rows: Uint8Array; palette: Buffer } | null {
  // One 32-bit word a pixel: a whole colour compared at once (its byte order is irrelevant here).
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const opaque = new Uint32Array(new Uint8Array([0, 0, 0, 255]).buffer)[0]!;
  const view = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const rows = new Uint8Array((width + 1) * height);
  const palette: number[] = [];
  const index = new Map<number, number>();
  // Neighbouring pixels mostly share a colour, so remembering the last one skips most look-ups.
  let last = -1;
  let lastIndex = 0;
  let out = 0;
  let at = 0;
  const rowBytes = width * 4;
  for (let y = 0; y < height; y++) {
    rows[out++] = 0;
    // Most of a card's rows (margins, gaps between lines) repeat the row above: one memcmp and a copy.
    if (y > 0 && Buffer.compare(view.subarray(y * rowBytes, (y + 1) * rowBytes), view.subarray((y - 1) * rowBytes, y * rowBytes)) === 0) {
      rows.copyWithin(out, out - width - 1, out - 1);
      out += width;
      at += width;
      continue;
    }
    for (let x = 0; x < width; x++, at++) {
      const colour = pixels[at]!;
      if (colour !== last) {
        if ((colour & opaque) >>> 0 !== opaque) return null;
        // Without the alpha byte the key is a small integer on little-endian machines, which a Map hashes fast.
        const key = (colour & ~opaque) >>> 0;
        let found = index.get(key);
        if (found === undefined) {
          if (index.size === 256) return null;
          found = index.size;
          index.set(key, found);
          palette.push(rgba[at * 4]!, rgba[at * 4 + 1]!, rgba[at * 4 + 2]!);
        }
        last = colour;
        lastIndex = found;
      }
      rows[out++] = lastIndex;
    }
  }
  return { rows, palette: Buffer.from(palette) };
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}
