/** Phase columns: a header strip with titles and dates, and a band down through the lanes. */
import type { Phase } from '../model/types';
import type { Frame } from './axis';
import { textColorOn } from './color';
import { periodLabel } from './contentText';
import type { PhaseGeometry } from './geometry';
import { STYLE as S } from './style';
import { blockHeight, placeBlock, wrap } from './textBlock';
import { endTimeExclusive, startTime } from './time';

export type PhaseHeader = {
  readonly phase: Phase;
  readonly x: number;
  readonly width: number;
  readonly titleLines: readonly string[];
  readonly dateLines: readonly string[];
};

export function measurePhases(phases: readonly Phase[], f: Frame): { headers: PhaseHeader[]; height: number } {
  const headers = phases.map((p) => {
    const x = f.scale(new Date(startTime(p.start)));
    const x2 = p.end === undefined ? f.x1 : f.scale(new Date(endTimeExclusive(p.end)));
    const textWidth = Math.max(24, x2 - x - 2 * S.phaseHeaderPad);
    return {
      phase: p,
      x,
      width: x2 - x,
      titleLines: wrap(p.title, textWidth, S.phaseTitle, f.lang),
      dateLines: wrap(periodLabel(f.lang, p.start, p.end), textWidth, S.phaseDates, f.lang),
    };
  });
  const tallest = Math.max(
    0,
    ...headers.map((h) => blockHeight(h.titleLines.length, S.phaseTitle) + blockHeight(h.dateLines.length, S.phaseDates)),
  );
  return { headers, height: headers.length ? tallest + 2 * S.phaseHeaderPad + 2 : 0 };
}

/** The colour under x: the last phase drawn there (phases are drawn in file order), or the page. */
export function phaseColorAt(headers: readonly PhaseHeader[], x: number): string {
  let bg = '#ffffff';
  for (const h of headers) if (x >= h.x && x < h.x + h.width) bg = h.phase.color ?? S.colors.defaultPhase;
  return bg;
}

export function placePhases(headers: readonly PhaseHeader[], top: number, headerHeight: number, bottom: number): PhaseGeometry[] {
  return headers.map((p) => {
    const color = p.phase.color ?? S.colors.defaultPhase;
    const ink = textColorOn(color);
    const titleTop = top + S.phaseHeaderPad;
    const dateTop = titleTop + blockHeight(p.titleLines.length, S.phaseTitle);
    return {
      id: p.phase.id,
      x: p.x,
      y: top,
      width: p.width,
      height: bottom - top,
      color,
      openEnded: p.phase.end === undefined,
      header: { x: p.x, y: top, width: p.width, height: headerHeight },
      label: placeBlock(p.titleLines, p.x + S.phaseHeaderPad, titleTop, S.phaseTitle, { color: ink }),
      dates: placeBlock(p.dateLines, p.x + S.phaseHeaderPad, dateTop, S.phaseDates, { color: ink }),
    };
  });
}
