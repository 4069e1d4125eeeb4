/**
 * Reads back a palette PNG with fast-png (an independent, well-kept decoder that checks every
 * chunk's CRC), into RGBA, so tests compare a card's stored pixels with the drawn ones without
 * trusting our own encoder's idea of the format.
 */
import { decode } from "fast-png";

export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  /** PNG colour type: 3 for a palette image. */
  colourType: number;
  /** Chunk types in file order. */
  chunks: string[];
  /** Number of palette entries. */
  colours: number;
  /** 4 bytes a pixel, row by row. */
  rgba: Uint8Array;
}

/** Chunk types of a PNG in file order (length, type, data, CRC each). */
function chunkTypes(bytes: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at + 8 <= bytes.length; at += 12 + bytes.readUInt32BE(at)) types.push(bytes.toString("latin1", at + 4, at + 8));
  return types;
}

/** Decodes a palette PNG; throws (fast-png) on a bad signature or CRC, and on anything but an 8-bit palette image. */
export function decodePalettePng(png: Uint8Array): DecodedPng {
  const image = decode(png, { checkCrc: true });
  if (!image.palette || image.channels !== 1 || image.depth !== 8) throw new Error("not an 8-bit palette PNG");
  const palette = image.palette;
  const rgba = new Uint8Array(image.width * image.height * 4);
  image.data.forEach((index, i) => {
    const [r, g, b] = palette[index]!;
    rgba.set([r!, g!, b!, 255], i * 4);
  });
  return {
    width: image.width,
    height: image.height,
    bitDepth: image.depth,
    colourType: 3,
    chunks: chunkTypes(Buffer.from(png)),
    colours: palette.length,
    rgba,
  };
}
