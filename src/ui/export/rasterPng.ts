/**
 * SVG → PNG, two ways (the SVG is decoded once as an <img>: Chromium cannot
 * decode an SVG in a worker). Within a canvas's limits, drawn whole and
 * encoded by the browser (pngWhole.ts); beyond them (full resolution), or
 * when the browser refuses the canvas, drawn by bands and deflated in
 * workers (pngBands.ts). Loaded on demand, with its workers.
 */
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from '../../io/export/pngSize';
import { ExportError } from './exportError';
import { rasterBands } from './pngBands';
import { rasterWhole } from './pngWhole';
import type { RasterOptions } from './svgImage';

export type { RasterOptions };

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

