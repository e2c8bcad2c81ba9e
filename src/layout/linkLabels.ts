/**
 * Arrow labels where nothing else is: beside one of the arrow's own
 * segments, clear of every box, lane header and other label, inside the
 * lanes' area, and crossing as few other arrows as it can. A label that
 * finds no such place is reported, and the caller opens room for it in a
 * channel (links.ts); such a reserved place is taken as given.
 */
import type { ContentLanguage } from '../model/types';
import type { LaneGeometry, Point, Rect, StepGeometry } from './geometry';
import type { TextStyle } from './textBlock';
import { findBreaks } from './text/hyphenate';
import { measureText } from './text/measure';
import { overlaps } from './rect';

/** The width an arrow label wraps at, unless one of its pieces is wider. */
export const LABEL_WIDTH = 140;

/**
 * The width to wrap an arrow label at: LABEL_WIDTH, or the widest piece of
 * the text that should not be broken — a word between its spaces, existing
 * hyphens, soft hyphens and compound seams (the line breaker would otherwise
 * cut a long word at a syllable, or between letters).
 */
export function labelWrapWidth(text: string, style: TextStyle, lang: ContentLanguage): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    let last = 0;
    const cuts = findBreaks(word, lang).filter((b) => b.kind !== 'pattern');
    for (const { index, kind } of [...cuts, { index: word.length, kind: 'hyphen' as const }]) {
      const piece = word.slice(last, index) + (kind === 'soft' || kind === 'seam' ? '-' : '');
      widest = Math.max(widest, measureText(piece, style));
      last = index;
    }
  }
  return Math.max(LABEL_WIDTH, Math.ceil(widest));
}

export type LabelShape = { readonly lines: readonly string[]; readonly width: number; readonly height: number };
/**
 * A label to place: its usual shape (wrapped at `labelWrapWidth`) first, then flatter ones (fewer,
 * longer lines) that may fit where the usual one does not, such as beside a jog in a low channel.
 */
export type LabelRequest = { readonly shapes: readonly [LabelShape, ...LabelShape[]] };

/** What a flatter shape costs against the usual one (in the units of a candidate's rank). */
const FLATTER = 8;

export type LabelInput = {
  readonly requests: readonly (LabelRequest | null)[];
  readonly polylines: readonly (readonly Point[])[];
  readonly steps: readonly StepGeometry[];
  readonly lanes: readonly LaneGeometry[];
  /** labels stay inside this */
  readonly body: Rect;
  /** link index → a place made for its label, and which of its shapes it is */
  readonly reserved: ReadonlyMap<number, { readonly rect: Rect; readonly shape: number }>;
};

export type PlacedLabels = {
  /** per link, where its label is (null: no label, or none placed) */
  readonly labels: (Rect | null)[];
  /** per link, the index of the shape placed */
  readonly shapes: number[];
  /** links whose label found no place */
  readonly failed: number[];
};

/** Room kept between a label and a box or another label, and between a label and its own arrow. */
const MARGIN = 2;
const OFFSET = 5;
const CELL = 64;

type Seg = { readonly link: number; readonly a: Point; readonly b: Point };

class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  private key(i: number, j: number) {
    return i * 100_003 + j;
  }
  add(r: Rect, item: T) {
    for (let i = Math.floor(r.x / CELL); i <= Math.floor((r.x + r.width) / CELL); i++)
      for (let j = Math.floor(r.y / CELL); j <= Math.floor((r.y + r.height) / CELL); j++) {
        const k = this.key(i, j);
        let list = this.cells.get(k);
        if (!list) this.cells.set(k, (list = []));
        list.push(item);
      }
  }
  near(r: Rect): Set<T> {
    const out = new Set<T>();
    for (let i = Math.floor(r.x / CELL); i <= Math.floor((r.x + r.width) / CELL); i++)
      for (let j = Math.floor(r.y / CELL); j <= Math.floor((r.y + r.height) / CELL); j++) for (const t of this.cells.get(this.key(i, j)) ?? []) out.add(t);
    return out;
  }
}


