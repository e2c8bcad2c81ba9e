/**
 * Everything of the diagram that is not a step or an arrow — title, phase
 * columns, axis, lanes, period marks, depth band, legend, credit — drawn as
 * one SVG inside React Flow's viewport, behind its edges and nodes, from the
 * scene (scene/backdrop.ts) that present mode and every export draw too. It
 * moves with the viewport's CSS transform, so panning and zooming never
 * re-render it.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { DepthGeometry, Geometry } from '../../layout/geometry';
import { backdropScene, depthBandScene } from '../../scene/backdrop';
import { Primitives } from './Primitives';

/** `periodsOf`: only these steps' period marks (a large diagram: the still picture draws the others). */
export const Backdrop = memo(function Backdrop({ geometry, periodsOf }: { geometry: Geometry; periodsOf?: ReadonlySet<string> }) {
  return (
    <ViewportPortal>
      <svg
        className="polku-backdrop"
        aria-hidden="true"
        width={geometry.width}
        height={geometry.height}
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      >
        <BackdropContent geometry={geometry} periodsOf={periodsOf} />
      </svg>
    </ViewportPortal>
  );
});

/** The depth band's levels and its arrow tip (its title stands apart, with the lane titles). */
export const DepthBand = memo(function DepthBand({ depth }: { depth: DepthGeometry }) {
  const items = useMemo(() => depthBandScene(depth), [depth]);
  return <Primitives items={items} />;
});

/** The sheet; present mode draws the depth band itself (`withoutDepth`), to pin it to the screen's bottom. */
export const BackdropContent = memo(function BackdropContent({
  geometry,
  withoutDepth = false,
  periodsOf,
}: {
  geometry: Geometry;
  withoutDepth?: boolean;
  periodsOf?: ReadonlySet<string>;
}) {
  const items = useMemo(() => backdropScene(geometry, { page: true, depth: !withoutDepth, periodsOf }), [geometry, withoutDepth, periodsOf]);
  return <Primitives items={items} className="polku-sheet" />;
});
