/** The depth band: levels along the same axis, deepening in colour towards the last, ending in an arrow tip. */
import type { Depth } from '../model/types';
import type { Frame } from './axis';
import { mix, textColorOn } from './color';
import type { DepthGeometry, DepthLevelGeometry } from './geometry';
import { STYLE as S } from './style';
import { blockHeight, fitText, placeBlock, wrap } from './textBlock';
import { startTime } from './time';

export function layoutDepth(depth: Depth, f: Frame, top: number): DepthGeometry | null {
  const levels = depth.levels;
  if (levels.length === 0) return null;
  const C = S.colors;
  const h = S.depthHeight;
  const bandEnd = f.x1 - S.depthTip;
  const xAt = (at: string) => Math.min(bandEnd, Math.max(f.x0, f.scale(new Date(startTime(at)))));
  const geoms: DepthLevelGeometry[] = levels.map((lvl, i) => {
    const lx = i === 0 ? f.x0 : xAt(lvl.at);
    const next = levels[i + 1];
    const rx = next ? xAt(next.at) : bandEnd;
    const intensity = levels.length === 1 ? 1 : i / (levels.length - 1);
    const fill = mix(C.depthLight, C.depthDark, intensity);
    // the level's width, or what its title needs to break legibly (text/lineFaults.ts)
    const { lines } = fitText(lvl.title, S.depthLevel, f.lang, { min: Math.max(24, rx - lx - 16) });
    const textTop = top + (h - blockHeight(lines.length, S.depthLevel)) / 2;
    return {
      index: i,
      x: lx,
      y: top,
      width: Math.max(0, rx - lx),
      height: h,
      intensity,
      fill,
      label: placeBlock(lines, lx + 8, textTop, S.depthLevel, { color: textColorOn(fill) }),
    };
  });
  const titleLines = wrap(depth.title, f.laneHeaderWidth - 2 * S.laneHeaderPad, S.depthTitle, f.lang);
  const headerHeight = Math.max(h, blockHeight(titleLines.length, S.depthTitle) + 8);
  return {
    x: f.x0,
    y: top,
    width: f.x1 - f.x0,
    height: h,
    header: { x: S.margin, y: top, width: f.laneHeaderWidth, height: headerHeight },
    title: placeBlock(
      titleLines,
      S.margin,
      top + (headerHeight - blockHeight(titleLines.length, S.depthTitle)) / 2,
      S.depthTitle,
      { color: C.ink },
    ),
    levels: geoms,
    // half a pixel of overlap so that no seam shows between the last level and its tip
    tip: [
      { x: bandEnd - 0.5, y: top },
      { x: f.x1, y: top + h / 2 },
      { x: bandEnd - 0.5, y: top + h },
    ],
    tipFill: geoms[geoms.length - 1]!.fill,
  };
}
