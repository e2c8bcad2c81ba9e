/**
 * Copy and paste of steps. A clip is plain JSON (it may travel through the
 * system clipboard as text): copies of the steps, with their unknown
 * properties, and of the links between them — only those whose both ends
 * are copied.
 *
 * Pasting gives every step and link a new id (from the old one:
 * `aloitus` → `aloitus-2`) and remaps the links. A clip is checked as a file
 * is, so a clip from elsewhere cannot break the document.
 */
import { isJsonObject, jsonTypeOf } from '../json.ts';
import { MAX_LINKS, MAX_STEPS } from '../limits.ts';
import { LinkSchema, StepSchema } from '../schema.ts';
import type { Diagram, Link, Problem, Step } from '../types.ts';
import { isClip, type Clip } from './clip.ts';
import { checkStepReferences, checkValue, notFound, tooMany } from './check.ts';
import { copyBase, createIdAllocator } from './ids.ts';
import { addMonths, wholeMonths } from './months.ts';
import { applyChanges } from './patch.ts';
import { done, refuse, type EditResult } from './result.ts';

export { copySteps, isClip, type Clip } from './clip.ts';

/** A deep, plain copy (JSON values only), so a pasted step shares nothing with the clip. */
const plainCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export type PasteOptions = {
  /** Whole months to move the pasted steps by (default 0). */
  readonly months?: number;
  /** The lane for steps whose lane is not in the document (default: the first lane). */
  readonly lane?: string;
};

/**
 * Pastes a clip: its steps at the end of the list, moved by `months`, each
 * in its own lane if the document has it, else in `lane`; a legend
 * reference to an entry the document does not have is dropped. Links are
 * remapped to the new steps; a link to a step not in the clip, to itself, or
 * repeating another is left out. `created`: the new steps' ids, then the new
 * links'.
 */
export function pasteClip(diagram: Diagram, clip: Clip, options: PasteOptions = {}): EditResult {
  if (!isClip(clip)) return refuse([{ path: [], code: 'type', params: { expected: 'object', found: jsonTypeOf(clip) } }]);
  const lanes = new Set(diagram.lanes.map((lane) => lane.id));
  const legend = new Set(diagram.legend.map((entry) => entry.id));
  if (options.lane !== undefined && !lanes.has(options.lane)) return refuse([notFound('lanes', options.lane)]);
  const fallbackLane = options.lane ?? (diagram.lanes[0] as { id: string }).id;
  const months = wholeMonths(options.months ?? 0);
  const nextId = createIdAllocator(diagram);
  const problems: Problem[] = [];
  // the document must share nothing with a clip the caller still holds
  const source = plainCopy(clip);

  const newIds = new Map<string, string>();
  const steps: Step[] = [];
  for (const item of source.steps as readonly unknown[]) {
    const index = diagram.steps.length + steps.length;
    if (!isJsonObject(item)) {
      problems.push(...checkValue(StepSchema, item, ['steps', index]));
      continue;
    }
    const oldId = typeof item['id'] === 'string' ? item['id'] : '';
    if (oldId !== '' && newIds.has(oldId)) continue; // a repeated step of a clip from elsewhere: pasted once
    const id = nextId(copyBase(oldId), 'step');
    newIds.set(oldId, id);
    const lane = typeof item['lane'] === 'string' && lanes.has(item['lane']) ? item['lane'] : fallbackLane;
    const keepLegend = typeof item['legend'] !== 'string' || legend.has(item['legend']);
    let step = applyChanges(item as Step, { id, lane, legend: keepLegend ? undefined : null });
    const stepProblems = checkValue(StepSchema, step, ['steps', index]);
    if (stepProblems.length === 0 && months !== 0) {
      const start = addMonths(step.start, months);
      const end = step.end === undefined ? undefined : addMonths(step.end, months);
      if (!start.ok) stepProblems.push({ path: ['steps', index, 'start'], code: 'date', params: { value: start.value } });
      if (end !== undefined && !end.ok) {
        stepProblems.push({ path: ['steps', index, 'end'], code: 'date', params: { value: end.value } });
      }
      if (start.ok && (end === undefined || end.ok)) step = applyChanges(step, { start: start.date, end: end?.date });
    }
    problems.push(...stepProblems, ...checkStepReferences(diagram, step, index));
    steps.push(step);
  }

  const links: Link[] = [];
  const arrows = new Set<string>();
  for (const item of source.links as readonly unknown[]) {
    if (!isJsonObject(item)) continue;
    const from = typeof item['from'] === 'string' ? newIds.get(item['from']) : undefined;
    const to = typeof item['to'] === 'string' ? newIds.get(item['to']) : undefined;
    if (from === undefined || to === undefined || from === to) continue;
    const arrow = JSON.stringify([from, to]);
    if (arrows.has(arrow)) continue;
    arrows.add(arrow);
    const oldId = typeof item['id'] === 'string' ? item['id'] : '';
    const link = applyChanges(item as Link, { id: nextId(copyBase(oldId), 'link'), from, to });
    problems.push(...checkValue(LinkSchema, link, ['links', diagram.links.length + links.length]));
    links.push(link);
  }

  const stepCount = diagram.steps.length + steps.length;
  const linkCount = diagram.links.length + links.length;
  if (stepCount > MAX_STEPS) problems.unshift(tooMany(['steps'], MAX_STEPS, stepCount));
  if (linkCount > MAX_LINKS) problems.unshift(tooMany(['links'], MAX_LINKS, linkCount));
  if (problems.length > 0) return refuse(problems);
  if (steps.length === 0) return done(diagram, []);
  return done(
    {
      ...diagram,
      steps: [...diagram.steps, ...steps],
      links: links.length > 0 ? [...diagram.links, ...links] : diagram.links,
    },
    [...steps.map((step) => step.id), ...links.map((link) => link.id)],
  );
}
