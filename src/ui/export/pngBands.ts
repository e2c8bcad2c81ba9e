/**
 * A PNG of any size, by bands: each band of rows is drawn into one small
 * canvas (at most MAX_TILE_SIDE wide: wider images a column of tiles at a
 * time) and read back, and workers deflate the bands while the next ones are
 * drawn; the file is written from the pieces (src/io/export/pngEncode.ts), so
 * no canvas ever holds the whole image and memory stays bounded.
 */
import type { DeflatedBand } from '../../io/export/pngDeflate';
import { pngHead, pngTail, streamAdler, type Channels } from '../../io/export/pngEncode';
import { deflaters } from './deflatePool';
import { ExportError } from './exportError';
import { drawPrimitives } from '../../scene/canvas2d';
import type { Primitive } from '../../scene/primitives';
import { measure, nextTask, type RasterOptions } from './raster';

/** About this many pixels to a band: 16 MB of RGBA, small enough to keep a few in flight. */
const BAND_PIXELS = 4_000_000;
/** The widest tile drawn at once (well inside every browser's canvas side). */
const MAX_TILE_SIDE = 16384;
/** Bands drawn but not yet deflated, per worker: enough to keep the workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 2;

/** Drawn band by band and deflated in workers; any size a PNG can hold. */
export async function rasterBands(scene: readonly Primitive[], o: RasterOptions): Promise<Blob> {
  const { width, height } = o;
  const channels: Channels = o.opaque ? 3 : 4;
  const tileWidth = Math.min(width, MAX_TILE_SIDE);
  const bandRows = Math.max(1, Math.min(height, Math.floor(BAND_PIXELS / width), MAX_TILE_SIDE));
  const bandCount = Math.ceil(height / bandRows);
  const canvas = document.createElement('canvas');
  canvas.width = tileWidth;
  canvas.height = bandRows;
  const ctx = canvas.getContext('2d', { willReadFrequently: true, alpha: !o.opaque });
  if (!ctx) throw new ExportError('canvas', `no ${tileWidth}×${bandRows} canvas`);
  const start = performance.now();
  const spent = { draw: 0, read: 0, wait: 0 };
  const { pool, size } = await deflaters();
  const sx = width / o.sourceWidth;
  const sy = height / o.sourceHeight;
  let drawn = 0;
  let deflated = 0;
  const report = () => o.onProgress?.((drawn + deflated) / (2 * bandCount));
  const inFlight = new Set<Promise<unknown>>();
  const bands: Promise<DeflatedBand>[] = [];
  let firstError: unknown = null;
  try {
    report();
    let lastYield = performance.now();
    for (let b = 0; b < bandCount; b++) {
      const y0 = b * bandRows;
      const rows = Math.min(bandRows, height - y0);
      const rgba = drawBand(ctx, scene, spent, { y0, rows, width, tileWidth, sx, sy, opaque: o.opaque });
      drawn++;
      const job = pool.run({ id: b, rgba, width, channels, last: b === bandCount - 1 });
      const tracked = job.then(
        () => {
          deflated++;
          report();
        },
        (e: unknown) => {
          firstError ??= e;
        },
      );
      const done = tracked.finally(() => inFlight.delete(done));
      inFlight.add(done);
      bands.push(job);
      if (firstError) throw firstError;
      if (inFlight.size >= IN_FLIGHT_PER_WORKER * size) {
        const t = performance.now();
        await Promise.race(inFlight);
        spent.wait += performance.now() - t;
      } else if (performance.now() - lastYield > 100) {
        report();
        await nextTask();
        lastYield = performance.now();
      }
    }
    let t = performance.now();
    const done = await Promise.all(bands);
    spent.wait += performance.now() - t;
    report();
    t = performance.now();
    const parts = [...pngHead(width, height, channels, { dpi: o.dpi, json: o.json }), ...done.map((d) => d.idat), ...pngTail(streamAdler(done))];
    const file = new Blob(parts as Uint8Array<ArrayBuffer>[], { type: 'image/png' });
    const end = performance.now();
    measure('file', t, end - t);
    for (const [name, ms] of Object.entries(spent)) measure(name, start, ms);
    measure('workers-filter', start, done.reduce((n, d) => n + d.filterMs, 0));
    measure('workers-deflate', start, done.reduce((n, d) => n + d.deflateMs, 0));
    measure('total', start, end - start);
    return file;
  } finally {
    pool.close();
  }
}

/** One band's RGBA pixels: the image drawn tile by tile into the canvas at its place, and read back. */
function drawBand(
  ctx: CanvasRenderingContext2D,
  scene: readonly Primitive[],
  spent: { draw: number; read: number },
  b: { y0: number; rows: number; width: number; tileWidth: number; sx: number; sy: number; opaque: boolean },
): ArrayBuffer {
  const tiles = Math.ceil(b.width / b.tileWidth);
  const band = tiles === 1 ? null : new Uint8Array(b.width * b.rows * 4);
  for (let t = 0; t < tiles; t++) {
    const x0 = t * b.tileWidth;
    const cols = Math.min(b.tileWidth, b.width - x0);
    const t0 = performance.now();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (b.opaque) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, cols, b.rows);
    } else ctx.clearRect(0, 0, cols, b.rows);
    // the whole picture at its scale, moved so that this tile's corner is the canvas's: drawn as vectors, clipped to the canvas
    ctx.setTransform(b.sx, 0, 0, b.sy, -x0, -b.y0);
    drawPrimitives(ctx, scene);
    const t1 = performance.now();
    const data = ctx.getImageData(0, 0, cols, b.rows).data;
    const t2 = performance.now();
    spent.draw += t1 - t0;
    spent.read += t2 - t1;
    if (!band) return data.buffer as ArrayBuffer;
    for (let y = 0; y < b.rows; y++) band.set(data.subarray(y * cols * 4, (y + 1) * cols * 4), (y * b.width + x0) * 4);
  }
  return band!.buffer;
}
