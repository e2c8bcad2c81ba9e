/**
 * The "choose the target step" words while an arrow is being made, placed
 * beside the source step by placeHint (where they cover the fewest other
 * steps and level titles; inside the canvas when the step is scrolled off).
 * Loaded on demand by ArrowDrawing.tsx's LinkHint, with its styles.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Geometry } from '../../layout/geometry';
import { placeHint, type Rect } from './hintPlace';
import './linkHint.css';

export type HintProps = {
  geometry: Geometry;
  source: string;
  text: string;
  /** the view (React Flow's transform: x, y, zoom) and the canvas's size */
  transform: readonly [number, number, number];
  paneWidth: number;
  paneHeight: number;
};

export function HintAt({ geometry, source, text, transform, paneWidth, paneHeight }: HintProps) {
  const [tx, ty, zoom] = transform;
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (el && (el.offsetWidth !== size.w || el.offsetHeight !== size.h)) setSize({ w: el.offsetWidth, h: el.offsetHeight });
  }, [text, size]);
  const place = useMemo(() => {
    const screen = (b: Rect): Rect => ({ x: b.x * zoom + tx, y: b.y * zoom + ty, width: b.width * zoom, height: b.height * zoom });
    const box = geometry.steps.find((s) => s.id === source)!;
    // the other steps and the levels' titles are what the words should not cover
    const others = [...geometry.steps.filter((s) => s.id !== source), ...geometry.lanes.map((l) => l.header)].map(screen);
    return placeHint(screen(box), others, size, { width: paneWidth, height: paneHeight });
  }, [geometry, source, tx, ty, zoom, size, paneWidth, paneHeight]);
  const className = `polku-link-hint${place.below ? ' is-below' : ''}${place.end ? ' is-end' : ''}`;
  return (
    <div ref={ref} className={className} style={{ left: place.x, top: place.y }}>
      {text}
    </div>
  );
}

