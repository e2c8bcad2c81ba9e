/** A step as the scene draws it: its box and the lines the layout broke. */
import type { StepGeometry } from '../layout/geometry';
import { STEP_BORDER, STEP_RADIUS } from './drawing';
import type { Primitive, RectPrimitive } from './primitives';

/** The step's box: its border drawn inside it (the stroke's outer edge on the box's edge, its outer corners STEP_RADIUS round). */
export function stepBoxShape(s: StepGeometry): RectPrimitive {
  const half = STEP_BORDER / 2;
  return {
    kind: 'rect',
    x: s.x + half,
    y: s.y + half,
    width: s.width - STEP_BORDER,
    height: s.height - STEP_BORDER,
    rx: STEP_RADIUS - half,
    fill: s.fill,
    stroke: s.border,
    strokeWidth: STEP_BORDER,
  };
}

/** The step's box and its title. */
export function stepShapes(s: StepGeometry): Primitive[] {
  return [stepBoxShape(s), { kind: 'text', block: s.label }];
}

/** The step as one group named by the step (data-step). */
export function stepScene(s: StepGeometry): Primitive {
  return { kind: 'group', data: { 'data-step': s.id }, items: stepShapes(s) };
}
