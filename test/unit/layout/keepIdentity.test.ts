/**
 * Identity for what did not change (issue 12, Deliver 2): a new layout hands back the previous layout's
 * objects for every step, arrow, lane and part that came out the same, and the screen's React Flow nodes
 * and edges follow, so memoised components and React Flow skip what an edit did not touch.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../../src/io/readDiagram';
import { geometryOf } from '../../../src/layout/cache';
import { keepIdentity } from '../../../src/layout/keepIdentity';
import { sameJson } from '../../../src/model/sameJson';
import { layoutDiagram } from '../../../src/layout/layoutDiagram';
import type { Diagram } from '../../../src/model/types';
import { toFlow } from '../../../src/ui/canvas/toFlow';

const read = (path: string): Diagram => {
  const r = readDiagramText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`${path} refused`);
  return r.diagram;
};
const labels = { step: (p: { title: string }) => p.title, link: (p: { from: string; to: string }) => `${p.from} → ${p.to}` };

describe('a layout keeps the identity of what did not change', () => {
  const before = read('fixtures/templates/keski-suomi-yhteistyomalli.json');
  const lastLane = before.lanes.at(-1)!.id;
  const edited = before.steps.find((s) => s.lane === lastLane)!;
  const after: Diagram = { ...before, steps: before.steps.map((s) => (s.id === edited.id ? { ...s, title: `${s.title}, uusi` } : s)) };

  it('gives back the same objects for the steps, lanes and arrows an edit in the last lane did not touch', () => {
    const a = geometryOf(before);
    const b = geometryOf(after);
    expect(b).not.toBe(a);
    const old = new Map(a.steps.map((s) => [s.id, s]));
    const untouched = b.steps.filter((s) => s.lane !== lastLane);
    expect(untouched.length).toBeGreaterThan(20);
    for (const s of untouched) expect(s, s.id).toBe(old.get(s.id));
    expect(b.steps.find((s) => s.id === edited.id)).not.toBe(old.get(edited.id));
    for (const [i, lane] of b.lanes.slice(0, -1).entries()) expect(lane).toBe(a.lanes[i]);
    expect(b.axis).toBe(a.axis);
    expect(b.phases).toBe(a.phases);
    const inLast = new Set(before.steps.filter((s) => s.lane === lastLane).map((s) => s.id));
    const far = b.links.filter((l) => !inLast.has(l.from) && !inLast.has(l.to));
    expect(far.length).toBeGreaterThan(5);
    const oldLinks = new Map(a.links.map((l) => [l.id, l]));
    expect(far.filter((l) => l === oldLinks.get(l.id)).length).toBeGreaterThanOrEqual(far.length - 2);
  });

  it('gives back the previous layout itself when a new one comes out the same', () => {
    const a = layoutDiagram(before);
    const b = layoutDiagram(structuredClone(before));
    expect(b).not.toBe(a);
    expect(keepIdentity(a, b)).toBe(a);
    expect(sameJson({ x: [1, { y: 'a' }] }, { x: [1, { y: 'a' }] })).toBe(true);
    expect(sameJson({ x: [1, { y: 'a' }] }, { x: [1, { y: 'b' }] })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
  });

  it('hands React Flow the same node and edge objects for what did not change, and a new node for a new selection', () => {
    const a = geometryOf(before);
    const b = geometryOf(after);
    const f1 = toFlow(before, a, labels);
    const f2 = toFlow(after, b, labels);
    const n1 = new Map(f1.nodes.map((n) => [n.id, n]));
    // a node is the same object exactly when its step's geometry is
    const oldGeometry = new Map(a.steps.map((s) => [s.id, s]));
    for (const n of f2.nodes) expect(n === n1.get(n.id), n.id).toBe(n.data.geometry === oldGeometry.get(n.id));
    expect(f2.nodes.filter((n) => n === n1.get(n.id)).length).toBeGreaterThanOrEqual(b.steps.filter((s) => s.lane !== lastLane).length);
    const first = b.steps[0]!.id;
    const f3 = toFlow(after, b, labels, new Set([first]));
    expect(f3.nodes.find((n) => n.id === first)).not.toBe(f2.nodes.find((n) => n.id === first));
    expect(f3.nodes.filter((n, i) => n === f2.nodes[i]).length).toBe(f2.nodes.length - 1);
    expect(f3.edges.every((e, i) => e === f2.edges[i])).toBe(true);
  });

  it('names again only the steps and arrows whose words changed: an edit does not say 10,000 names anew', () => {
    const said: string[] = [];
    const counting = {
      step: (p: { title: string; lane: string; period: string }) => (said.push(p.title), `${p.title} (${p.lane}, ${p.period})`),
      link: (p: { from: string; to: string }) => (said.push(`${p.from} → ${p.to}`), `${p.from} → ${p.to}`),
    };
    const a = geometryOf(before);
    const b = geometryOf(after);
    const f1 = toFlow(before, a, counting);
    expect(said.length).toBe(before.steps.length + a.links.length);
    said.length = 0;
    const f2 = toFlow(after, b, counting);
    // the edited step, and the arrows to and from it (their names hold its title)
    const touching = after.links.filter((l) => l.from === edited.id || l.to === edited.id).length;
    expect(said.filter((w) => w.startsWith(edited.title)).length).toBeGreaterThanOrEqual(1);
    expect(said.length).toBeLessThanOrEqual(1 + touching);
    expect(f2.nodes.find((n) => n.id === edited.id)!.ariaLabel).toContain(`${edited.title}, uusi`);
    const kept = f2.nodes.find((n) => n.id === before.steps[0]!.id)!;
    expect(kept.ariaLabel).toBe(f1.nodes.find((n) => n.id === kept.id)!.ariaLabel);
    // a lane renamed: its steps are named again (the lane is in their names)
    said.length = 0;
    const renamed: Diagram = { ...after, lanes: after.lanes.map((l) => (l.id === lastLane ? { ...l, title: 'Uusi taso' } : l)) };
    const f3 = toFlow(renamed, geometryOf(renamed), counting);
    const inLast = renamed.steps.filter((s) => s.lane === lastLane);
    expect(said.length).toBeGreaterThanOrEqual(inLast.length);
    for (const s of inLast) expect(f3.nodes.find((n) => n.id === s.id)!.ariaLabel).toContain('Uusi taso');
    // other words (another language): every name again
    said.length = 0;
    toFlow(renamed, geometryOf(renamed), { ...counting });
    expect(said.length).toBe(renamed.steps.length + geometryOf(renamed).links.length);
  });
});
