/**
 * Scene → PNG: the export's scene (io/export/svg.ts exportScene, the shapes the SVG writes) drawn with
 * Canvas 2D (scene/canvas2d.ts), two ways. Within a canvas's limits, drawn whole and encoded by the browser
 * (pngWhole.ts); beyond them (full resolution), or when the browser refuses the canvas, drawn by bands and
 * deflated in workers (pngBands.ts). Loaded on demand, with its workers.
 *
 * (It drew the SVG text decoded as an <img> before: drawing the shapes directly skips writing and parsing
 * the SVG, and Chromium draws them faster than it rasterises the same SVG.)
 */
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from '../../io/export/pngSize';
import { ExportError } from './exportError';
import { rasterBands } from './pngBands';
import { rasterWhole } from './pngWhole';
import { fontsReady, type RasterOptions } from './raster';
import type { Primitive } from '../../scene/primitives';

export type { RasterOptions };

/** The scene as a PNG file of `width` × `height` pixels: whole when a canvas can hold it, else by bands. */
export async function rasterPng(scene: readonly Primitive[], o: RasterOptions): Promise<Blob> {
  await fontsReady(scene);
  const fits = o.width <= MAX_CANVAS_SIDE && o.height <= MAX_CANVAS_SIDE && o.width * o.height <= MAX_CANVAS_AREA;
  if (fits) {
    try {
      return await rasterWhole(scene, o);
    } catch (e) {
      // a canvas beyond what this browser can hold: the bands need only a small one
      if (!(e instanceof ExportError && e.reason === 'canvas')) throw e;
    }
  }
  return rasterBands(scene, o);
}

