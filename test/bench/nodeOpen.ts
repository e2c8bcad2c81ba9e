/**
 * Open + validate + layout in Node, as the first open in a fresh process, then the layout again after
 * one edit of each kind (what the screen lays out after a keystroke): `node scripts/bench-node.mjs FILE`
 * prints {read, layout, total, steps, edit: {colour, title, move}} in ms.
 */
import { readFileSync } from 'node:fs';
import { readDiagramText } from '../../src/io/readDiagram';
import { layoutDiagram } from '../../src/layout/layoutDiagram';
import type { Diagram, Step } from '../../src/model/types';

/** The next month of a `YYYY-MM` or `YYYY-MM-DD` date (the day kept, at most 28). */
function nextMonth(date: string): string {
  const [y, m, day] = date.split('-').map(Number) as [number, number, number | undefined];
  const ym = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return day === undefined ? ym : `${ym}-${String(Math.min(day, 28)).padStart(2, '0')}`;
}

/** The layout time after `edit` of the step in the middle of the diagram (laid out once before). */
function afterEdit(d: Diagram, edit: (s: Step) => Step): { diagram: Diagram; ms: number } {
  const at = Math.floor(d.steps.length / 2);
  const diagram = { ...d, steps: d.steps.map((s, i) => (i === at ? edit(s) : s)) };
  const t = performance.now();
  layoutDiagram(diagram);
  return { diagram, ms: performance.now() - t };
}

export function measureOpen(file: string) {
  const text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const result = readDiagramText(text);
  const t1 = performance.now();
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems.slice(0, 3))}`);
  const g = layoutDiagram(result.diagram);
  const t2 = performance.now();
  // one edit after another, as a person makes them: each laid out after the one before
  const colour = afterEdit(result.diagram, (s) => ({ ...s, color: s.color === '#f2b33d' ? '#7fb2e5' : '#f2b33d' }));
  // one letter of the title changed (the box keeps its size)
  const title = afterEdit(colour.diagram, (s) => ({ ...s, title: `${s.title.slice(0, -1)}${s.title.endsWith('a') ? 'e' : 'a'}` }));
  const move = afterEdit(title.diagram, (s) => ({ ...s, start: nextMonth(s.start), ...(s.end ? { end: nextMonth(s.end) } : {}) }));
  return { read: t1 - t0, layout: t2 - t1, total: t2 - t0, steps: g.steps.length, edit: { colour: colour.ms, title: title.ms, move: move.ms } };
}
