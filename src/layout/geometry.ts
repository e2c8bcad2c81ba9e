/**
 * Geometry: everything the screen and every export draw, in diagram
 * coordinates (px at zoom 1). Produced by `layoutDiagram` from a Diagram;
 * plain data, no DOM.
 */

export type Rect = { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
export type Point = { readonly x: number; readonly y: number };

/** Text already broken into lines by the layout. `y` is the first line's baseline. */
export type TextBlock = {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly lineHeight: number;
  readonly weight: 'regular' | 'bold';
  readonly anchor: 'start' | 'middle' | 'end';
  readonly color: string;
};

export type LaneGeometry = Rect & {
  readonly id: string;
  readonly index: number;
  readonly color: string;
  /** the coloured title box at the left of the lane */
  readonly header: Rect;
  readonly label: TextBlock;
  readonly rows: number;
};

export type PhaseGeometry = Rect & {
  readonly id: string;
  readonly color: string;
  readonly openEnded: boolean;
  /** the header strip above the lanes, at the phase's true dates */
  readonly header: Rect;
  /**
   * Where the title and dates stand: within the header, or, for a phase too
   * short for them, a tab as wide as they need (in the phase's colour, on a
   * header row of its own so that it covers no neighbour's text).
   */
  readonly labelBox: Rect;
  readonly label: TextBlock;
  readonly dates: TextBlock;
};

/** A calendar unit the axis shows in a row. */
export type AxisUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One row of the axis: days, weeks, months, quarters or years. Row 0 is the top (coarsest) one. */
export type AxisRowGeometry = {
  readonly index: number;
  readonly kind: AxisUnit;
  readonly y: number;
  readonly height: number;
  /** where the row's labels sit */
  readonly baseline: number;
  readonly size: number;
  readonly weight: 'regular' | 'bold';
};

/**
 * One cell of an axis row (a day, a week, a month …), cut to the axis at
 * either end. Its boundary line is drawn at `x` across its own row (a week's
 * line never crosses a finer or coarser row's label), and, for the top row,
 * continues dashed from the axis's bottom down through the lanes. A label (may be '') lies within [x, x2], or, when only every
 * n-th cell is labelled (anchor 'start'), between x and the next labelled cell.
 */
export type TickGeometry = {
  readonly row: number;
  readonly kind: AxisUnit;
  readonly x: number;
  readonly x2: number;
  readonly label: string;
  readonly labelX: number;
  readonly anchor: 'start' | 'middle';
  /** legible on whatever phase colour lies under the label */
  readonly color: string;
};

/** A piece of the axis where time runs at one rate: the instants [t0, t1) (UTC ms) at [x0, x1]. */
export type AxisSegment = { readonly t0: number; readonly t1: number; readonly x0: number; readonly x1: number };

export type AxisGeometry = Rect & {
  readonly x0: number;
  readonly x1: number;
  /** the first and the last day the axis shows (`YYYY-MM-DD`, inclusive) */
  readonly start: string;
  readonly end: string;
  /** the first instant shown and the instant just after the last (UTC ms) */
  readonly startTime: number;
  readonly endTime: number;
  /**
   * the axis's scale, piece by piece, in time order: one segment in time mode;
   * by phase (`axis.mode: "phases"`) several, at different rates
   */
  readonly segments: readonly AxisSegment[];
  /** the x of each break: a boundary between segments where the rate changes (drawn `//` on the axis) */
  readonly breaks: readonly number[];
  /** the finest unit shown (the bottom row's): what dragging and the arrow keys move by */
  readonly unit: AxisUnit;
  readonly rows: readonly AxisRowGeometry[];
  /** every cell of every row, finest row first (the order they are drawn in) */
  readonly ticks: readonly TickGeometry[];
};

export type DepthLevelGeometry = Rect & {
  readonly index: number;
  /** 0 … 1: how deep participation is at this level (the first 0, the last 1) */
  readonly intensity: number;
  readonly fill: string;
  readonly label: TextBlock;
};

export type DepthGeometry = Rect & {
  readonly header: Rect;
  readonly title: TextBlock;
  readonly levels: readonly DepthLevelGeometry[];
  /** the arrow tip at the end of the band (a triangle in the last level's colour) */
  readonly tip: readonly Point[];
  readonly tipFill: string;
};

/**
 * A step's true period, drawn just under its box (scene/periodMarks.ts): a
 * bar from x to x2, or, for a one-day step, a milestone diamond centred at
 * (x + x2) / 2. x is the period's first instant, x2 the instant just after
 * its last day; start and end are its first and last day (`YYYY-MM-DD`,
 * inclusive); y is the mark's vertical centre.
 */
export type StepPeriod = {
  readonly kind: 'bar' | 'milestone';
  readonly x: number;
  readonly x2: number;
  readonly y: number;
  readonly start: string;
  readonly end: string;
};

export type StepGeometry = Rect & {
  readonly id: string;
  readonly lane: string;
  readonly row: number;
  readonly fill: string;
  readonly border: string;
  readonly textColor: string;
  readonly legendColor: string | null;
  readonly label: TextBlock;
  /** index in time order (start, then lane order, then id) — reading / tab order */
  readonly order: number;
  /** when the step really happens (the box may be wider than its period, for its title) */
  readonly period: StepPeriod;
};

export type LinkGeometry = {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** SVG path data from the source border to the target border */
  readonly path: string;
  readonly start: Point;
  readonly end: Point;
  /** direction of the path at its end, in radians (for the arrowhead) */
  readonly endAngle: number;
  readonly label: TextBlock | null;
  readonly color: string;
  /**
   * Only on the screen of a large diagram, for a moment after an edit: the arrow's place is being worked
   * out in the background (layout/provisional.ts) and this is a plain elbow between its boxes, drawn faint.
   */
  readonly pending?: true;
};

export type LegendGeometry = Rect & {
  readonly entries: readonly { readonly id: string; readonly swatch: Rect; readonly color: string; readonly label: TextBlock }[];
};

export type Geometry = {
  readonly width: number;
  readonly height: number;
  readonly title: TextBlock;
  readonly subtitle: TextBlock | null;
  readonly source: TextBlock | null;
  readonly axis: AxisGeometry;
  readonly lanes: readonly LaneGeometry[];
  readonly phases: readonly PhaseGeometry[];
  readonly depth: DepthGeometry | null;
  readonly steps: readonly StepGeometry[];
  readonly links: readonly LinkGeometry[];
  readonly legend: LegendGeometry | null;
  /** the area of lanes (for hit testing and backgrounds) */
  readonly body: Rect;
};
