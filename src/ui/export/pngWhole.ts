/**
 * A PNG within a canvas's limits: the scene drawn whole on one canvas and
 * encoded by the browser (canvas.toBlob), the diagram's chunks spliced in
 * after IHDR as Blob slices, without reading the image data into
 * JavaScript. The browser's native encoder deflates about twice as fast as
 * JavaScript does here, and its output cannot be cut into bands (it
 * Up-filters every row, so a band's first row needs the row above it), so on
 * 2 cores this is the faster way.
 */
import { addPngChunks, isPng, itxtChunk, physChunk } from '../../io/export/png';
import { POLKU_JSON_TYPE } from '../../io/export/mimeType';
import { pngChunk } from '../../io/export/pngEncode';
import { ExportError } from './exportError';
import { drawPrimitives } from '../../scene/canvas2d';
import type { Primitive } from '../../scene/primitives';
import { measure, nextTask, type RasterOptions } from './raster';

/** The PNG's IHDR ends here: 8 bytes of signature, then 4 + 4 + 13 + 4. */
const IHDR_END = 33;

/** The browser's PNG with pHYs and the diagram's iTXt after IHDR, the image data left where it is (a Blob of slices). */
export async function withChunks(png: Blob, o: Pick<RasterOptions, 'dpi' | 'json'>): Promise<Blob> {
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

/** Drawn whole on one canvas and encoded by the browser; progress by stages (drawn, encoded). */
export async function rasterWhole(scene: readonly Primitive[], o: RasterOptions): Promise<Blob> {
  const start = performance.now();
  o.onProgress?.(0);
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
  ctx.setTransform(o.width / o.sourceWidth, 0, 0, o.height / o.sourceHeight, 0, 0);
  drawPrimitives(ctx, scene);
  // reading one pixel makes the browser rasterise now, so that the progress bar can say so before encoding
  ctx.getImageData(0, 0, 1, 1);
  const drawn = performance.now();
  measure('draw', start, drawn - start);
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
}
