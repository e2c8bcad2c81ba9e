/**
 * Everything of the diagram that is not a step or an arrow — title, phase
 * columns, axis, lanes, depth band, legend, credit — drawn as one SVG inside
 * React Flow's viewport, behind its edges and nodes. It moves with the
 * viewport's CSS transform, so panning and zooming never re-render it.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo } from 'react';
import { breakMarks } from '../../layout/axisSegments';
import type { DepthGeometry, Geometry } from '../../layout/geometry';
import { STYLE } from '../../layout/style';
import { periodMarks } from '../../scene/periodMarks';
import { phaseTabs } from '../../scene/phaseTabs';
import { Primitives } from './Primitives';
import { SvgText } from './SvgText';

const C = STYLE.colors;

export const Backdrop = memo(function Backdrop({ geometry }: { geometry: Geometry }) {
  return (
    <ViewportPortal>
      <svg
        className="polku-backdrop"
        aria-hidden="true"
        width={geometry.width}
        height={geometry.height}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      >
        <BackdropContent geometry={geometry} />
      </svg>
    </ViewportPortal>
  );
});

/** The depth band's levels and its arrow tip (its title stands apart, with the lane titles). */
export function DepthBand({ depth }: { depth: DepthGeometry }) {
  return (
    <>
      {depth.levels.map((lvl) => (
        <g key={lvl.index}>
          <rect x={lvl.x} y={lvl.y} width={lvl.width} height={lvl.height} fill={lvl.fill} />
          <SvgText block={lvl.label} />
        </g>
      ))}
      <polygon points={depth.tip.map((p) => `${p.x},${p.y}`).join(' ')} fill={depth.tipFill} />
    </>
  );
}

/** The sheet; present mode draws the depth band itself (`withoutDepth`), to pin it to the screen's bottom. */
export const BackdropContent = memo(function BackdropContent({
  geometry: g,
  withoutDepth = false,
}: {
  geometry: Geometry;
  withoutDepth?: boolean;
}) {
  const bodyBottom = g.body.y + g.body.height;
  return (
    <g className="polku-sheet">
      <rect x={1} y={3} width={g.width} height={g.height} rx={6} fill="#000" opacity={0.08} />
      <rect className="polku-page" x={0} y={0} width={g.width} height={g.height} rx={6} />
      <SvgText block={g.title} />
      {g.subtitle && <SvgText block={g.subtitle} />}

      {g.phases.map((p) => (
        <g key={p.id}>
          <rect x={p.x} y={p.y} width={p.width} height={p.height} fill={p.color} />
          <rect x={p.header.x} y={p.header.y} width={p.header.width} height={p.header.height} fill={p.color} />
          <line x1={p.x} x2={p.x} y1={p.y} y2={p.y + p.height} stroke={C.grid} strokeWidth={1.5} />
        </g>
      ))}
      <Primitives items={phaseTabs(g)} className="polku-phase-tabs" />
      {g.phases.map((p) => (
        <g key={p.id}>
          <SvgText block={p.label} />
          <SvgText block={p.dates} />
        </g>
      ))}

      <g className="polku-axis">
        <line x1={g.axis.x0} x2={g.axis.x1} y1={g.axis.y} y2={g.axis.y} stroke={C.grid} />
        <line x1={g.axis.x0} x2={g.axis.x1} y1={g.axis.y + g.axis.height} y2={g.axis.y + g.axis.height} stroke={C.grid} />
        {g.axis.ticks.map((t) => {
          const row = g.axis.rows[t.row]!;
          return (
            <g key={`${t.row}:${t.x}`}>
              <line x1={t.x} x2={t.x} y1={row.y} y2={row.y + row.height} stroke={C.grid} />
              {t.row === 0 && <line x1={t.x} x2={t.x} y1={g.axis.y + g.axis.height} y2={bodyBottom} stroke={C.grid} strokeDasharray="3 4" />}
              {t.label && (
                <text
                  x={t.labelX}
                  y={row.baseline}
                  fontSize={row.size}
                  fontWeight={row.weight === 'bold' ? 700 : undefined}
                  fill={t.color}
                  textAnchor={t.anchor === 'middle' ? 'middle' : undefined}
                >
                  {t.label}
                </text>
              )}
            </g>
          );
        })}
        {/* by phase: where the rate changes, the axis is broken (//) */}
        {breakMarks(g.axis).map((m) => (
          <g key={m.key} className="polku-axis-break">
            <path d={m.cover} fill="#ffffff" />
            <path d={m.strokes} fill="none" stroke={C.muted} strokeWidth={1.5} />
          </g>
        ))}
      </g>

      {g.lanes.map((l) => (
        <g key={l.id}>
          <line x1={l.header.x} x2={l.x + l.width} y1={l.y + l.height} y2={l.y + l.height} stroke={C.grid} />
          <rect x={l.header.x} y={l.header.y + 3} width={l.header.width} height={l.header.height - 6} rx={6} fill={l.color} />
          <SvgText block={l.label} />
        </g>
      ))}
      <Primitives items={periodMarks(g)} className="polku-periods" />

      {g.depth && !withoutDepth && (
        <g className="polku-depth">
          <SvgText block={g.depth.title} />
          <DepthBand depth={g.depth} />
        </g>
      )}

      {g.legend?.entries.map((e) => (
        <g key={e.id}>
          <rect x={e.swatch.x} y={e.swatch.y} width={e.swatch.width} height={e.swatch.height} rx={3} fill={e.color} stroke={C.ink} strokeWidth={0.75} />
          <SvgText block={e.label} />
        </g>
      ))}
      {g.source && <SvgText block={g.source} />}
    </g>
  );
});
