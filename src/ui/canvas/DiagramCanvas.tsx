/** The diagram on screen: React Flow as a view of the layout, with zoom, pan, fit and a minimap. */
import { ReactFlow, useStore, type NodeChange, type ReactFlowState, useReactFlow, type AriaLabelConfig, type NodeTypes, type EdgeTypes } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { shownGeometryOf } from '../../layout/cache';
import type { Geometry } from '../../layout/geometry';
import { dateAt, laneAt, stepAt } from '../../layout/place';
import { useDocument, useDocumentStore } from '../../store/documentStore';
import { useSelection } from '../../store/sessionStore';
import { GripScale, LinkHint, useArrowDrawing } from './ArrowDrawing';
import { usePointerHeld } from '../pointerHeld';
import { Backdrop } from './Backdrop';
import { EmptyLaneHints } from './EmptyLaneHints';
import { fitDiagram, revealBox } from './fit';
import { addStepAt, useKeyboard } from './keyboard';
import { KeyboardLayer } from './KeyboardLayer';
import type { Live } from './liveSet';
import { OverviewMap } from './OverviewMap';
import { PhaseEdges } from './PhaseEdges';
import { RouteEdge, type RouteFlowEdge } from './RouteEdge';
import { StepNode, type StepFlowNode } from './StepNode';
import { toFlow, type FlowLabels } from './toFlow';
import { useResizeEnd } from './useResizeEnd';
import { useGeometryOf } from './useGeometry';
import { useStepDrag } from './useStepDrag';

const nodeTypes: NodeTypes = { step: StepNode };
/** A diagram with more steps is drawn as one picture and a few live steps (StillLayer.tsx, liveSet.ts; loaded then). */
const LARGE_DIAGRAM = 400;
const StillLayer = lazy(() => import('./StillLayer'));

/** The end of an arrow (its head, at the step it leads to), as a box to keep in sight while its panel is open. */
function linkBox(g: Geometry, id: string) {
  const link = g.links.find((l) => l.id === id);
  return link ? { x: link.end.x - 24, y: link.end.y - 24, width: 48, height: 48 } : undefined;
}
const edgeTypes: EdgeTypes = { route: RouteEdge };

const NONE: ReadonlySet<string> = new Set();
/**
 * The steps a large diagram's still picture leaves out (React Flow draws them, their period marks are the
 * backdrop's): near in, the live ones; further out only the dragged ones (the few kept live are drawn in the
 * picture too). (Here, not in liveSet.ts: the picture's code loads only for a large diagram.)
 */
export const outOfPicture = (live: Live, dragged: ReadonlySet<string> | null): ReadonlySet<string> => (live.near ? live.steps : (dragged ?? NONE));

/** Below this zoom step titles would be under 5 px on screen: steps are drawn as plain boxes (less to paint). */
export const DETAIL_ZOOM = 0.36;
const selectFar = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;
const selectWidth = (s: ReactFlowState) => s.width;
const selectHeight = (s: ReactFlowState) => s.height;
/** What the view last kept in sight: the step, in which layout, on a canvas of which size. */
type Seen = { target: string | null; geometry: Geometry | null; width: number; height: number };
/** Shift, Cmd or Ctrl + click adds a step to the selection (or takes it off). */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

