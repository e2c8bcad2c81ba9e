/** The screen (and present mode, which shares BackdropContent) draws each step's true period from the scene, as the SVG export does. */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadDefaultDiagram } from '../../src/app/defaultDiagram';
import { buildSvg } from '../../src/io/export/svg';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import { BackdropContent } from '../../src/ui/canvas/Backdrop';

describe('period marks on screen', () => {
  it('draws one mark per step with data-period and data-step, the same marks the SVG export writes', () => {
    const d = loadDefaultDiagram();
    const g = layoutDiagram(d);
    const { container } = render(
      <svg>
        <BackdropContent geometry={g} />
      </svg>,
    );
    const marks = [...container.querySelectorAll('[data-period]')];
    expect(marks.length).toBe(g.steps.length);
    const onScreen = marks.map((m) => `${m.getAttribute('data-step')}=${m.getAttribute('data-period')}`).sort();
    const expected = g.steps.map((s) => `${s.id}=${s.period.start}/${s.period.end}`).sort();
    expect(onScreen).toEqual(expected);
    const svg = buildSvg(d, { background: 'white', embed: null }, g).svg;
    const inSvg = [...svg.matchAll(/data-period="([^"]+)" data-step="([^"]+)"/g)].map((m) => `${m[2]}=${m[1]}`).sort();
    expect(inSvg).toEqual(onScreen);
    // a bar's rect at the period's x, as wide as the period
    for (const s of g.steps.filter((x) => x.period.kind === 'bar')) {
      const rect = container.querySelector(`rect[data-step="${s.id}"]`)!;
      expect(Number(rect.getAttribute('x'))).toBeCloseTo(s.period.x, 6);
      expect(Number(rect.getAttribute('width'))).toBeCloseTo(s.period.x2 - s.period.x, 6);
    }
  });
});
