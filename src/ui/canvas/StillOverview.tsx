/**
 * The overview map of a large diagram (OverviewMap.tsx shows it in its corner instead of React Flow's
 * minimap, which draws only the nodes React Flow holds — for a large diagram the few live ones,
 * StillLayer.tsx). Every step as a small box in its border colour on a canvas, drawn once per layout; the
 * view's frame over it follows the view without re-rendering anything. A press or drag on the map centres
 * the view there, at the same zoom.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { Geometry } from '../../layout/geometry';
import { viewBox } from './liveSet';
import { MAP } from './overviewPlace';

/** How the diagram sits in the map: its scale and offset (centred, the whole diagram in view). */
function fitOf(g: Geometry) {
  const k = Math.min(MAP.width / g.width, MAP.height / g.height);
  return { k, x: (MAP.width - g.width * k) / 2, y: (MAP.height - g.height * k) / 2 };
}

export default function StillOverview({ geometry, label }: { geometry: Geometry; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const veil = useRef<SVGPathElement>(null);
  const frame = useRef<SVGRectElement>(null);
  const flow = useReactFlow();
  const api = useStoreApi();
  const fit = useMemo(() => fitOf(geometry), [geometry]);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    el.width = Math.round(MAP.width * dpr);
    el.height = Math.round(MAP.height * dpr);
    ctx.setTransform(dpr * fit.k, 0, 0, dpr * fit.k, dpr * fit.x, dpr * fit.y);
    const least = 1 / (dpr * fit.k);
    for (const s of geometry.steps) {
      ctx.fillStyle = s.border;
      ctx.fillRect(s.x, s.y, Math.max(s.width, least), Math.max(s.height, least));
    }
  }, [geometry, fit]);

  // the view's frame: the map veiled outside it, as React Flow's minimap does
  useEffect(() => {
    const show = () => {
      const { transform, width, height } = api.getState();
      const v = viewBox(transform, width, height);
      const x = fit.x + v.x * fit.k;
      const y = fit.y + v.y * fit.k;
      const w = v.width * fit.k;
      const h = v.height * fit.k;
      veil.current?.setAttribute('d', `M0 0H${MAP.width}V${MAP.height}H0Z M${x} ${y}h${w}v${h}h${-w}Z`);
      const r = frame.current;
      if (r) for (const [name, value] of Object.entries({ x, y, width: w, height: h })) r.setAttribute(name, String(value));
    };
    show();
    return api.subscribe(show);
  }, [api, fit]);

  const centre = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.buttons !== 1) return;
    const box = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - box.left - fit.x) / fit.k;
    const y = (e.clientY - box.top - fit.y) / fit.k;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };

  return (
    <div
      className="polku-still-overview"
      role="img"
      aria-label={label}
      style={{ width: MAP.width, height: MAP.height }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        centre(e);
      }}
      onPointerMove={centre}
    >
      <canvas ref={canvas} style={{ width: MAP.width, height: MAP.height }} aria-hidden="true" />
      <svg width={MAP.width} height={MAP.height} aria-hidden="true">
        <path ref={veil} fillRule="evenodd" fill="rgb(240 240 240 / 60%)" />
        <rect ref={frame} fill="none" stroke="var(--focus)" strokeWidth={1.5} />
      </svg>
    </div>
  );
}
