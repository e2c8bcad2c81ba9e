import { describe, expect, it } from 'vitest';
import { withoutWorkshopNotes } from '../../../src/io/export/privacy';
import { writeDiagramText } from '../../../src/io/writeDiagram';
import type { Diagram } from '../../../src/model/types';
import { defaultDiagram } from './helpers';

const base = defaultDiagram();
const comments = [{ text: 'Kuka vastaa?', author: 'Maija Meikäläinen', at: '2024-03-01' }];

/** The default diagram with workshop data on its first step and phase, and a document-level workshop record. */
function withNotes(): Diagram {
  const [s0, ...steps] = base.steps;
  const [p0, ...phases] = base.phases;
  return {
    ...base,
    workshop: { facilitator: 'Niina', date: '2024-03-01' },
    steps: [{ ...s0!, notes: 'muistiinpano', comments, votes: 3, 'x-keep': 1 }, ...steps],
    phases: [{ ...p0!, notes: 'vaiheen muistiinpano', comments }, ...phases],
  };
}

describe('withoutWorkshopNotes', () => {
  it('removes notes, comments and votes from steps and phases, and the workshop record', () => {
    const d = withNotes();
    const out = withoutWorkshopNotes(d);
    const text = writeDiagramText(out);
    for (const word of ['muistiinpano', 'Maija', 'Kuka vastaa', '"votes"', '"workshop"', 'facilitator']) expect(text).not.toContain(word);
    expect(out.steps[0]).not.toHaveProperty('notes');
    expect(out.steps[0]).not.toHaveProperty('comments');
    expect(out.steps[0]).not.toHaveProperty('votes');
    expect(out.phases[0]).not.toHaveProperty('notes');
    expect(out).not.toHaveProperty('workshop');
  });

  it('keeps everything else, in order, and leaves the input as it was', () => {
    const d = withNotes();
    const before = JSON.stringify(d);
    const out = withoutWorkshopNotes(d);
    expect(JSON.stringify(d)).toBe(before);
    expect(Object.keys(out.steps[0]!)).toEqual([...Object.keys(base.steps[0]!), 'x-keep']);
    expect(writeDiagramText({ ...out, steps: [base.steps[0]!, ...out.steps.slice(1)] })).toBe(writeDiagramText(base));
    // untouched items stay the same objects
    expect(out.steps[1]).toBe(d.steps[1]);
    expect(out.lanes).toBe(d.lanes);
  });

  it('returns the same object when there is nothing to remove', () => {
    expect(withoutWorkshopNotes(base)).toBe(base);
    const onlyDocument = { ...base, workshop: {} };
    const out = withoutWorkshopNotes(onlyDocument);
    expect(out).not.toBe(onlyDocument);
    expect(out.steps).toBe(base.steps);
  });
});
