/**
 * Scene primitives drawn with Canvas 2D — as the SVG export (io/export/svgPrimitives.ts) and the screen
 * (ui/canvas/Primitives.tsx) draw them: same shapes, same paint, text at the layout's baselines in the
 * diagram font without kerning. Used for the picture the screen shows of a large diagram while the view
 * moves (ui/canvas/StillLayer.tsx) and of the PNG export (ui/export/rasterPng.ts), in the SVG's font-family. The
 * context's transform maps diagram px to pixels.
 */
import { FONT_FAMILY } from '../layout/style';
import type { TextBlock } from '../layout/geometry';
import type { Paint, Primitive } from './primitives';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const dashes = (d: string | undefined): number[] => (d ? d.split(/[\s,]+/).filter(Boolean).map(Number) : []);

/** Fills, then strokes, the current path with the primitive's paint (SVG's order). */
function paintPath(ctx: Ctx, p: Paint, closed: boolean, path?: Path2D): void {
  const alpha = p.opacity ?? 1;
  const fill = p.fill ?? (closed ? 'none' : undefined);
  if (fill && fill !== 'none') {
    ctx.globalAlpha = alpha * (p.fillOpacity ?? 1);
    ctx.fillStyle = fill;
    if (path) ctx.fill(path);
    else ctx.fill();
  }
  if (p.stroke && p.stroke !== 'none' && (p.strokeWidth ?? 1) > 0) {
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = p.stroke;
    ctx.lineWidth = p.strokeWidth ?? 1;
    ctx.lineJoin = p.strokeLinejoin ?? 'miter';
    ctx.setLineDash(dashes(p.strokeDasharray));
    if (path) ctx.stroke(path);
    else ctx.stroke();
  }
}

function font(size: number, weight: 'regular' | 'bold' | undefined): string {
  return `${weight === 'bold' ? 700 : 400} ${size}px ${FONT_FAMILY}`;
}

function drawLines(ctx: Ctx, b: TextBlock, x: number, anchor: TextBlock['anchor']): void {
  ctx.globalAlpha = 1;
  ctx.font = font(b.size, b.weight);
  ctx.fillStyle = b.color;
  ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left';
  b.lines.forEach((line, i) => ctx.fillText(line, x, b.y + i * b.lineHeight));
}

/**
 * A path's outline, parsed once per primitive: the picture of a large diagram is drawn again after every
 * edit and view change, its shapes kept (StillLayer.tsx), and parsing thousands of arrows' paths was most
 * of a redraw.
 */
const paths = new WeakMap<object, Path2D>();
function pathOf(p: { readonly d: string }): Path2D {
  let path = paths.get(p);
  if (!path) paths.set(p, (path = new Path2D(p.d)));
  return path;
}

/** Draws one primitive (a group: its items, in order). */
export function drawPrimitive(ctx: Ctx, p: Primitive, withText = true): void {
  switch (p.kind) {
    case 'rect':
      ctx.beginPath();
      if (p.rx) ctx.roundRect(p.x, p.y, p.width, p.height, Math.min(p.rx, p.width / 2, p.height / 2));
      else ctx.rect(p.x, p.y, p.width, p.height);
      return paintPath(ctx, p, true);
    case 'polygon':
      ctx.beginPath();
      p.points.forEach((q, i) => (i === 0 ? ctx.moveTo(q.x, q.y) : ctx.lineTo(q.x, q.y)));
      ctx.closePath();
      return paintPath(ctx, p, true);
    case 'line':
      ctx.beginPath();
      ctx.moveTo(p.x1, p.y1);
      ctx.lineTo(p.x2, p.y2);
      return paintPath(ctx, p, false);
    case 'path':
      return paintPath(ctx, p, true, pathOf(p));
    case 'circle':
      ctx.beginPath();
      ctx.arc(p.cx, p.cy, p.r, 0, 2 * Math.PI);
      return paintPath(ctx, p, true);
    case 'text':
      if (withText) drawLines(ctx, p.block, p.at?.x ?? p.block.x, p.at?.anchor ?? p.block.anchor);
      return;
    case 'label':
      if (!withText) return;
      ctx.globalAlpha = 1;
      ctx.font = font(p.size, p.weight);
      ctx.fillStyle = p.color;
      ctx.textAlign = p.anchor === 'middle' ? 'center' : p.anchor === 'end' ? 'right' : 'left';
      ctx.fillText(p.text, p.x, p.y);
      return;
    case 'group':
      for (const item of p.items) drawPrimitive(ctx, item, withText);
      return;
  }
}

/** Draws the primitives in order; `withText: false` leaves the words out (too small to read). */
export function drawPrimitives(ctx: Ctx, items: readonly Primitive[], withText = true): void {
  ctx.save();
  ctx.textBaseline = 'alphabetic';
  if ('fontKerning' in ctx) ctx.fontKerning = 'none';
  for (const p of items) drawPrimitive(ctx, p, withText);
  ctx.restore();
}
