/**
 * SVG → PNG, two ways. The SVG is decoded once as an <img> (Chromium cannot
 * decode an SVG in a worker).
 *
 * Within a canvas's limits: drawn whole on one canvas and encoded by the
 * browser (canvas.toBlob), the diagram's chunks spliced in after IHDR
 * without copying the image data. The browser's native encoder deflates
 * about twice as fast as JavaScript does here, and its output cannot be cut
 * into bands (it Up-filters every row, so a band's first row needs the row
 * above it), so on 2 cores this is the faster way.
 *
 * Beyond those limits (full resolution), or when the browser refuses the
 * canvas: by bands. Each band of rows is drawn into one small canvas (at most
 * MAX_TILE_SIDE wide: wider images a column of tiles at a time) and read
 * back, and workers deflate the bands while the next ones are drawn; the
 * file is written from the pieces (src/io/export/pngEncode.ts), so no canvas
 * ever holds the whole image. Loaded on demand, with its workers.
 */
import type { BandDone, BandJob } from '../../io/export/pngBandJob';
import { addPngChunks, isPng, itxtChunk, physChunk } from '../../io/export/png';
import type { DeflatedBand } from '../../io/export/pngDeflate';
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from '../../io/export/pngSize';
import { POLKU_JSON_TYPE } from '../../io/export/mimeType';
import { pngChunk, pngHead, pngTail, streamAdler, type Channels } from '../../io/export/pngEncode';
import { ExportError } from './exportError';

/** About this many pixels to a band: 16 MB of RGBA, small enough to keep a few in flight. */
const BAND_PIXELS = 4_000_000;
/** The widest tile drawn at once (well inside every browser's canvas side). */
const MAX_TILE_SIDE = 16384;
/** Bands drawn but not yet deflated, per worker: enough to keep the workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 2;

export type RasterOptions = {
  /** the SVG's own size in px (its width and height attributes) */
  readonly sourceWidth: number;
  readonly sourceHeight: number;
  /** the PNG's size in pixels */
  readonly width: number;
  readonly height: number;
  /** a white page: every pixel is opaque, so the PNG is RGB */
  readonly opaque: boolean;
  readonly dpi: number;
  readonly json: string | null;
  /** how much of the image is done, 0–1, as bands are drawn and deflated */
  readonly onProgress?: (done: number) => void;
};

type Deflater = { run(job: BandJob): Promise<DeflatedBand>; close(): void };

/** Deflating workers (two at most: the main thread draws meanwhile), or the page itself where workers cannot start. */
async function deflaters(): Promise<{ pool: Deflater; size: number }> {
  const count = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 2));
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < count; i++) {
      workers.push(new Worker(new URL('../../io/export/pngBand.worker.ts', import.meta.url), { type: 'module', name: 'polku-png' }));
    }
  } catch {
    workers.forEach((w) => w.terminate());
    workers.length = 0;
  }
  if (workers.length === 0) {
    const { deflateBand } = await import('../../io/export/pngDeflate');
    return {
      size: 1,
      pool: { run: async (j) => deflateBand(new Uint8Array(j.rgba), j.width, j.channels, j.last), close: () => undefined },
    };
  }
  const waiting = new Map<number, { resolve: (b: DeflatedBand) => void; reject: (e: Error) => void }>();
  const load = workers.map(() => 0);
  const failAll = (message: string) => {
    for (const w of waiting.values()) w.reject(new ExportError('image', message));
    waiting.clear();
  };
  workers.forEach((w, i) => {
    w.onmessage = (e: MessageEvent<BandDone>) => {
      load[i]!--;
      const d = e.data;
      const entry = waiting.get(d.id);
      waiting.delete(d.id);
      if (!entry) return;
      if (d.ok) entry.resolve({ idat: d.idat, adler: d.adler, length: d.length, filterMs: d.filterMs, deflateMs: d.deflateMs });
      else entry.reject(new ExportError('image', d.message));
    };
    w.onerror = (e) => failAll(e.message || 'a PNG worker failed');
  });
  return {
    size: workers.length,
    pool: {
      run(job) {
        const i = load.indexOf(Math.min(...load));
        load[i]!++;
        return new Promise<DeflatedBand>((resolve, reject) => {
          waiting.set(job.id, { resolve, reject });
          workers[i]!.postMessage(job, [job.rgba]);
        });
      },
      close: () => workers.forEach((w) => w.terminate()),
    },
  };
}

async function decodeSvg(svg: string): Promise<{ img: HTMLImageElement; url: string }> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new ExportError('image', 'the SVG could not be drawn');
  }
  return { img, url };
}

/**
 * Where the time went, as User Timing measures `polku:png:*` (read by the
 * export benchmark): main-thread stages, and the workers' time summed.
 */
function measure(name: string, start: number, duration: number) {
  performance.measure(`polku:png:${name}`, { start, duration });
}

