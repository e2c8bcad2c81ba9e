/**
 * The arrows of a large diagram for the moment after an edit, while they are routed again in the
 * background (routeLater.ts): routing is global (links.ts sets every arrow's runs apart in one pass), so a
 * moved box can move arrows anywhere, and at thousands of steps it takes seconds. Until it is done the
 * screen shows the edit at once from what the last routing gave:
 *
 * - each step where the new boxes put it, moved down as much as its row was the last time (the channels
 *   opened for arrows above it), or as its lane was for a row it did not have;
 * - each lane moved and grown as it was the last time;
 * - each arrow whose two boxes stand where they stood as it was routed then, and every other arrow as a
 *   plain elbow between its boxes, drawn faint (`pending`) and without its title.
 *
 * The routed arrows replace all of it when they come (cache.ts), and that geometry is the full layout's.
 */
import type { Link } from '../model/types';
import { shiftLane, shiftStep } from './channels';
import type { LaneGeometry, LinkGeometry, Point, StepGeometry } from './geometry';
import { linkAlong, selfLoop, type RoutedLinks } from './links';
import { simplify } from './polyline';
import { sameBox, type Routed } from './reuse';

/**
 * A diagram of at least this many arrows is shown before they are routed even when it has never been routed
 * (just opened): its boxes where the layout puts them, every arrow a provisional elbow, while the background
 * routes them (at 10,000 steps and 5,000 arrows routing takes 9–12 s of a 14–18 s open here).
 */
export const FIRST_LATER_LINKS = 3000;

const bottomOf = (lanes: readonly LaneGeometry[]) => {
  const l = lanes[lanes.length - 1];
  return l ? l.y + l.height : 0;
};
const rowKey = (lane: string, row: number) => `${lane}\n${row}`;

/** Path data of roundedPath (polyline.ts) moved down by `dy` (each "x,y" pair's y; as the path was written, to 1/100 px). */
export function shiftPathY(path: string, dy: number): string {
  if (dy === 0) return path;
  const parts = path.split(' ');
  for (let i = 0; i < parts.length; i++) {
    const t = parts[i]!;
    const c = t.indexOf(',');
    if (c >= 0) parts[i] = `${t.slice(0, c + 1)}${Math.round((Number(t.slice(c + 1)) + dy) * 100) / 100}`;
  }
  return parts.join(' ');
}

/** A routed arrow moved down by `dy` (its path's numbers are absolute x,y pairs: polyline.ts roundedPath). */
function movedDown(l: LinkGeometry, dy: number): LinkGeometry {
  if (dy === 0) return l;
  return {
    ...l,
    path: shiftPathY(l.path, dy),
    start: { x: l.start.x, y: l.start.y + dy },
    end: { x: l.end.x, y: l.end.y + dy },
    label: l.label && { ...l.label, y: l.label.y + dy },
  };
}

/** A plain elbow from `s` to `t`: out of the right side into the left one when `t` lies to the right, else out of the bottom or top. */
function elbow(s: StepGeometry, t: StepGeometry): Point[] {
  if (s === t) return selfLoop(s);
  if (t.x >= s.x + s.width + 8) {
    const y0 = s.y + s.height / 2;
    const y1 = t.y + t.height / 2;
    const mid = (s.x + s.width + t.x) / 2;
    return simplify([
      { x: s.x + s.width, y: y0 },
      { x: mid, y: y0 },
      { x: mid, y: y1 },
      { x: t.x, y: y1 },
    ]);
  }
  const down = t.y >= s.y;
  const x0 = s.x + s.width / 2;
  const x1 = t.x + t.width / 2;
  const y0 = down ? s.y + s.height : s.y;
  const y1 = down ? t.y : t.y + t.height;
  const mid = (y0 + y1) / 2;
  return simplify([
    { x: x0, y: y0 },
    { x: x0, y: mid },
    { x: x1, y: mid },
    { x: x1, y: y1 },
  ]);
}