export function DiagramCanvas() {
  const far = useStore(selectFar);
  const { t } = useTranslation();
  const diagram = useDocument((s) => s.diagram);
  const openCount = useDocument((s) => s.openCount);
  const geometry = useGeometryOf(diagram);
  const flow = useReactFlow();

  const selection = useSelection((s) => s.steps);
  const selectSteps = useSelection((s) => s.selectSteps);
  const selectedLink = useSelection((s) => s.link);
  // An arrow is selected by clicking it (a marquee selects steps only).
  const onEdgeClick = useCallback((_e: unknown, edge: RouteFlowEdge) => useSelection.getState().selectLink(edge.id), []);
  // (one object per language: toFlow says a name again only when its words changed)
  const labels = useMemo<FlowLabels>(() => ({ step: (p) => t('stepLabel', p), link: (p) => t('linkLabel', p) }), [t]);
  const { nodes, edges } = useMemo(
    () => toFlow(diagram, geometry, labels, new Set(selection), selectedLink),
    [diagram, geometry, labels, selection, selectedLink],
  );
  // Dragging from a step's handle onto another step, or L, draws an arrow (ArrowDrawing.tsx).
  const arrows = useArrowDrawing(diagram, nodes);
  const drag = useStepDrag();
  const resizeEnd = useResizeEnd();
  // a drag's preview: the dragged boxes where the pointer has them, their arrows hidden until the drop
  const at = drag.preview?.at ?? null;
  const shownNodes = useMemo(
    () => (at ? arrows.nodes.map((n) => (at.has(n.id) ? { ...n, position: at.get(n.id)!, dragging: true } : n)) : arrows.nodes),
    [arrows.nodes, at],
  );
  // (the dragged ids are one set for the whole drag: the edges are gone through once, not at every move)
  const dragged = drag.preview?.ids ?? null;
  const shownEdges = useMemo(
    () => (dragged ? edges.map((e) => (dragged.has(e.source) || dragged.has(e.target) ? { ...e, hidden: true } : e)) : edges),
    [edges, dragged],
  );
  // a large diagram: React Flow holds the live steps and arrows only, the still layer draws the rest
  const [still, setStill] = useState<Live | null>(null);
  const isLarge = geometry.steps.length > LARGE_DIAGRAM;
  const live = isLarge ? still : null;
  const viewNodes = useMemo(() => (live ? shownNodes.filter((n) => live.steps.has(n.id)) : shownNodes), [shownNodes, live]);
  const viewEdges = useMemo(() => (live ? shownEdges.filter((e) => live.links.has(e.id)) : shownEdges), [shownEdges, live]);
  // the period marks the backdrop draws: the picture's own steps' are in the picture (10,000 marks were 10,000 elements)
  const periodsOf = useMemo(() => (live ? outOfPicture(live, dragged) : undefined), [live, dragged]);

  // Nodes are a view of the model: positions come from the layout, so only selection changes are taken.
  const onNodesChange = useCallback(
    (changes: NodeChange<StepFlowNode>[]) => {
      const select = changes.filter((c) => c.type === 'select');
      if (select.length === 0) return;
      const next = new Set(useSelection.getState().steps);
      for (const c of select) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      selectSteps([...next]);
    },
    [selectSteps],
  );

  const ariaLabelConfig = useMemo<Partial<AriaLabelConfig>>(
    () => ({
      'node.a11yDescription.default': t('rf.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('rf.nodeDescription'),
      'edge.a11yDescription.default': t('rf.edgeDescription'),
      'handle.ariaLabel': t('rf.handle'),
      'minimap.ariaLabel': t('rf.minimap'),
      'controls.ariaLabel': t('rf.controls'),
    }),
    [t],
  );

  // A newly opened diagram is shown whole.
  useEffect(() => {
    void fitDiagram(flow, shownGeometryOf(diagram));
    // For benchmarks: the opened diagram has been drawn and painted.
    const frame = requestAnimationFrame(() => setTimeout(() => performance.mark('polku:drawn'), 0));
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openCount]);

  // A double click on an empty spot of a lane adds a step there, at that day or month (as the axis shows).
  const store = useDocumentStore();
  const onPaneClick = useCallback(
    (e: ReactMouseEvent) => {
      // a click on the empty canvas lets go of a selected arrow
      if (useSelection.getState().link !== null) useSelection.getState().selectLink(null);
      const g = shownGeometryOf(store.getState().diagram);
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      // a large diagram's step drawn in its picture (not live: a touch, or a click before the hover made it live) is selected
      const drawn = stepAt(g, p.x, p.y);
      if (drawn !== null) return selectSteps([drawn]);
      if (e.detail !== 2) return;
      const inLane = g.lanes.some((l) => p.x >= l.header.x + l.header.width && p.x < l.x + l.width && p.y >= l.y && p.y < l.y + l.height);
      const lane = laneAt(g, p.y);
      if (!inLane || lane === null) return;
      addStepAt(store, lane, dateAt(g, p.x), (key, options) => t(key, options));
    },
    [flow, store, t, selectSteps],
  );

  // The step being edited stays in view: the selected one (its dates typed in the inspector may move it
  // off screen, or the opening panel may leave it outside the narrower canvas) or the one the keyboard
  // just moved. Never while a pointer is down: a view that moves under a drag moves what is dragged.
  // What changed meanwhile is looked at once the pointer is up, and the view moves only if the step is
  // really out of sight, by no more than it takes.
  const follow = useKeyboard((s) => s.follow);
  // a new selection takes over from the step the keyboard just moved
  useEffect(() => useKeyboard.setState({ follow: null }), [selection]);
  // a step, or an arrow (`link:` and its id): what the panel beside the canvas is about stays in sight
  const target = follow ?? (selection.length === 1 ? selection[0]! : selectedLink !== null ? `link:${selectedLink}` : null);
  const held = usePointerHeld();
  // the canvas's size: the panel that opens beside it makes it narrower
  const width = useStore(selectWidth);
  const height = useStore(selectHeight);
  const seen = useRef<Seen>({ target: null, geometry: null, width: 0, height: 0 });
  const byPointer = useRef(false);
  useEffect(() => {
    const before = seen.current;
    const now: Seen = { target, geometry, width, height };
    if (before.target === target && before.geometry === geometry && before.width === width && before.height === height) return;
    if (held) {
      byPointer.current = true;
      return;
    }
    const dropped = byPointer.current && before.width === width && before.height === height;
    byPointer.current = false;
    seen.current = now;
    if (target === null) return;
    const box = target.startsWith('link:') ? linkBox(geometry, target.slice(5)) : geometry.steps.find((s) => s.id === target);
    const pane = document.querySelector('.polku-canvas')?.getBoundingClientRect();
    if (!box || !pane) return;
    // a step newly selected, or moved by a key or a typed date, is shown whole; one just dragged only
    // when most of it was dropped out of sight (the person put it where she wanted)
    const need = dropped && before.target === target ? 0.5 : 1;
    const next = revealBox(flow.getViewport(), box, pane, need);
    if (next) void flow.setViewport(next);
  }, [target, geometry, width, height, flow, held]);

  const onInit = useCallback(() => void fitDiagram(flow, geometry), [flow, geometry]);

  return (
    <ReactFlow
      className={`polku-canvas${far ? ' is-far' : ''}${arrows.linking ? ' is-linking' : ''}`}
      aria-label={t('canvas', { title: diagram.title })}
      nodes={viewNodes}
      edges={viewEdges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgeClick={onEdgeClick}
      onNodeClick={arrows.onNodeClick}
      onPaneClick={onPaneClick}
      onPointerDownCapture={resizeEnd}
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      selectionKeyCode="Shift"
      onNodeDragStart={drag.onNodeDragStart}
      onNodeDrag={drag.onNodeDrag}
      onNodeDragStop={drag.onNodeDragStop}
      deleteKeyCode={null}
      nodesConnectable
      onConnectStart={arrows.onConnectStart}
      onConnect={arrows.onConnect}
      isValidConnection={arrows.isValidConnection}
      connectOnClick={false}
      connectionRadius={0}
      edgesFocusable={false}
      elementsSelectable
      onlyRenderVisibleElements={live === null}
      minZoom={0.05}
      maxZoom={4}
      onInit={onInit}
      zoomOnDoubleClick={false}
      ariaLabelConfig={ariaLabelConfig}
      proOptions={{ hideAttribution: true }}
    >
      <Backdrop geometry={geometry} periodsOf={periodsOf} />
      {isLarge && (
        <Suspense fallback={null}>
          <StillLayer geometry={geometry} dragged={dragged} onLive={setStill} />
        </Suspense>
      )}
      <EmptyLaneHints geometry={geometry} />
      <PhaseEdges diagram={diagram} />
      <OverviewMap geometry={geometry} large={isLarge} />
      <KeyboardLayer />
      <GripScale />
      <LinkHint geometry={geometry} />
    </ReactFlow>
  );
}