/** Lets the page paint (the progress bar) between bands. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The SVG as a PNG file of `width` × `height` pixels: whole when a canvas can hold it, else by bands. */
export async function rasterPng(svg: string, o: RasterOptions): Promise<Blob> {
  const fits = o.width <= MAX_CANVAS_SIDE && o.height <= MAX_CANVAS_SIDE && o.width * o.height <= MAX_CANVAS_AREA;
  if (fits) {
    try {
      return await rasterWhole(svg, o);
    } catch (e) {
      // a canvas beyond what this browser can hold: the bands need only a small one
      if (!(e instanceof ExportError && e.reason === 'canvas')) throw e;
    }
  }
  return rasterBands(svg, o);
}

/** The PNG's IHDR ends here: 8 bytes of signature, then 4 + 4 + 13 + 4. */
const IHDR_END = 33;

/** The browser's PNG with pHYs and the diagram's iTXt after IHDR, the image data left where it is (a Blob of slices). */
async function withChunks(png: Blob, o: RasterOptions): Promise<Blob> {
  const head = new Uint8Array(await png.slice(0, IHDR_END + 8).arrayBuffer());
  const name = String.fromCharCode(...head.subarray(12, 16));
  const next = String.fromCharCode(...head.subarray(IHDR_END + 4, IHDR_END + 8));
  if (!isPng(head) || name !== 'IHDR' || next !== 'IDAT') {
    // any other chunk before the image data: splice by bytes (png.ts replaces pHYs and our iTXt)
    const bytes = addPngChunks(new Uint8Array(await png.arrayBuffer()), { dpi: o.dpi, json: o.json });
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  }
  const phys = physChunk(o.dpi);
  const added = [pngChunk(phys.name, phys.data)];
  if (o.json !== null) {
    const itxt = itxtChunk(POLKU_JSON_TYPE, o.json);
    added.push(pngChunk(itxt.name, itxt.data));
  }
  return new Blob([head.subarray(0, IHDR_END), ...(added as Uint8Array<ArrayBuffer>[]), png.slice(IHDR_END)], { type: 'image/png' });
}

/** Drawn whole on one canvas and encoded by the browser; progress by stages (decoded, drawn, encoded). */
async function rasterWhole(svg: string, o: RasterOptions): Promise<Blob> {
  const start = performance.now();
  o.onProgress?.(0);
  const { img, url } = await decodeSvg(svg);
  const decoded = performance.now();
  measure('decode', start, decoded - start);
  o.onProgress?.(0.1);
  try {
    const canvas = document.createElement('canvas');
    canvas.width = o.width;
    canvas.height = o.height;
    // an opaque canvas for a white page: a little faster to draw, and a smaller file
    const ctx = canvas.getContext('2d', { alpha: !o.opaque });
    if (!ctx) throw new ExportError('canvas', `no ${o.width}×${o.height} canvas`);
    if (o.opaque) {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, o.width, o.height);
    }
    ctx.drawImage(img, 0, 0, o.width, o.height);
    // reading one pixel makes the browser rasterise now, so that the progress bar can say so before encoding
    ctx.getImageData(0, 0, 1, 1);
    const drawn = performance.now();
    measure('draw', decoded, drawn - decoded);
    o.onProgress?.(0.4);
    await nextTask();
    const t = performance.now();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // a canvas beyond what this browser can hold gives no image rather than an error
    if (!blob || blob.size === 0) throw new ExportError('canvas', `no ${o.width}×${o.height} image`);
    const encoded = performance.now();
    measure('encode', t, encoded - t);
    canvas.width = 0;
    canvas.height = 0;
    const file = await withChunks(blob, o);
    const end = performance.now();
    measure('file', encoded, end - encoded);
    measure('total', start, end - start);
    o.onProgress?.(1);
    return file;
  } finally {
    URL.revokeObjectURL(url);
    img.src = '';
  }
}

/** Drawn band by band and deflated in workers; any size a PNG can hold. */
async function rasterBands(svg: string, o: RasterOptions): Promise<Blob> {
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
  const { img, url } = await decodeSvg(svg);
  measure('decode', start, performance.now() - start);
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
      const rgba = drawBand(ctx, img, spent, { y0, rows, width, tileWidth, sx, sy, opaque: o.opaque, sourceWidth: o.sourceWidth, sourceHeight: o.sourceHeight });
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
    URL.revokeObjectURL(url);
    img.src = '';
  }
}

/** One band's RGBA pixels: the image drawn tile by tile into the canvas at its place, and read back. */
function drawBand(
  ctx: CanvasRenderingContext2D,
  img: HTMLImageElement,
  spent: { draw: number; read: number },
  b: { y0: number; rows: number; width: number; tileWidth: number; sx: number; sy: number; opaque: boolean; sourceWidth: number; sourceHeight: number },
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
    ctx.drawImage(img, 0, 0, b.sourceWidth, b.sourceHeight);
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
