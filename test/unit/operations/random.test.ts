/**
 * Property test: long random sequences of edits (a seeded PRNG, so a failure
 * can be replayed) keep the document readable by the real reader, keep ids
 * unique, never change their input, and a refused edit changes nothing.
 */
import { describe, expect, test } from 'vitest';
import * as ops from '../../../src/model/operations/index.ts';
import type { EditResult } from '../../../src/model/operations/index.ts';
import type { Diagram } from '../../../src/model/types.ts';
import { prng, randomDiagram } from '../../helpers/randomDiagram.ts';
import { accepted, allIds, deepFreeze, seed } from './helpers.ts';

type Pick = <T>(items: readonly T[]) => T;

const TITLES = ['Strategiatyö', 'Yhteistyö', 'Åland', 'Uusi', '🌱', 'Työpaja\nkaksi', '', 'x\u0001', 'y'.repeat(201)];
const DATES = ['2021-07', '2021-11', '2022-01-31', '2022-02', '2024-02-29', '2023-02-29', '2022-13', '9999-12'];
const COLORS = ['#2f6f9f', '#ABCDEF', 'red', undefined];

function randomEdit(diagram: Diagram, r: () => number, pick: Pick): { name: string; result: EditResult } {
  const stepId = () => (diagram.steps.length > 0 && r() < 0.95 ? pick(diagram.steps).id : 'nope');
  const laneId = () => (r() < 0.95 ? pick(diagram.lanes).id : 'nope');
  const linkId = () => (diagram.links.length > 0 ? pick(diagram.links).id : 'nope');
  const phaseId = () => (diagram.phases.length > 0 ? pick(diagram.phases).id : 'nope');
  const legendId = () => (diagram.legend.length > 0 ? pick(diagram.legend).id : 'nope');
  const months = () => Math.floor(r() * 49) - 24;
  const some = () => diagram.steps.filter(() => r() < 0.2).map((s) => s.id);
  const edits: [string, () => EditResult][] = [
    ['addStep', () => ops.addStep(diagram, { lane: laneId(), title: pick(TITLES), start: pick(DATES) })],
    ['addStep', () => ops.addStep(diagram, { lane: laneId(), title: pick(TITLES), start: '2022-01', end: pick(DATES) })],
    ['updateStep', () => ops.updateStep(diagram, stepId(), { title: pick(TITLES), color: pick(COLORS) ?? null })],
    ['updateStep', () => ops.updateStep(diagram, stepId(), { start: pick(DATES), end: r() < 0.5 ? null : pick(DATES) })],
    ['updateStep', () => ops.updateStep(diagram, stepId(), { lane: laneId(), legend: r() < 0.5 ? null : legendId() })],
    ['deleteStep', () => ops.deleteStep(diagram, stepId())],
    ['deleteSteps', () => ops.deleteSteps(diagram, some())],
    ['duplicateStep', () => ops.duplicateStep(diagram, stepId())],
    ['moveStep', () => ops.moveStep(diagram, stepId(), { months: months(), laneDelta: Math.floor(r() * 5) - 2 })],
    ['moveSteps', () => ops.moveSteps(diagram, some(), months(), Math.floor(r() * 5) - 2)],
    ['resizeStepEnd', () => ops.resizeStepEnd(diagram, stepId(), months())],
    ['addLink', () => ops.addLink(diagram, stepId(), stepId(), r() < 0.5 ? pick(TITLES) : undefined)],
    ['updateLink', () => ops.updateLink(diagram, linkId(), { title: pick(TITLES) })],
    ['deleteLink', () => ops.deleteLink(diagram, linkId())],
    ['reverseLink', () => ops.reverseLink(diagram, linkId())],
    ['addLane', () => ops.addLane(diagram, pick(TITLES), pick(COLORS), Math.floor(r() * 6))],
    ['updateLane', () => ops.updateLane(diagram, laneId(), { title: pick(TITLES) })],
    ['moveLane', () => ops.moveLane(diagram, laneId(), Math.floor(r() * 6))],
    ['deleteLane', () => ops.deleteLane(diagram, laneId())],
    ['addPhase', () => ops.addPhase(diagram, pick(TITLES), pick(DATES), r() < 0.5 ? pick(DATES) : undefined)],
    ['updatePhase', () => ops.updatePhase(diagram, phaseId(), { end: r() < 0.5 ? null : pick(DATES) })],
    ['deletePhase', () => ops.deletePhase(diagram, phaseId())],
    ['addLegendEntry', () => ops.addLegendEntry(diagram, pick(TITLES), pick(COLORS))],
    ['deleteLegendEntry', () => ops.deleteLegendEntry(diagram, legendId())],
    ['addDepthLevel', () => ops.addDepthLevel(diagram, pick(DATES), pick(TITLES))],
    ['updateDepthLevel', () => ops.updateDepthLevel(diagram, Math.floor(r() * 4), { at: pick(DATES) })],
    ['removeDepthLevel', () => ops.removeDepthLevel(diagram, Math.floor(r() * 4))],
    ['paste', () => ops.pasteClip(diagram, ops.copySteps(diagram, some()), { months: months() })],
    ['setTitle', () => ops.setTitle(diagram, pick(TITLES))],
    ['setAxis', () => ops.setAxis(diagram, pick(DATES), r() < 0.5 ? pick(DATES) : null)],
  ];
  const [name, run] = pick(edits);
  return { name, result: run() };
}

function run(start: Diagram, seedNumber: number, count: number) {
  const r = prng(seedNumber);
  const pick: Pick = (items) => items[Math.floor(r() * items.length)]!;
  let diagram = deepFreeze(start);
  const tally = { ok: 0, refused: 0 };
  for (let i = 0; i < count; i++) {
    const before = JSON.stringify(diagram);
    const { name, result } = randomEdit(diagram, r, pick);
    // the input never changes, whatever happened
    expect(JSON.stringify(diagram), `${name} (edit ${i}) changed its input`).toBe(before);
    if (result.ok) {
      const after = accepted(result);
      const ids = allIds(after);
      expect(new Set(ids).size, `${name} (edit ${i}) repeated an id`).toBe(ids.length);
      for (const id of result.created ?? []) expect(ids).toContain(id);
      diagram = deepFreeze(after);
      tally.ok++;
    } else {
      for (const problem of result.problems) expect(Array.isArray(problem.path)).toBe(true);
      tally.refused++;
    }
  }
  return tally;
}

describe('random edits', () => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('50 edits of the seed, PRNG seed %i', (n) => {
    const tally = run(seed(), n, 50);
    expect(tally.ok).toBeGreaterThan(10);
    expect(tally.refused).toBeGreaterThan(0);
  });

  test.each([11, 12, 13, 14])('50 edits of a random diagram, PRNG seed %i', (n) => {
    const tally = run(randomDiagram(n, 40), n, 50);
    expect(tally.ok).toBeGreaterThan(10);
  });
});
