/**
 * Arrows between steps, from border to border, with their titles.
 *
 * Vertical arrows that would leave or reach a box's top or bottom at the
 * same point would lie on one line (one hiding the other, on screen and in
 * every export): they are set apart by PORT_GAP, in the order of their other
 * ends, each within the span it may use — a straight arrow stays straight.
 */
import type { ContentLanguage, Link } from '../model/types';
import type { LinkGeometry, Rect, TextBlock } from './geometry';
import { routeBetween, verticalPlan, verticalRoute, type VerticalPlan } from './route';
import { STYLE as S } from './style';
import { blockHeight, fitText, placeBlock } from './textBlock';

/** How far apart arrows sharing a point on a box's top or bottom are set (diagram px). */
export const PORT_GAP = 10;
/** The width an arrow's title wraps at, unless a word needs more. */
const LINK_LABEL_WIDTH = 140;

type Ends = { fromX: number; toX: number; readonly plan: VerticalPlan };
type End = { readonly link: number; readonly end: 'from' | 'to'; readonly x: number; readonly other: number };

const clamp = (x: number, [min, max]: readonly [number, number]) => Math.min(max, Math.max(min, x));

/** The x of each vertical arrow's two ends, set apart where several share a point. */
function verticalEnds(links: readonly Link[], boxes: ReadonlyMap<string, Rect>): Map<number, Ends> {
  const ends = new Map<number, Ends>();
  const bySide = new Map<string, End[]>();
  const add = (key: string, e: End) => bySide.set(key, [...(bySide.get(key) ?? []), e]);
  links.forEach((link, i) => {
    const a = boxes.get(link.from);
    const b = boxes.get(link.to);
    const plan = a && b ? verticalPlan(a, b) : null;
    if (!plan) return;
    ends.set(i, { fromX: plan.fromX, toX: plan.toX, plan });
    add(`${link.from}|${plan.down ? 'bottom' : 'top'}`, { link: i, end: 'from', x: plan.fromX, other: plan.toX });
    add(`${link.to}|${plan.down ? 'top' : 'bottom'}`, { link: i, end: 'to', x: plan.toX, other: plan.fromX });
  });
  for (const side of bySide.values()) {
    const sorted = [...side].sort((p, q) => p.x - q.x);
    // runs of ends at (nearly) one point
    let run: End[] = [];
    const spread = () => {
      if (run.length > 1) {
        run.sort((p, q) => p.other - q.other || p.link - q.link);
        run.forEach((e, k) => {
          const shift = (k - (run.length - 1) / 2) * PORT_GAP;
          const it = ends.get(e.link)!;
          const straight = it.plan.fromX === it.plan.toX;
          if (e.end === 'from' || straight) it.fromX = clamp(it.plan.fromX + shift, it.plan.fromRange);
          if (e.end === 'to' || straight) it.toX = clamp(it.plan.toX + shift, it.plan.toRange);
        });
      }
      run = [];
    };
    for (const e of sorted) {
      if (run.length > 0 && e.x - run[run.length - 1]!.x > 1) spread();
      run.push(e);
    }
    spread();
  }
  return ends;
}

export function layoutLinks(links: readonly Link[], boxes: ReadonlyMap<string, Rect>, lang: ContentLanguage): LinkGeometry[] {
  const out: LinkGeometry[] = [];
  const vertical = verticalEnds(links, boxes);
  links.forEach((link, i) => {
    const a = boxes.get(link.from);
    const b = boxes.get(link.to);
    if (!a || !b) return;
    const v = vertical.get(i);
    const route = v ? verticalRoute(a, b, v.fromX, v.toX) : routeBetween(a, b);
    let label: TextBlock | null = null;
    if (link.title) {
      // 140 px, or as wide as the title needs to break legibly (text/lineFaults.ts)
      const { lines } = fitText(link.title, S.linkLabel, lang, { min: LINK_LABEL_WIDTH });
      const top = route.mid.y - blockHeight(lines.length, S.linkLabel) / 2;
      // Beside a vertical arrow; centred on a horizontal or diagonal one.
      const upright = Math.abs(Math.cos(route.endAngle)) < 0.2;
      label = upright
        ? placeBlock(lines, route.mid.x + 6, top, S.linkLabel, { color: S.colors.ink, anchor: 'start' })
        : placeBlock(lines, route.mid.x, top, S.linkLabel, { color: S.colors.ink, anchor: 'middle' });
    }
    out.push({
      id: link.id,
      from: link.from,
      to: link.to,
      path: route.path,
      start: route.start,
      end: route.end,
      endAngle: route.endAngle,
      label,
      color: S.colors.link,
    });
  });
  return out;
}
