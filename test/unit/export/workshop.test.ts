/** Workshop notes asked for in an export: the room's marks on the steps and the comments listed under the diagram. */
import { describe, expect, it } from 'vitest';
import { withoutWorkshopNotes } from '../../../src/io/export/privacy';
import { buildSvg } from '../../../src/io/export/svg';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import { layoutWorkshopAppendix } from '../../../src/layout/workshopAppendix';
import { MAX_DOTS } from '../../../src/layout/workshopMarks';
import type { Diagram } from '../../../src/model/types';
import { defaultDiagram } from './helpers';

const base = defaultDiagram();
const plain = { background: 'white', embed: null } as const;

/** Votes and comments on two steps and a phase; the first step's comment is hostile. */
function withRoom(): Diagram {
  const [s0, s1, ...steps] = base.steps;
  const [p0, ...phases] = base.phases;
  return {
    ...base,
    steps: [
      { ...s0!, votes: 3, comments: [{ text: '</text><script>alert(1)</script> & ]]>', author: 'Maija' }], notes: 'vain puhujalle' },
      { ...s1!, votes: 14 },
      ...steps,
    ],
    phases: [{ ...p0!, comments: [{ text: 'Kuka vastaa?' }, { text: 'Entä rahoitus?', author: 'Pekka' }] }, ...phases],
  };
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('an SVG with the workshop notes in it', () => {
  it('draws a dot per vote (up to ten, then the number) and each comment count, as present mode does', () => {
    const { svg } = buildSvg(withRoom(), plain);
    const marks = svg.slice(svg.indexOf('<g data-part="workshop-marks">'), svg.indexOf('</g>', svg.indexOf('data-part="workshop-marks"')));
    expect(count(marks, '<circle')).toBe(3 + MAX_DOTS);
    expect(marks).toContain('>14</text>');
    // the step's comment count and the phase's
    expect(marks).toMatch(/>1<\/text>/);
    expect(marks).toMatch(/>2<\/text>/);
  });

  it('lists the comments under the diagram, by phase and by votes, escaped, with the names; speaker notes stay out of the picture', () => {
    const d = withRoom();
    const { svg, height } = buildSvg(d, plain);
    const g = layoutDiagram(d);
    expect(height).toBeGreaterThan(g.height);
    const list = svg.slice(svg.indexOf('<g data-part="workshop-comments">'));
    expect(list).toContain('Työpajan kommentit ja äänet');
    expect(list).toContain('”Kuka vastaa?”');
    expect(list).toContain('”Entä rahoitus?” — Pekka');
    expect(list).toContain('14 ääntä');
    expect(list).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('vain puhujalle');
    // the step with 14 votes is listed before the one with 3
    expect(list.indexOf('14 ääntä')).toBeLessThan(list.indexOf('3 ääntä'));
    // the white page covers the list too
    expect(svg).toContain(`<rect x="0" y="0" width="${g.width}" height="${height}" fill="#ffffff"/>`);
  });

  it('keeps every step where the screen has it: the list only adds below', () => {
    const d = withRoom();
    const g = layoutDiagram(d);
    const appendix = layoutWorkshopAppendix(d, g)!;
    expect(appendix.y).toBeGreaterThanOrEqual(g.height - 32);
    for (const b of appendix.blocks) expect(b.y).toBeGreaterThan(g.height - 32);
    const steps = (svg: string) => svg.slice(svg.indexOf('<g data-part="steps">'), svg.indexOf('</g>', svg.indexOf('<g data-part="steps">')));
    expect(steps(buildSvg(d, plain).svg)).toBe(steps(buildSvg(withoutWorkshopNotes(d), plain).svg));
  });

  it('speaks the diagram’s language, and breaks long comments within the page', () => {
    const long = 'Pitkä kommentti, joka jatkuu ja jatkuu. '.repeat(40);
    const d: Diagram = { ...withRoom(), language: 'sv', phases: [{ ...base.phases[0]!, comments: [{ text: long }] }, ...base.phases.slice(1)] };
    const g = layoutDiagram(d);
    const appendix = layoutWorkshopAppendix(d, g)!;
    expect(appendix.blocks[0]!.lines).toEqual(['Workshoppens kommentarer och röster']);
    const comment = appendix.blocks.find((b) => b.lines[0]!.startsWith('”Pitkä'))!;
    expect(comment.lines.length).toBeGreaterThan(1);
    // its lines hang right of the dash, inside the page
    const dash = appendix.blocks[appendix.blocks.indexOf(comment) - 1]!;
    expect(dash.lines).toEqual(['–']);
    expect(comment.x).toBeGreaterThan(dash.x);
    expect(comment.y).toBe(dash.y);
    expect(buildSvg(d, plain).svg).toContain('14 röster');
  });

  it('changes nothing for a diagram without comments or votes, or when they are left out', () => {
    expect(layoutWorkshopAppendix(base, layoutDiagram(base))).toBe(null);
    const without = buildSvg(withoutWorkshopNotes(withRoom()), plain);
    expect(without.svg).not.toContain('workshop-');
    expect(without.height).toBe(layoutDiagram(base).height);
  });
});
