/**
 * A PNG written band by band: the file's head (signature, IHDR, pHYs, the
 * diagram's iTXt), its image data as one zlib stream made of independently
 * deflated bands (each ended by a sync flush so that the next one can follow
 * it, as pigz does: pngDeflate.ts), and IEND. A band can be deflated anywhere
 * (in a worker); the file is their concatenation in order, so the whole
 * image never has to be in one canvas or one buffer.
 *
 * Filters: a band's first scanline None (0), the others Up (2), so that no
 * band needs its neighbour. On these pictures (flat colours, boxes, text) Up
 * deflates both smaller and about twice as fast as None or Sub.
 *
 * This module has no deflater, so the main thread can write the file's head
 * and tail without loading one.
 */
import { itxtChunk, physChunk } from './png';
import { POLKU_JSON_TYPE } from './mimeType';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** zlib header: deflate, 32 KiB window, "fastest" level hint; (0x78 << 8 | 0x01) % 31 === 0 */
const ZLIB_HEADER = Uint8Array.of(0x78, 0x01);
const ADLER_BASE = 65521;

/** 3 channels (RGB, colour type 2) when every pixel is opaque, else 4 (RGBA, colour type 6). */
export type Channels = 3 | 4;

/* ---------- checksums ---------- */

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (ISO 3309, as in PNG) of `bytes`, continuing from `crc` (the CRC of what came before). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Adler-32 (zlib's checksum) of `bytes`. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // 5552 bytes is the most that can be summed before b could overflow 2^32
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(bytes.length, i + 5552);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte runs one after the other, from theirs and the second's length (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  const a1 = first & 0xffff;
  const b1 = first >>> 16;
  const a2 = second & 0xffff;
  const b2 = second >>> 16;
  let a = a1 + a2 + ADLER_BASE - 1;
  let b = ((rem * a1) % ADLER_BASE) + b1 + b2 + ADLER_BASE - rem;
  a %= ADLER_BASE;
  b %= ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}

/* ---------- chunks ---------- */

/** One chunk: length, type, data, CRC of type and data. */
export function pngChunk(name: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = name.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * Signature, IHDR (8-bit, RGB or RGBA, no interlace), pHYs for `dpi` and,
 * when given, the diagram's JSON in an iTXt chunk; then the zlib header that
 * opens the image data (sent as the first IDAT).
 */
export function pngHead(width: number, height: number, channels: Channels, meta: { dpi: number; json: string | null }): Uint8Array[] {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width > 0x7fffffff || height > 0x7fffffff) {
    throw new RangeError(`no PNG of ${width}×${height} pixels`);
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = channels === 3 ? 2 : 6; // colour type: truecolour, or truecolour with alpha
  // compression 0, filter method 0, interlace 0
  const phys = physChunk(meta.dpi);
  const parts = [SIGNATURE, pngChunk('IHDR', ihdr), pngChunk(phys.name, phys.data)];
  if (meta.json !== null) {
    const itxt = itxtChunk(POLKU_JSON_TYPE, meta.json);
    parts.push(pngChunk(itxt.name, itxt.data));
  }
  parts.push(pngChunk('IDAT', ZLIB_HEADER));
  return parts;
}

/** The end of the file: the zlib stream's Adler-32 of all scanlines (an IDAT) and IEND. */
export function pngTail(adler: number): Uint8Array[] {
  const sum = new Uint8Array(4);
  new DataView(sum.buffer).setUint32(0, adler);
  return [pngChunk('IDAT', sum), pngChunk('IEND', new Uint8Array(0))];
}

/* ---------- bands ---------- */

/**
 * Scanlines of a band of RGBA pixels (as getImageData gives them: straight
 * alpha): the first led by filter byte 0 (None), the others by 2 (Up: each
 * byte less the one above it); with 3 channels the alpha is dropped.
 */
export function scanlines(rgba: Uint8Array | Uint8ClampedArray, width: number, channels: Channels): Uint8Array {
  const rows = rgba.length / (width * 4);
  if (!Number.isInteger(rows)) throw new RangeError(`${rgba.length} bytes are not whole rows of ${width} RGBA pixels`);
  const rowBytes = width * 4;
  const stride = width * channels + 1;
  const out = new Uint8Array(rows * stride);
  for (let y = 0; y < rows; y++) {
    let to = y * stride;
    out[to++] = y === 0 ? 0 : 2;
    const from = y * rowBytes;
    const end = from + rowBytes;
    const up = y === 0 ? 0 : rowBytes; // 0: None, the byte less nothing
    if (channels === 4) {
      if (up === 0) out.set(rgba.subarray(from, end), to);
      else for (let i = from; i < end; i++) out[to++] = rgba[i]! - rgba[i - up]!;
    } else if (up === 0) {
      for (let i = from; i < end; i += 4) {
        out[to++] = rgba[i]!;
        out[to++] = rgba[i + 1]!;
        out[to++] = rgba[i + 2]!;
      }
    } else {
      for (let i = from; i < end; i += 4) {
        out[to++] = rgba[i]! - rgba[i - up]!;
        out[to++] = rgba[i + 1]! - rgba[i + 1 - up]!;
        out[to++] = rgba[i + 2]! - rgba[i + 2 - up]!;
      }
    }
  }
  return out;
}

/** The Adler-32 of the scanlines of all bands, in order. */
export function streamAdler(bands: readonly { readonly adler: number; readonly length: number }[]): number {
  return bands.reduce((sum, b) => adler32Combine(sum, b.adler, b.length), 1);
}
