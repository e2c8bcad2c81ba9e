/**
 * The room's marks as the scene draws them (where they go: layout/workshopMarks.ts): a step's vote dots
 * (and the number past ten), comment badges on steps and phases. Present mode draws them on every step
 * and phase; the export draws them when the person asks for workshop notes (io/export/privacy.ts).
 */
import type { Geometry, Rect } from '../layout/geometry';
import { MARKS, phaseBadgeOf, stepMarksOf, type Badge } from '../layout/workshopMarks';
import type { Diagram } from '../model/types';
import { part, type Primitive } from './primitives';

/** A comment count in its badge (a speech bubble on a step). */
export function badgeScene(b: Badge): Primitive[] {
  const B = MARKS.badge;
  return [
    { kind: 'rect', x: b.x, y: b.y, width: b.width, height: b.height, rx: b.rx, fill: B.fill, ...(b.tail ? { stroke: B.stroke, strokeWidth: B.strokeWidth } : {}) },
    ...(b.tail ? [{ kind: 'path', d: b.tail, fill: B.fill } as const] : []),
    { kind: 'label', text: b.text, x: b.textX, y: b.textY, size: B.size, weight: 'bold', anchor: 'middle', color: B.color },
  ];
}

/** A step's vote dots (and the number past ten). */
export function voteScene(s: Rect, votes: number): Primitive[] {
  const m = stepMarksOf(s, votes, 0);
  const D = MARKS.dot;
  return [
    ...m.dots.map((d): Primitive => ({ kind: 'circle', cx: d.cx, cy: d.cy, r: D.r, fill: D.fill, stroke: D.stroke, strokeWidth: D.strokeWidth })),
    ...(m.count ? [{ kind: 'label', text: m.count.text, x: m.count.x, y: m.count.y, size: MARKS.count.size, weight: 'bold', color: MARKS.count.color } as const] : []),
  ];
}

/** A step's comment badge, or nothing. */
export function stepCommentScene(s: Rect, comments: number): Primitive[] {
  const badge = stepMarksOf(s, 0, comments).badge;
  return badge ? badgeScene(badge) : [];
}

/** A phase's comment badge, or nothing. */
export function phaseCommentScene(header: Rect, comments: number): Primitive[] {
  const badge = phaseBadgeOf(header, comments);
  return badge ? badgeScene(badge) : [];
}

/** Every mark of the room on the diagram, as one part (nothing when there are none). */
export function workshopMarksScene(d: Diagram, g: Geometry): Primitive[] {
  const phases = new Map(d.phases.map((p) => [p.id, p]));
  const steps = new Map(d.steps.map((s) => [s.id, s]));
  return part('workshop-marks', [
    ...g.phases.flatMap((p) => phaseCommentScene(p.header, phases.get(p.id)?.comments?.length ?? 0)),
    ...g.steps.flatMap((s) => {
      const step = steps.get(s.id);
      return [...voteScene(s, step?.votes ?? 0), ...stepCommentScene(s, step?.comments?.length ?? 0)];
    }),
  ]);
}
