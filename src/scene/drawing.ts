/**
 * Every drawing constant of the scene, in one place: the screen (StepNode,
 * RouteEdge and the backdrop draw the scene's shapes), present mode and
 * every export draw with these and no others.
 */

/** A step box's border (drawn inside the box) and its outer corner radius. */
export const STEP_BORDER = 1.5;
export const STEP_RADIUS = 6;
/** An arrow's line. */
export const LINK_WIDTH = 1.75;
/**
 * An arrow still being routed in the background (LinkGeometry.pending): its plain elbow drawn faint. (Not
 * dashed: a large edit leaves thousands pending, and a canvas strokes dashes many times slower.)
 */
export const PENDING_OPACITY = 0.35;
/** React Flow's ArrowClosed marker: 18 × 18 stroke widths for a viewBox of 20 units, so one unit is this many px. */
export const HEAD_UNIT = (18 * LINK_WIDTH) / 20;
/** React Flow's ArrowClosed polyline, in marker units, tip at (0, 0) pointing along +x. */
export const HEAD_SHAPE = [
  [-5, -4],
  [0, 0],
  [-5, 4],
] as const;
/** An arrow label's background: white at 92 %, 3 px either side of its widest line, radius 3. */
export const LABEL_PAD_X = 3;
export const LABEL_RADIUS = 3;
export const LABEL_FILL = '#ffffff';
export const LABEL_FILL_OPACITY = 0.92;
/** A lane title's block: inset 3 px from the lane's top and bottom, radius 6. */
export const LANE_HEADER_INSET = 3;
export const LANE_HEADER_RADIUS = 6;
/** The page under the diagram on screen: its shadow and corner radius. */
export const PAGE_RADIUS = 6;
/** Present mode: the white veil's opacity over a phase not yet revealed, and over a depth level not lit. */
export const PHASE_VEIL = 0.8;
export const LEVEL_VEIL = 0.75;
/** Present mode: the frame around the stop (a phase or a step) and the lit depth level. */
export const STOP_COLOR = '#c2410c';
export const STOP_WIDTH = 4;
/** The stop step's frame stands this far outside its box; the stop phase's this far inside its column. */
export const STEP_FRAME_GAP = 5;
export const PHASE_FRAME_INSET = 2;
