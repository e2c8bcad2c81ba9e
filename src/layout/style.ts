/** The diagram's typographic and spatial scale, in diagram px (zoom 1). */
export const FONT_FAMILY = 'Arimo, "Liberation Sans", Arial, Helvetica, sans-serif';
/** Arimo / Liberation Sans vertical metrics, in em. */
export const ASCENT = 1854 / 2048;
export const DESCENT = 434 / 2048;

export const STYLE = {
  margin: 20,
  laneHeaderWidth: 184,
  headerGap: 14,
  /** between the title block and the phase headers */
  titleGap: 10,
  /** the width of the time axis, whatever its span (a 3-week path is as wide as a 10-year one) */
  axisTargetWidth: 1480,
  title: { size: 30, lineHeight: 36, weight: 'bold' as const },
  subtitle: { size: 17, lineHeight: 22, weight: 'regular' as const },
  phaseTitle: { size: 15, lineHeight: 19, weight: 'bold' as const },
  phaseDates: { size: 13, lineHeight: 17, weight: 'regular' as const },
  phaseHeaderPad: 6,
  /** the height of one row of the axis (one to three rows: days, weeks, months, quarters, years) */
  axisRowHeight: 20,
  /** labels of the axis's lower rows */
  axisMonth: { size: 12, lineHeight: 14, weight: 'regular' as const },
  /** labels of the axis's top row */
  axisYear: { size: 13, lineHeight: 15, weight: 'bold' as const },
  laneTitle: { size: 15, lineHeight: 19, weight: 'bold' as const },
  lanePadY: 5,
  laneHeaderPad: 12,
  laneMinHeight: 72,
  rowGap: 4,
  /** the room under each box for its period mark (scene/periodMarks.ts): gap, mark, gap */
  periodGap: 2,
  periodBar: 4,
  periodDiamond: 9,
  step: { size: 15, lineHeight: 17, weight: 'regular' as const },
  stepPadX: 9,
  stepPadY: 5,
  stepMinHeight: 32,
  stepMinWidth: 64,
  stepDefaultWidth: 164,
  stepGap: 8,
  linkLabel: { size: 13, lineHeight: 15, weight: 'regular' as const },
  depthGap: 10,
  depthHeight: 44,
  depthTip: 28,
  depthLevel: { size: 14, lineHeight: 17, weight: 'bold' as const },
  depthTitle: { size: 14, lineHeight: 18, weight: 'bold' as const },
  legendGap: 10,
  legendSwatch: 16,
  legendText: { size: 13, lineHeight: 16, weight: 'regular' as const },
  source: { size: 13, lineHeight: 17, weight: 'regular' as const },
  colors: {
    ink: '#1b1f24',
    muted: '#4a5561',
    grid: '#c9d1da',
    laneBand: '#ffffff',
    laneBandAlt: '#f6f8fa',
    defaultLane: '#3b5a78',
    defaultPhase: '#eef2f6',
    defaultStep: '#ffffff',
    defaultLegend: '#f2b33d',
    link: '#3d4a57',
    depthLight: '#dbe8f4',
    depthDark: '#17456e',
  },
};

/** Baseline of the first line when a block of `lineHeight` lines starts at `top`. */
export function firstBaseline(top: number, size: number, lineHeight: number): number {
  return top + (lineHeight - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
}
