/** Arrows between steps, from border to border, with their titles. */
import type { ContentLanguage, Link } from '../model/types';
import type { LinkGeometry, Rect, TextBlock } from './geometry';
import { routeBetween } from './route';
import { STYLE as S } from './style';
import { blockHeight, placeBlock, wrap } from './textBlock';

export function layoutLinks(links: readonly Link[], boxes: ReadonlyMap<string, Rect>, lang: ContentLanguage): LinkGeometry[] {
  const out: LinkGeometry[] = [];
  for (const link of links) {
    const a = boxes.get(link.from);
    const b = boxes.get(link.to);
    if (!a || !b) continue;
    const route = routeBetween(a, b);
    let label: TextBlock | null = null;
    if (link.title) {
      const lines = wrap(link.title, 140, S.linkLabel, lang);
      const top = route.mid.y - blockHeight(lines.length, S.linkLabel) / 2;
      // Beside a vertical arrow; centred on a horizontal or diagonal one.
      const vertical = Math.abs(Math.cos(route.endAngle)) < 0.2;
      label = vertical
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
  }
  return out;
}
