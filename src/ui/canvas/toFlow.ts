/**
 * Geometry → React Flow nodes and edges. React Flow only views the layout; it owns nothing.
 * A step or arrow whose geometry object the layout kept (layout/keepIdentity.ts), still selected or not
 * as before and named alike, gets back the very node or edge object it had: React Flow then reuses its
 * internals and the memoised StepNode / RouteEdge skip it.
 */
import type { Geometry, LinkGeometry, StepGeometry } from '../../layout/geometry';
import { stepPeriodText } from '../../layout/contentText';
import type { Diagram } from '../../model/types';
import type { RouteFlowEdge } from './RouteEdge';
import type { StepFlowNode } from './StepNode';

export type FlowLabels = {
  step: (p: { title: string; lane: string; period: string }) => string;
  link: (p: { from: string; to: string }) => string;
};

const nodeOf = new WeakMap<StepGeometry, StepFlowNode>();
const edgeOf = new WeakMap<LinkGeometry, RouteFlowEdge>();

/**
 * A name said again for the same words: the names of 10,000 steps are not translated anew after every
 * edit. Kept per object named (a step, an arrow's geometry) with the words it was made of.
 */
type Said = { readonly labels: FlowLabels; readonly words: string; readonly name: string };
const said = new WeakMap<object, Said>();
function sayOnce(of: object, labels: FlowLabels, words: string, say: () => string): string {
  const was = said.get(of);
  if (was && was.labels === labels && was.words === words) return was.name;
  const name = say();
  said.set(of, { labels, words, name });
  return name;
}

export function toFlow(
  d: Diagram,
  g: Geometry,
  labels: FlowLabels,
  selected: ReadonlySet<string> = new Set(),
  selectedLink: string | null = null,
): { nodes: StepFlowNode[]; edges: RouteFlowEdge[] } {
  const lang = d.language ?? 'fi';
  const stepById = new Map(d.steps.map((s) => [s.id, s]));
  const laneTitle = new Map(d.lanes.map((l) => [l.id, l.title]));
  const nodes: StepFlowNode[] = g.steps.map((sg) => {
    const step = stepById.get(sg.id)!;
    const lane = laneTitle.get(step.lane) ?? step.lane;
    const ariaLabel = sayOnce(step, labels, `${lang}\n${lane}`, () =>
      labels.step({ title: step.title.replace(/\u00ad/g, ''), lane, period: stepPeriodText(lang, step) }),
    );
    const was = nodeOf.get(sg);
    if (was && was.selected === selected.has(sg.id) && was.ariaLabel === ariaLabel) return was;
    const node: StepFlowNode = {
      id: sg.id,
      type: 'step',
      position: { x: sg.x, y: sg.y },
      width: sg.width,
      height: sg.height,
      data: { geometry: sg },
      selected: selected.has(sg.id),
      deletable: false,
      ariaLabel,
    };
    nodeOf.set(sg, node);
    return node;
  });
  const edges: RouteFlowEdge[] = g.links.map((lg) => {
    const from = stepById.get(lg.from)?.title.replace(/\u00ad/g, '') ?? lg.from;
    const to = stepById.get(lg.to)?.title.replace(/\u00ad/g, '') ?? lg.to;
    const ariaLabel = sayOnce(lg, labels, `${from}\n${to}`, () => labels.link({ from, to }));
    const was = edgeOf.get(lg);
    if (was && was.selected === (selectedLink === lg.id) && was.ariaLabel === ariaLabel) return was;
    const edge: RouteFlowEdge = {
      id: lg.id,
      type: 'route',
      source: lg.from,
      target: lg.to,
      data: { geometry: lg },
      deletable: false,
      focusable: false,
      // a thin arrow still takes a click
      interactionWidth: 12,
      selected: selectedLink === lg.id,
      ariaLabel,
    };
    edgeOf.set(lg, edge);
    return edge;
  });
  return { nodes, edges };
}