/** Does the axis-aligned segment touch the rectangle? */
function segHits(s: Seg, r: Rect): boolean {
  const l = Math.min(s.a.x, s.b.x);
  const rr = Math.max(s.a.x, s.b.x);
  const t = Math.min(s.a.y, s.b.y);
  const bt = Math.max(s.a.y, s.b.y);
  return l <= r.x + r.width && rr >= r.x && t <= r.y + r.height && bt >= r.y;
}

const segRect = (s: Seg): Rect => ({
  x: Math.min(s.a.x, s.b.x),
  y: Math.min(s.a.y, s.b.y),
  width: Math.abs(s.a.x - s.b.x),
  height: Math.abs(s.a.y - s.b.y),
});

/** Candidate places beside the segments of one arrow, best first (longer segments, nearer their middle). */
function candidates(pts: readonly Point[], w: number, h: number): { rect: Rect; rank: number }[] {
  const out: { rect: Rect; rank: number }[] = [];
  const fractions = [0.5, 0.35, 0.65, 0.2, 0.8, 0.05, 0.95];
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[i + 1]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len < 4) continue;
    const vertical = Math.abs(a.x - b.x) < 0.5;
    fractions.forEach((f, k) => {
      const rank = k * 6 - Math.min(len, 200) / 10;
      const px = a.x + (b.x - a.x) * f;
      const py = a.y + (b.y - a.y) * f;
      if (vertical) {
        out.push({ rect: { x: px + OFFSET, y: py - h / 2, width: w, height: h }, rank });
        out.push({ rect: { x: px - OFFSET - w, y: py - h / 2, width: w, height: h }, rank: rank + 2 });
      } else {
        out.push({ rect: { x: px - w / 2, y: py - OFFSET - h, width: w, height: h }, rank });
        out.push({ rect: { x: px - w / 2, y: py + OFFSET, width: w, height: h }, rank: rank + 1 });
      }
    });
  }
  return out;
}

export function placeLabels(input: LabelInput): PlacedLabels {
  const { requests, polylines, steps, lanes, body, reserved } = input;
  const shapes = requests.map(() => 0);
  if (!requests.some((r) => r)) return { labels: requests.map(() => null), shapes, failed: [] };
  const boxes = new Grid<Rect>();
  for (const s of steps) boxes.add(s, s);
  for (const l of lanes) boxes.add(l.header, l.header);
  const segs = new Grid<Seg>();
  polylines.forEach((pts, link) => {
    for (let i = 0; i + 1 < pts.length; i++) {
      const s = { link, a: pts[i]!, b: pts[i + 1]! };
      segs.add(segRect(s), s);
    }
  });
  const labels: (Rect | null)[] = requests.map(() => null);
  const placed = new Grid<Rect>();
  for (const [i, { rect, shape }] of reserved) {
    labels[i] = rect;
    shapes[i] = shape;
    placed.add(rect, rect);
  }
  const failed: number[] = [];
  requests.forEach((req, i) => {
    if (!req || labels[i]) return;
    let best: Rect | null = null;
    let bestShape = 0;
    let bestCost = Infinity;
    req.shapes.forEach((shape, k) => {
    for (const { rect, rank } of candidates(polylines[i] ?? [], shape.width, shape.height)) {
      if (rect.x < body.x || rect.y < body.y + MARGIN || rect.x + rect.width > body.x + body.width || rect.y + rect.height > body.y + body.height - MARGIN) continue;
      let free = true;
      for (const b of boxes.near(rect))
        if (overlaps(rect, b, MARGIN)) {
          free = false;
          break;
        }
      if (!free) continue;
      for (const p of placed.near(rect))
        if (overlaps(rect, p, MARGIN)) {
          free = false;
          break;
        }
      if (!free) continue;
      let crossings = 0;
      for (const s of segs.near(rect)) if (segHits(s, rect)) crossings += s.link === i ? 3 : 1;
      const cost = rank + crossings * 40 + k * FLATTER;
      if (cost < bestCost) {
        bestCost = cost;
        best = rect;
        bestShape = k;
      }
    }
    });
    if (best) {
      labels[i] = best;
      shapes[i] = bestShape;
      placed.add(best, best);
    } else failed.push(i);
  });
  return { labels, shapes, failed };
}