function pendingLink(l: Link, s: StepGeometry, t: StepGeometry): LinkGeometry | null {
  const pts = elbow(s, t);
  return pts.length < 2 ? null : { ...linkAlong(l, pts, null), pending: true };
}

/** Each arrow between two of `steps` as `kept` gives it, or else a provisional elbow between its boxes. */
function shownLinks(links: readonly Link[], steps: readonly StepGeometry[], kept: (l: Link) => LinkGeometry | null): LinkGeometry[] {
  const at = new Map(steps.map((s) => [s.id, s]));
  const out: LinkGeometry[] = [];
  for (const l of links) {
    const s = at.get(l.from);
    const t = at.get(l.to);
    if (!s || !t) continue;
    const shown = kept(l) ?? pendingLink(l, s, t);
    if (shown) out.push(shown);
  }
  return out;
}

/**
 * What routing `links` over `lanes` and `steps` is shown as until it is done, from the routing `before`;
 * null when `before` routed another diagram (fewer than half of these steps were in it).
 */
export function provisionalRouting(
  links: readonly Link[],
  lanes: readonly LaneGeometry[],
  steps: readonly StepGeometry[],
  before: Routed,
): RoutedLinks | null {
  const was = new Map<string, number>();
  const rowShift = new Map<string, number>();
  before.steps.forEach((s, i) => {
    was.set(s.id, i);
    const key = rowKey(s.lane, s.row);
    if (!rowShift.has(key)) rowShift.set(key, before.out.steps[i]!.y - s.y);
  });
  let known = 0;
  for (const s of steps) if (was.has(s.id)) known++;
  if (2 * known < steps.length) return null;
  const laneWas = new Map(before.lanes.map((l, i) => [l.id, i]));

  const outLanes = lanes.map((l) => {
    const i = laneWas.get(l.id);
    if (i === undefined) return l;
    const pre = before.lanes[i]!;
    const routed = before.out.lanes[i]!;
    return pre === l ? routed : shiftLane(l, routed.y - pre.y, routed.height - pre.height);
  });
  const laneShift = new Map(outLanes.map((l, i) => [l.id, l.y - lanes[i]!.y]));

  /** By step: how far it moved down since the last routing, when it kept its x and size (its arrows can follow it). */
  const movedBy = new Map<string, number>();
  const outSteps = steps.map((s) => {
    const j = was.get(s.id);
    const pre = j === undefined ? undefined : before.steps[j]!;
    const routed = j === undefined ? undefined : before.out.steps[j]!;
    if (pre && routed && pre === s) {
      movedBy.set(s.id, 0);
      return routed;
    }
    const dy = pre && routed && sameBox(pre, s) ? routed.y - pre.y : (rowShift.get(rowKey(s.lane, s.row)) ?? laneShift.get(s.lane) ?? 0);
    const shown = shiftStep(s, dy);
    if (routed && shown.x === routed.x && shown.width === routed.width && shown.height === routed.height) movedBy.set(s.id, shown.y - routed.y);
    return shown;
  });

  const routedLink = new Map(before.out.links.map((l) => [l.id, l]));
  const linkWas = new Set(before.links);
  const outLinks = shownLinks(links, outSteps, (l) => {
    const old = routedLink.get(l.id);
    const dy = movedBy.get(l.from);
    // an arrow between two boxes that moved down alike (a lane below a grown one) moves with them
    return old && linkWas.has(l) && dy !== undefined && movedBy.get(l.to) === dy ? movedDown(old, dy) : null;
  });
  return { links: outLinks, lanes: outLanes, steps: outSteps, bottom: before.out.bottom + bottomOf(lanes) - bottomOf(before.lanes) };
}

/** What routing `links` is shown as when there is no routing to start from: every box as laid out, every arrow an elbow. */
export function unroutedLinks(links: readonly Link[], lanes: readonly LaneGeometry[], steps: readonly StepGeometry[]): RoutedLinks {
  return { links: shownLinks(links, steps, () => null), lanes: [...lanes], steps: [...steps], bottom: bottomOf(lanes) };
}
