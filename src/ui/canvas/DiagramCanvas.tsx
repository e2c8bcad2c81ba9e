/** The diagram on screen: React Flow as a view of the layout, with zoom, pan, fit and a minimap. */
import { MiniMap, ReactFlow, useStore, type Connection, type NodeChange, type ReactFlowState, useReactFlow, type AriaLabelConfig, type NodeTypes, type EdgeTypes } from '@xyflow/react';
import { useCallback, useEffect, useMemo, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { geometryOf } from '../../layout/cache';
import type { Geometry } from '../../layout/geometry';
import { laneAt, monthAt } from '../../layout/place';
import { useDocument, useDocumentStore } from '../../store/documentStore';
import { useSelection } from '../../store/selectionStore';
import { useSession } from '../../store/sessionStore';
import { addLink } from '../../model/operations';
import { useEdit } from '../useEdit';
import { Backdrop } from './Backdrop';
import { EmptyLaneHints } from './EmptyLaneHints';
import { centreOn, fitDiagram } from './fit';
import { addStepAt, useKeyboard } from './keyboard';
import { KeyboardLayer } from './KeyboardLayer';
import { PhaseEdges } from './PhaseEdges';
import { RouteEdge, type RouteFlowEdge } from './RouteEdge';
import { StepNode, type StepFlowNode } from './StepNode';
import { toFlow } from './toFlow';
import { useResizeEnd } from './useResizeEnd';
import { useStepDrag } from './useStepDrag';

const nodeTypes: NodeTypes = { step: StepNode };
const edgeTypes: EdgeTypes = { route: RouteEdge };

const minimapColor = (n: StepFlowNode) => n.data.geometry.border;

/**
 * The minimap, shown only while part of the diagram is out of view: at fit
 * to view it would only cover the diagram.
 */
function OverviewMap({ geometry, label }: { geometry: Geometry; label: string }) {
  const partial = useStore(
    useCallback(
      (s: ReactFlowState) => {
        const [x, y, zoom] = s.transform;
        const slack = 2;
        return (
          x < -slack || y < -slack || x + geometry.width * zoom > s.width + slack || y + geometry.height * zoom > s.height + slack
        );
      },
      [geometry],
    ),
  );
  if (!partial) return null;
  return <MiniMap<StepFlowNode> pannable zoomable nodeColor={minimapColor} ariaLabel={label} />;
}

/** Below this zoom step titles would be under 5 px on screen: steps are drawn as plain boxes (less to paint). */
export const DETAIL_ZOOM = 0.36;
const selectFar = (s: ReactFlowState) => s.transform[2] < DETAIL_ZOOM;
/** Shift, Cmd or Ctrl + click adds a step to the selection (or takes it off). */
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

export function DiagramCanvas() {
  const far = useStore(selectFar);
  const { t } = useTranslation();
  const diagram = useDocument((s) => s.diagram);
  const openCount = useDocument((s) => s.openCount);
  const geometry = geometryOf(diagram);
  const flow = useReactFlow();

  const selection = useSelection((s) => s.steps);
  const selectSteps = useSelection((s) => s.selectSteps);
  const selectedLink = useSelection((s) => s.link);
  // An arrow is selected by clicking it (a marquee selects steps only).
  const onEdgeClick = useCallback((_e: unknown, edge: RouteFlowEdge) => useSelection.getState().selectLink(edge.id), []);
  // Dragging from a step's dot to another step draws an arrow (refusals, e.g. a duplicate, are told).
  const edit = useEdit();
  const notify = useSession((s) => s.notify);
  const onConnect = useCallback(
    (c: Connection) => {
      const r = edit((d) => addLink(d, c.source, c.target));
      if (!r.ok) notify({ kind: 'error', key: 'linkRefused' });
    },
    [edit, notify],
  );
  const { nodes, edges } = useMemo(
    () =>
      toFlow(
        diagram,
        geometry,
        {
          step: (p) => t('stepLabel', p),
          link: (p) => t('linkLabel', p),
        },
        new Set(selection),
        selectedLink,
      ),
    [diagram, geometry, t, selection, selectedLink],
  );
  const drag = useStepDrag();
  const resizeEnd = useResizeEnd();

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
    void fitDiagram(flow, geometryOf(diagram));
    // For benchmarks: the opened diagram has been drawn and painted.
    const frame = requestAnimationFrame(() => setTimeout(() => performance.mark('polku:drawn'), 0));
    return () => cancelAnimationFrame(frame);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openCount]);

  // A double click on an empty spot of a lane adds a step there, at that month.
  const store = useDocumentStore();
  const onPaneClick = useCallback(
    (e: ReactMouseEvent) => {
      // a click on the empty canvas lets go of a selected arrow
      if (useSelection.getState().link !== null) useSelection.getState().selectLink(null);
      if (e.detail !== 2) return;
      const g = geometryOf(store.getState().diagram);
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const inLane = g.lanes.some((l) => p.x >= l.header.x + l.header.width && p.x < l.x + l.width && p.y >= l.y && p.y < l.y + l.height);
      const lane = laneAt(g, p.y);
      if (!inLane || lane === null) return;
      addStepAt(store, lane, monthAt(g, p.x), (key, options) => t(key, options));
    },
    [flow, store, t],
  );

  // The step being edited stays in view: the selected one (its dates typed in the inspector may move it
  // off screen, or the opening panel may cover it) or the one the keyboard just moved.
  const follow = useKeyboard((s) => s.follow);
  // a new selection takes over from the step the keyboard moved
  useEffect(() => useKeyboard.setState({ follow: null }), [selection]);
  const target = follow ?? (selection.length === 1 ? selection[0]! : null);
  useEffect(() => {
    if (target === null) return;
    const box = geometry.steps.find((s) => s.id === target);
    const pane = document.querySelector('.polku-canvas')?.getBoundingClientRect();
    if (!box || !pane) return;
    const { x, y, zoom } = flow.getViewport();
    const left = box.x * zoom + x;
    const top = box.y * zoom + y;
    const inView = left >= 0 && top >= 0 && left + box.width * zoom <= pane.width && top + box.height * zoom <= pane.height;
    if (!inView) void centreOn(flow, box);
  }, [target, geometry, flow]);

  const onInit = useCallback(() => void fitDiagram(flow, geometry), [flow, geometry]);

  return (
    <ReactFlow
      className={far ? 'polku-canvas is-far' : 'polku-canvas'}
      aria-label={t('canvas', { title: diagram.title })}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgeClick={onEdgeClick}
      onPaneClick={onPaneClick}
      onPointerDownCapture={resizeEnd}
      multiSelectionKeyCode={MULTI_SELECT_KEYS}
      selectionKeyCode="Shift"
      onNodeDragStart={drag.onNodeDragStart}
      onNodeDrag={drag.onNodeDrag}
      onNodeDragStop={drag.onNodeDragStop}
      deleteKeyCode={null}
      nodesConnectable
      onConnect={onConnect}
      connectOnClick={false}
      connectionRadius={48}
      edgesFocusable={false}
      elementsSelectable
      onlyRenderVisibleElements
      minZoom={0.05}
      maxZoom={4}
      onInit={onInit}
      zoomOnDoubleClick={false}
      ariaLabelConfig={ariaLabelConfig}
      proOptions={{ hideAttribution: true }}
    >
      <Backdrop geometry={geometry} />
      <EmptyLaneHints geometry={geometry} />
      <PhaseEdges diagram={diagram} />
      <OverviewMap geometry={geometry} label={t('rf.minimap')} />
      <KeyboardLayer />
    </ReactFlow>
  );
}
