/**
 * The scene: what is drawn, as plain shapes that every output draws alike
 * (the screen and present mode through src/ui/canvas/Primitives.tsx, the SVG
 * export through src/io/export/svgPrimitives.ts). Diagram px; no DOM.
 *
 * `data` holds attributes that name what a shape shows, for tests and
 * tools that read the picture (data-period="2021-08-16/2021-09-05",
 * data-step="s1"); the keys are written as they are, with a `data-` prefix.
 */
export type Paint = {
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly opacity?: number;
};

export type DataAttributes = Readonly<Record<`data-${string}`, string>>;

export type RectPrimitive = Paint & {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rx?: number;
  readonly data?: DataAttributes;
};

export type PolygonPrimitive = Paint & {
  readonly kind: 'polygon';
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly data?: DataAttributes;
};

export type LinePrimitive = Paint & {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly data?: DataAttributes;
};

export type Primitive = RectPrimitive | PolygonPrimitive | LinePrimitive;
