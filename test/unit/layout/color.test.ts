import { describe, expect, it } from 'vitest';
import { contrast, MIN_CONTRAST, textColorOn } from '../../../src/layout/color';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { prng, randomDiagram } from '../../helpers/randomDiagram';

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;

describe('text colour', () => {
  it('keeps at least 4.5:1 on every box colour (a sweep and 20,000 random colours)', () => {
    const r = prng(7);
    const colours = [
      ...Array.from({ length: 4096 }, (_, i) => hex(((i >> 8) & 15) * 0x110000 + ((i >> 4) & 15) * 0x1100 + (i & 15) * 0x11)),
      ...Array.from({ length: 20000 }, () => hex(Math.floor(r() * 0x1000000))),
    ];
    for (const c of colours) expect(contrast(textColorOn(c), c), c).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('keeps the preferred colour only where it is legible', () => {
    expect(textColorOn('#ffffff', '#4a5561')).toBe('#4a5561');
    expect(textColorOn('#1b1f24', '#4a5561')).not.toBe('#4a5561');
  });

  it('gives every text of a laid-out diagram 4.5:1 on what lies under it, whatever colours the file has', () => {
    const r = prng(3);
    const d = randomDiagram(11, 40);
    const colourful = {
      ...d,
      lanes: d.lanes.map((l) => ({ ...l, color: hex(Math.floor(r() * 0x1000000)) })),
      phases: d.phases.map((p) => ({ ...p, color: hex(Math.floor(r() * 0x1000000)) })),
      steps: d.steps.map((s) => ({ ...s, color: hex(Math.floor(r() * 0x1000000)) })),
    };
    const g = layoutDiagram(colourful);
    for (const s of g.steps) expect(contrast(s.textColor, s.fill)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    for (const l of g.lanes) expect(contrast(l.label.color, l.color)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    for (const p of g.phases) expect(contrast(p.label.color, p.color)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    for (const lv of g.depth!.levels) expect(contrast(lv.label.color, lv.fill)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    for (const t of g.axis.ticks) {
      const under = g.phases.filter((p) => t.labelX >= p.x && t.labelX < p.x + p.width).at(-1)?.color ?? '#ffffff';
      expect(contrast(t.color, under)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });
});
