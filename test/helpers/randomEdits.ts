/**
 * Random edits of a diagram, applied as the document store applies them (only the objects on the path to
 * the change are new): for property tests of what a layout takes over from the one before.
 */
import fc from 'fast-check';
import type { Diagram, Link, Step } from '../../src/model/types';

export type Edit =
  | { kind: 'retitle'; step: number; text: string }
  | { kind: 'sameLength'; step: number }
  | { kind: 'color'; step: number }
  | { kind: 'move'; step: number; to: number }
  | { kind: 'lane'; step: number; lane: number }
  | { kind: 'delete'; step: number }
  | { kind: 'link'; from: number; to: number; title: string | null }
  | { kind: 'unlink'; link: number };

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('retitle' as const), step: fc.nat(), text: fc.constantFrom('työpaja', 'järjestöjen kuuleminen ja palaute', 'x', 'Kumppanuuspöytätyöskentely hyvinvointialueella') }),
  fc.record({ kind: fc.constant('sameLength' as const), step: fc.nat() }),
  fc.record({ kind: fc.constant('color' as const), step: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), step: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('lane' as const), step: fc.nat(), lane: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), step: fc.nat() }),
  fc.record({ kind: fc.constant('link' as const), from: fc.nat(), to: fc.nat(), title: fc.option(fc.constantFrom('palaute', 'kommentit kootaan yhteen'), { nil: null }) }),
  fc.record({ kind: fc.constant('unlink' as const), link: fc.nat() }),
);

/** The edit applied as the document store does: only the objects on the path to the change are new. */
export function apply(d: Diagram, e: Edit): Diagram {
  const n = d.steps.length;
  if (n === 0) return d;
  const at = (i: number) => i % n;
  const withStep = (i: number, f: (s: Step) => Step) => ({ ...d, steps: d.steps.map((s, k) => (k === at(i) ? f(s) : s)) });
  switch (e.kind) {
    case 'retitle':
      return withStep(e.step, (s) => ({ ...s, title: e.text }));
    case 'sameLength':
      // one letter changed: the box usually keeps its size, so the arrows may be taken over
      return withStep(e.step, (s) => ({ ...s, title: s.title.endsWith('a') ? `${s.title.slice(0, -1)}e` : `${s.title.slice(0, -1)}a` }));
    case 'color':
      return withStep(e.step, (s) => ({ ...s, color: s.color === '#f2b33d' ? '#7fb2e5' : '#f2b33d' }));
    case 'move': {
      const other = d.steps[at(e.to)]!;
      return withStep(e.step, (s) => {
        const { end: _end, ...rest } = s;
        return { ...rest, start: other.start, ...(other.end ? { end: other.end } : {}) };
      });
    }
    case 'lane':
      return withStep(e.step, (s) => ({ ...s, lane: d.lanes[e.lane % d.lanes.length]!.id }));
    case 'delete': {
      const gone = d.steps[at(e.step)]!.id;
      return { ...d, steps: d.steps.filter((s) => s.id !== gone), links: d.links.filter((l) => l.from !== gone && l.to !== gone) };
    }
    case 'link': {
      const link: Link = { id: `x${d.links.length}-${e.from}-${e.to}`, from: d.steps[at(e.from)]!.id, to: d.steps[at(e.to)]!.id, ...(e.title ? { title: e.title } : {}) };
      if (d.links.some((l) => l.id === link.id)) return d;
      return { ...d, links: [...d.links, link] };
    }
    case 'unlink':
      return d.links.length === 0 ? d : { ...d, links: d.links.filter((_, k) => k !== e.link % d.links.length) };
  }
}
