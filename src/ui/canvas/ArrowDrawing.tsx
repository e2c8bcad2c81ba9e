/**
 * Drawing an arrow, as people try it: drag from the handle beside a step's
 * right edge and drop anywhere on the target box (each step's target handle
 * is its whole box, and catches the pointer only while an arrow is being
 * drawn), or press L on a step and choose the target with Tab and Enter (or a
 * click). While an arrow is being made, by mouse or by keyboard, a line of
 * text beside the source step says so and the steps it may go to are
 * outlined; Escape cancels either way.
 *
 * The handle and the resize strip beside it are kept at least 24 CSS px on
 * screen at the zooms steps are edited at (`--polku-grip`, see styles.css).
 */
import { useStore, useStoreApi, type Connection, type Edge, type NodeMouseHandler, type ReactFlowState } from '@xyflow/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Geometry } from '../../layout/geometry';
import { withCanvasEdits } from './canvasEdits';
import type { Diagram } from '../../model/types';
import { useDocumentStore } from '../../store/documentStore';
import { useSession } from '../../store/sessionStore';
import { useEdit } from '../useEdit';
import { finishLink, useKeyboard } from './keyboard';
import { keyInFlight } from './KeyboardLayer';
import type { StepFlowNode } from './StepNode';

/** The smallest a pointer target may be on screen (WCAG 2.5.8), in CSS px. */
export const MIN_TARGET = 24;
/** Below this zoom the handle and strip stop growing in the diagram (they would cover too much of a small box). */
const GROW_UNTIL_ZOOM = 0.55;

/** The size, in diagram units, of the arrow handle and the resize strip's width at `zoom`: 24 px on screen down to GROW_UNTIL_ZOOM, never under 24 units. */
export function gripSize(zoom: number): number {
  return Math.ceil(MIN_TARGET / Math.min(1, Math.max(GROW_UNTIL_ZOOM, zoom)));
}

const selectMouseFrom = (s: ReactFlowState) => (s.connection.inProgress ? s.connection.fromNode.id : null);

/** The step an arrow is being drawn from (by mouse, else by keyboard), or null. */
export function useLinkSource(): string | null {
  const mouse = useStore(selectMouseFrom);
  const keyboard = useKeyboard((s) => s.linkFrom);
  return mouse ?? keyboard;
}

/**
 * What DiagramCanvas gives React Flow for drawing arrows: the connection
 * callbacks, the canvas class while linking and the nodes with the source and
 * the steps it already leads to marked.
 */
export function useArrowDrawing(diagram: Diagram, nodes: StepFlowNode[]) {
  const edit = useEdit();
  const notify = useSession((s) => s.notify);
  const rf = useStoreApi();
  const store = useDocumentStore();
  const { t } = useTranslation();
  const from = useLinkSource();
  // (a step deleted or a diagram opened while linking with L leaves nothing to link from)
  const source = from !== null && diagram.steps.some((s) => s.id === from) ? from : null;
  // Escape during a mouse drag: React Flow still finishes the gesture (on the next move or on release); this says to drop it.
  const cancelled = useRef(false);

  const onConnectStart = useCallback(() => {
    cancelled.current = false;
    // a drag from a handle takes over from an arrow begun with L
    if (useKeyboard.getState().linkFrom !== null) useKeyboard.setState({ linkFrom: null });
  }, []);
  // Dropped on a step: the arrow is added, or its refusal (a duplicate) told.
  const onConnect = useCallback(
    (c: Connection) => {
      if (cancelled.current) return;
      withCanvasEdits(({ addLink }) => {
        const r = edit((d) => addLink(d, c.source, c.target));
        if (!r.ok) notify({ kind: 'error', key: 'linkRefused' });
      });
    },
    [edit, notify],
  );
  // Dropping back on the source makes nothing (and is not a refusal to tell).
  const isValidConnection = useCallback((c: Edge | Connection) => c.source !== c.target, []);

  const inProgress = useStore(useCallback((s: ReactFlowState) => s.connection.inProgress, []));
  useEffect(() => {
    if (!inProgress) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      cancelled.current = true;
      rf.getState().cancelConnection();
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [inProgress, rf]);

  // While linking with L, a click on a step ends the arrow there, as Enter does.
  const onNodeClick: NodeMouseHandler<StepFlowNode> = useCallback(
    (_e, node) => {
      const end = () => useKeyboard.getState().linkFrom !== null && finishLink(store, node.id, (key, options) => t(key, options));
      // (an L pressed just before, still waiting for the keys' code, comes first)
      if (keyInFlight) void keyInFlight.then(end);
      else end();
    },
    [store, t],
  );

  const taken = useMemo(
    () => (source === null ? new Set<string>() : new Set(diagram.links.filter((l) => l.from === source).map((l) => l.to))),
    [diagram, source],
  );
  const shown = useMemo(() => {
    if (source === null) return nodes;
    return nodes.map((n) => {
      if (n.id === source) return { ...n, className: 'is-link-source' };
      if (taken.has(n.id)) return { ...n, className: 'is-link-taken' };
      return n;
    });
  }, [nodes, source, taken]);

  return { linking: source !== null, nodes: shown, onConnectStart, onConnect, isValidConnection, onNodeClick };
}

/** Sets `--polku-grip` on the canvas for the zoom it is at (whole px, so it changes only now and then). */
export function GripScale() {
  const grip = useStore(useCallback((s: ReactFlowState) => gripSize(s.transform[2]), []));
  const domNode = useStore(useCallback((s: ReactFlowState) => s.domNode, []));
  useEffect(() => {
    domNode?.style.setProperty('--polku-grip', `${grip}px`);
  }, [domNode, grip]);
  return null;
}

/** The words beside the source step (HintAt.tsx): loaded apart from the app, a little after it starts, so they are there at the first L. */
const loadHint = () => import('./HintAt');
const HintAt = lazy(() => loadHint().then((m) => ({ default: m.HintAt })));

/**
 * The words on screen while an arrow is being made, beside the source step.
 * Screen UI only: never exported; the screen reader hears the keyboard's own
 * announcement instead (KeyboardLayer).
 */
export function LinkHint({ geometry }: { geometry: Geometry }) {
  const { t } = useTranslation();
  const source = useLinkSource();
  const linking = source !== null && geometry.steps.some((s) => s.id === source);
  // the view, only while linking (no re-render on every pan otherwise)
  const transform = useStore(useCallback((s: ReactFlowState) => (linking ? s.transform : null), [linking]));
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  useEffect(() => {
    const later = setTimeout(() => void loadHint(), 3000);
    return () => clearTimeout(later);
  }, []);
  if (!linking || !transform) return null;
  return (
    <Suspense fallback={null}>
      <HintAt geometry={geometry} source={source} text={t('arrows.hint')} transform={transform} paneWidth={paneWidth} paneHeight={paneHeight} />
    </Suspense>
  );
}
