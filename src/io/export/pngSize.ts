/**
 * The pixel size of an exported PNG: the diagram at 1×, 2× or 3×, made
 * smaller when it would be beyond a canvas's limits — unless the person asks
 * for full resolution (no limits: the image is drawn in tiles).
 */

/** The longest canvas side browsers allow (Chromium, Firefox). */
export const MAX_CANVAS_SIDE = 32767;
/** The largest canvas area to ask for: 16384 × 16384 (Chromium's limit; others allow no more). */
export const MAX_CANVAS_AREA = 16384 * 16384;
/** CSS px per inch: a 1× image is 96 dpi, so it prints at the diagram's size. */
export const CSS_DPI = 96;

export type PngScale = 1 | 2 | 3;

export type PngSize = {
  /** canvas size in whole pixels */
  readonly width: number;
  readonly height: number;
  /** pixels per diagram px actually used (the scale asked for, or less when scaled down) */
  readonly scale: number;
  /** whether the scale asked for was too large for a canvas */
  readonly scaledDown: boolean;
  /** resolution for the PNG's pHYs chunk, so the image prints at the diagram's size */
  readonly dpi: number;
};

export type CanvasLimits = { readonly maxSide: number; readonly maxArea: number };

const fits = (w: number, h: number, l: CanvasLimits) => w <= l.maxSide && h <= l.maxSide && w * h <= l.maxArea;

/** `limits` null: full resolution, whatever the size. */
export function pngSize(
  width: number,
  height: number,
  scale: PngScale,
  limits: CanvasLimits | null = { maxSide: MAX_CANVAS_SIDE, maxArea: MAX_CANVAS_AREA },
): PngSize {
  const w0 = Math.max(1, width);
  const h0 = Math.max(1, height);
  const px = (v: number, s: number) => Math.max(1, Math.ceil(v * s - 1e-9));
  if (limits === null || fits(px(w0, scale), px(h0, scale), limits)) {
    return { width: px(w0, scale), height: px(h0, scale), scale, scaledDown: false, dpi: CSS_DPI * scale };
  }
  let s = Math.min(scale, limits.maxSide / w0, limits.maxSide / h0, Math.sqrt(limits.maxArea / (w0 * h0)));
  // whole pixels, rounded down so that the canvas stays inside the limits
  let w = Math.max(1, Math.floor(w0 * s));
  let h = Math.max(1, Math.floor(h0 * s));
  while (!fits(w, h, limits) && s > 0) {
    s *= 0.999;
    w = Math.max(1, Math.floor(w0 * s));
    h = Math.max(1, Math.floor(h0 * s));
  }
  return { width: w, height: h, scale: s, scaledDown: true, dpi: CSS_DPI * s };
}
