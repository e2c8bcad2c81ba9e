/**
 * Diagram → Geometry: the one layout that the screen and every export draw.
 * Pure and deterministic: no DOM, no clock. Top to bottom: title, phase
 * headers, axis, lanes with their steps, depth band, legend, credit.
 */
import type { Diagram } from '../model/types';
import { layoutAxis, makeFrame, type Frame } from './axis';
import { layoutDepth } from './depth';
import type { Geometry, Rect, TextBlock } from './geometry';
import { layoutLanes } from './lanes';
import { layoutLegend } from './legend';
import { routeLinksReusing } from './reuse';
import { measurePhases, phaseColorAt, placePhases } from './phases';
import { MAX_RATIO } from './pageShape';
import { STYLE as S } from './style';
import { blockHeight, placeBlock, wrap } from './textBlock';

export { axisMonths } from './axis';

/** The flattest page drawn (a hair inside the band's edge). */
const FLATTEST_DRAWN = MAX_RATIO - 0.01;

/** What routes the arrows: routeLinks's arguments and result (the screen's may answer for a while with provisional arrows: cache.ts). */
export type Router = typeof routeLinksReusing;

/**
 * `frame`: the time frame to lay out in, when the caller has it (cache.ts keeps one per diagram); `held`:
 * it is the frame of the diagram from before a drag, kept while the pointer is down — content beyond
 * its ends continues on its scale, and no box is set back at its end; `route`: what routes the arrows.
 */
export function layoutDiagram(d: Diagram, frame?: Frame, held = false, route: Router = routeLinksReusing): Geometry {
  const f = frame && frame.lang === (d.language ?? 'fi') ? frame : makeFrame(d);
  const C = S.colors;
  const width = f.x1 + S.margin;
  const innerWidth = width - 2 * S.margin;

  let y = S.margin;
  const titleLines = wrap(d.title, innerWidth, S.title, f.lang);
  const title = placeBlock(titleLines, S.margin, y, S.title, { color: C.ink });
  y += blockHeight(titleLines.length, S.title);
  let subtitle: TextBlock | null = null;
  if (d.subtitle) {
    y += 4;
    const lines = wrap(d.subtitle, innerWidth, S.subtitle, f.lang);
    subtitle = placeBlock(lines, S.margin, y, S.subtitle, { color: C.muted });
    y += blockHeight(lines.length, S.subtitle);
  }
  y += S.titleGap;

  const phaseTop = y;
  const { headers, height: phaseHeaderHeight, rowTops: phaseRowTops } = measurePhases(d.phases, f);
  y += phaseHeaderHeight;

  const axis = layoutAxis(f, y, (x) => phaseColorAt(headers, x));
  y += axis.height;

  const laid = layoutLanes(d, f, y, held && f === frame);
  // arrows run in the channels between rows and lanes, which open to hold them
  const { lanes, steps, bottom, links } = route(d.links, laid.lanes, laid.steps, f.x0, f.x1, f.lang);
  const body: Rect = { x: f.x0, y, width: f.x1 - f.x0, height: bottom - y };
  y = bottom;
  const phases = placePhases(headers, phaseRowTops, phaseTop, phaseHeaderHeight, bottom);

  // Below the lanes: the depth band, the legend, the credit. A page still flatter than the band allows
  // (pageShape.ts widens the lanes of a page expected to be flat; its estimate can be short by a little)
  // gets the missing height as a wider margin at its foot, as a slide leaves room under a flat picture:
  // nothing in the lanes moves for it, and no gap opens inside the picture (between lanes and depth band).
  const below = (top: number) => {
    let at = top;
    const depth = d.depth ? layoutDepth(d.depth, f, at + S.depthGap) : null;
    if (depth) at = depth.header.y + depth.header.height;
    const legend = layoutLegend(d.legend, f, at + S.legendGap);
    if (legend) at = legend.y + legend.height;
    let source: TextBlock | null = null;
    if (d.source) {
      at += legend ? 4 : S.legendGap;
      const lines = wrap(d.source, innerWidth, S.source, f.lang);
      source = placeBlock(lines, S.margin, at, S.source, { color: C.muted });
      at += blockHeight(lines.length, S.source);
    }
    return { depth, legend, source, end: at };
  };
  const rest = below(y);
  const { depth, legend, source } = rest;
  y = rest.end;
  const missing = width / FLATTEST_DRAWN - (y + S.margin);

  return { width, height: y + S.margin + Math.max(0, Math.ceil(missing)), title, subtitle, source, axis, lanes, phases, depth, steps, links, legend, body };
}
