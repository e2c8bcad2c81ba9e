/**
 * The scene: what is drawn, as plain shapes that every output draws alike —
 * the screen and present mode through src/ui/canvas/Primitives.tsx, the SVG
 * export (and the PNG and PDF made from it) through
 * src/io/export/svgPrimitives.ts. Diagram px; no DOM. The scene's builders
 * (backdrop.ts, steps.ts, links.ts, periodMarks.ts, phaseTabs.ts,
 * workshopMarks.ts) turn the layout's Geometry into these; the drawing
 * constants they use are in ./drawing.ts, and nowhere else.
 *
 * `data` holds attributes that name what a shape shows, for tests and
 * tools that read the picture (data-period="2021-08-16/2021-09-05",
 * data-step="s1"); the keys are written as they are, with a `data-` prefix.
 * `className` is for the screen's style sheet only: the exported SVG has no
 * classes (every reader draws presentation attributes alike).
 */
import type { TextBlock } from '../layout/geometry';

export type Paint = {
  readonly fill?: string;
  readonly fillOpacity?: number;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly strokeDasharray?: string;
  readonly strokeLinejoin?: 'round' | 'miter' | 'bevel';
  readonly opacity?: number;
};

export type DataAttributes = Readonly<Record<`data-${string}`, string | number>>;

type Named = { readonly data?: DataAttributes; readonly className?: string };

export type RectPrimitive = Paint &
  Named & {
    readonly kind: 'rect';
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly rx?: number;
  };

export type PolygonPrimitive = Paint &
  Named & {
    readonly kind: 'polygon';
    readonly points: readonly { readonly x: number; readonly y: number }[];
  };

export type LinePrimitive = Paint &
  Named & {
    readonly kind: 'line';
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  };

export type PathPrimitive = Paint & Named & { readonly kind: 'path'; readonly d: string };

export type CirclePrimitive = Paint & Named & { readonly kind: 'circle'; readonly cx: number; readonly cy: number; readonly r: number };

/** A text block of the layout: one line drawn per line the layout broke (a <tspan> each), nothing re-wrapped. */
export type TextPrimitive = Named & {
  readonly kind: 'text';
  readonly block: TextBlock;
  /** where the lines start or centre instead of the block's own x and anchor */
  readonly at?: { readonly x: number; readonly anchor: TextBlock['anchor'] };
};

/** One short line of text at a baseline (an axis label, a count): a <text> without lines. */
export type LabelPrimitive = Named & {
  readonly kind: 'label';
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly weight?: 'regular' | 'bold';
  readonly anchor?: TextBlock['anchor'];
  readonly color: string;
};

/** Shapes drawn together; `part` names the part of the picture (data-part in the SVG). */
export type GroupPrimitive = Named & {
  readonly kind: 'group';
  readonly part?: string;
  readonly items: readonly Primitive[];
};

export type Primitive =
  | RectPrimitive
  | PolygonPrimitive
  | LinePrimitive
  | PathPrimitive
  | CirclePrimitive
  | TextPrimitive
  | LabelPrimitive
  | GroupPrimitive;

/** A group of `items` named `part`, or nothing when there are none (for lists of parts). */
export function part(name: string, items: readonly Primitive[], data?: DataAttributes): Primitive[] {
  return items.length > 0 ? [{ kind: 'group', part: name, items, ...(data ? { data } : {}) }] : [];
}
