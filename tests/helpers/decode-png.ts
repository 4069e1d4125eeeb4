/**
 * Reads back the PNGs our encoder writes (8-bit palette, filter 0, no interlace) into RGBA, checking
 * every chunk's CRC on the way, so tests can compare a card's stored pixels with the drawn ones.
 */
import { crc32, inflateSync } from "node:zlib";

export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  /** Chunk types in file order. */
  chunks: string[];
  /** Number of palette entries. */
  colours: number;
  /** 4 bytes a pixel, row by row. */
  rgba: Uint8Array;
}

/** Decodes a palette PNG; throws on a bad signature or CRC, or on anything but colour type 3 with filter 0. */
export function decodePalettePng(png: Uint8Array): DecodedPng {
  const bytes = Buffer.from(png);
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error("not a PNG");
  const chunks: string[] = [];
  const idat: Buffer[] = [];
  let ihdr: Buffer | undefined;
  let plte: Buffer | undefined;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString("latin1", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== bytes.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunks.push(type);
    if (type === "IHDR") ihdr = data;
    if (type === "PLTE") plte = data;
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  if (!ihdr || !plte) throw new Error("no IHDR or PLTE");
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [bitDepth, colourType] = [ihdr[8]!, ihdr[9]!];
  if (bitDepth !== 8 || colourType !== 3) throw new Error(`not an 8-bit palette PNG (${bitDepth}, ${colourType})`);
  const rows = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    if (rows[y * (width + 1)] !== 0) throw new Error(`row ${y} uses filter ${rows[y * (width + 1)]}`);
    for (let x = 0; x < width; x++) {
      const entry = rows[y * (width + 1) + 1 + x]!;
      rgba.set([plte[entry * 3]!, plte[entry * 3 + 1]!, plte[entry * 3 + 2]!, 255], (y * width + x) * 4);
    }
  }
  return { width, height, bitDepth, colourType, chunks, colours: plte.length / 3, rgba };
}
