/**
 * A band of pixels deflated on its own (pako: zlib's deflate, level 1), as
 * one piece of a PNG's zlib stream (pngEncode.ts), and a whole small PNG in
 * one go. Runs in the export's workers (pngBand.worker.ts), or in the page
 * where there are none. (fflate was tried first: its sync flush writes a
 * broken stored block in 0.8.3.)
 */
import { constants, Deflate } from 'pako';
import { adler32, pngChunk, pngHead, pngTail, scanlines, streamAdler, type Channels } from './pngEncode';

export type DeflatedBand = {
  /** an IDAT chunk holding the band's deflate blocks */
  readonly idat: Uint8Array;
  /** Adler-32 and length of the band's scanlines, for the stream's checksum */
  readonly adler: number;
  readonly length: number;
  /** ms spent making the scanlines (and their Adler-32), and deflating them */
  readonly filterMs: number;
  readonly deflateMs: number;
};

/**
 * One band deflated on its own (raw deflate, level 1): ended by a sync flush,
 * or as the stream's final block when it is the last band. Bands deflated
 * this way, in order, after the zlib header, make one valid zlib stream.
 */
export function deflateBand(rgba: Uint8Array | Uint8ClampedArray, width: number, channels: Channels, last: boolean): DeflatedBand {
  const t0 = performance.now();
  const lines = scanlines(rgba, width, channels);
  const adler = adler32(lines);
  const t1 = performance.now();
  const parts: Uint8Array[] = [];
  let size = 0;
  const deflate = new Deflate({ level: 1, raw: true });
  deflate.onData = (chunk) => {
    const bytes = chunk as Uint8Array;
    parts.push(bytes);
    size += bytes.length;
  };
  deflate.push(lines, last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH);
  if (deflate.err) throw new Error(`deflate: ${deflate.msg}`);
  const data = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    data.set(p, at);
    at += p.length;
  }
  const idat = pngChunk('IDAT', data);
  return { idat, adler, length: lines.length, filterMs: t1 - t0, deflateMs: performance.now() - t1 };
}

/**
 * A whole PNG from RGBA pixels in one go (small images, tests): the same
 * chunks as a banded export, with `bandRows` rows to a band.
 */
export function encodePng(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  options: { channels: Channels; dpi: number; json: string | null; bandRows?: number },
): Uint8Array {
  if (rgba.length !== width * height * 4) throw new RangeError(`${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  const bandRows = Math.max(1, options.bandRows ?? height);
  const bands: DeflatedBand[] = [];
  for (let y = 0; y < height; y += bandRows) {
    const rows = Math.min(bandRows, height - y);
    bands.push(deflateBand(rgba.subarray(y * width * 4, (y + rows) * width * 4), width, options.channels, y + rows >= height));
  }
  const parts = [...pngHead(width, height, options.channels, options), ...bands.map((b) => b.idat), ...pngTail(streamAdler(bands))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
