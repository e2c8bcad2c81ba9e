/** Scene primitives drawn with Canvas 2D (src/scene/canvas2d.ts), against a context that records the calls. */
import { describe, expect, it } from 'vitest';
import { drawPrimitives } from '../../../src/scene/canvas2d';
import type { Primitive } from '../../../src/scene/primitives';
import { stepShapes } from '../../../src/scene/steps';
import { linkShapes } from '../../../src/scene/links';
import type { LinkGeometry, StepGeometry } from '../../../src/layout/geometry';
import { STEP_BORDER, STEP_RADIUS } from '../../../src/scene/drawing';

type Call = [string, ...unknown[]];
/** A 2D context that writes down what is drawn, with the paint at the time. */
function recorder() {
  const calls: Call[] = [];
  const state: Record<string, unknown> = { globalAlpha: 1 };
  const stack: Record<string, unknown>[] = [];
  const ctx = new Proxy(state, {
    get(target, key: string) {
      if (key in target) return target[key];
      return (...args: unknown[]) => {
        if (key === 'save') stack.push({ ...state });
        if (key === 'restore') Object.assign(state, stack.pop());
        if (key === 'fill' || key === 'stroke') calls.push([key, { fillStyle: state['fillStyle'], strokeStyle: state['strokeStyle'], alpha: state['globalAlpha'], lineWidth: state['lineWidth'], dash: state['dash'] }]);
        else if (key === 'setLineDash') state['dash'] = args[0];
        else if (key === 'fillText') calls.push([key, ...args, { font: state['font'], align: state['textAlign'], fill: state['fillStyle'] }]);
        else calls.push([key, ...args]);
      };
    },
    set(target, key: string, value) {
      target[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls, state };
}

const step: StepGeometry = {
  id: 's1', lane: 'l', row: 0, x: 100, y: 50, width: 120, height: 40, fill: '#ffffff', border: '#123456', textColor: '#111111', legendColor: null,
  label: { lines: ['Ensimmäinen', 'rivi'], x: 106, y: 66, size: 12, lineHeight: 15, weight: 'bold', anchor: 'start', color: '#111111' },
} as unknown as StepGeometry;

describe('drawPrimitives (Canvas 2D)', () => {
  it("draws a step's box with its border inside the box, filled then stroked, and each line of its title at its baseline", () => {
    const { ctx, calls } = recorder();
    drawPrimitives(ctx, stepShapes(step));
    const half = STEP_BORDER / 2;
    expect(calls.find((c) => c[0] === 'roundRect')).toEqual(['roundRect', 100 + half, 50 + half, 120 - STEP_BORDER, 40 - STEP_BORDER, STEP_RADIUS - half]);
    const paint = calls.filter((c) => c[0] === 'fill' || c[0] === 'stroke');
    expect(paint.map((c) => c[0])).toEqual(['fill', 'stroke']);
    expect(paint[0]![1]).toMatchObject({ fillStyle: '#ffffff', alpha: 1 });
    expect(paint[1]![1]).toMatchObject({ strokeStyle: '#123456', lineWidth: STEP_BORDER });
    const text = calls.filter((c) => c[0] === 'fillText');
    expect(text.map((c) => c.slice(1, 4))).toEqual([
      ['Ensimmäinen', 106, 66],
      ['rivi', 106, 81],
    ]);
    expect(text[0]![4]).toMatchObject({ align: 'left', fill: '#111111' });
    expect(String((text[0]![4] as { font: string }).font)).toMatch(/^700 12px Arimo/);
  });

  it('leaves the words out when asked (too small to read)', () => {
    const { ctx, calls } = recorder();
    drawPrimitives(ctx, stepShapes(step), false);
    expect(calls.some((c) => c[0] === 'fillText')).toBe(false);
    expect(calls.some((c) => c[0] === 'roundRect')).toBe(true);
  });

  it("draws an arrow's route as a path, unfilled, and its head as a closed polygon", () => {
    const link = { id: 'a', from: 's1', to: 's2', path: 'M 0 0 L 10 0', start: { x: 0, y: 0 }, end: { x: 10, y: 0 }, endAngle: 0, label: null, color: '#334455' } as LinkGeometry;
    const { ctx, calls } = recorder();
    const path2d: string[] = [];
    (globalThis as { Path2D?: unknown }).Path2D = class {
      constructor(d: string) {
        path2d.push(d);
      }
    };
    drawPrimitives(ctx, linkShapes(link));
    expect(path2d).toEqual(['M 0 0 L 10 0']);
    const paint = calls.filter((c) => c[0] === 'fill' || c[0] === 'stroke').map((c) => c[0]);
    // route: stroke only; head: fill and stroke
    expect(paint).toEqual(['stroke', 'fill', 'stroke']);
    expect(calls.filter((c) => c[0] === 'lineTo')).toHaveLength(2);
    expect(calls.some((c) => c[0] === 'closePath')).toBe(true);
  });

  it('fill opacity and opacity multiply for the fill; a dash pattern is set for the stroke and cleared after', () => {
    const shapes: Primitive[] = [
      { kind: 'rect', x: 0, y: 0, width: 10, height: 10, fill: '#ff0000', fillOpacity: 0.5, opacity: 0.5, stroke: '#000000', strokeWidth: 1, strokeDasharray: '4 2' },
      { kind: 'line', x1: 0, y1: 0, x2: 5, y2: 5, stroke: '#000000', strokeWidth: 2 },
    ];
    const { ctx, calls } = recorder();
    drawPrimitives(ctx, shapes);
    const paint = calls.filter((c) => c[0] === 'fill' || c[0] === 'stroke').map((c) => c[1] as { alpha: number; dash: number[] });
    expect(paint[0]!.alpha).toBeCloseTo(0.25);
    expect(paint[1]).toMatchObject({ alpha: 0.5, dash: [4, 2] });
    expect(paint[2]).toMatchObject({ alpha: 1, dash: [] });
  });
});
