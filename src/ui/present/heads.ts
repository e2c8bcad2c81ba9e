/**
 * The words present mode draws itself, above the veil that dims what is not
 * yet revealed: the phase headers (title and dates), the time axis's labels
 * (every row) and the depth band's level labels. Pure.
 *
 * - Dimmed but legible: those of a phase not yet revealed (and of a depth
 *   level not lit) are greyed towards their veiled background, but keep at
 *   least 4.5:1 on it (WCAG 2.1 AA).
 * - Sticky: in a column or a close-up the pinned lane titles (and the depth
 *   band's title) cover the diagram's left part. A phase header, a label of
 *   the axis's top row (a year, or a month on an axis of days) or a level
 *   label whose start lies under them slides right to stay in view, as long
 *   as it fits whole in its own strip (its phase, its cell, its level);
 *   a header or a level label that does not is broken into lines anew for the
 *   room left, where they fit in its height; otherwise it is not drawn, and
 *   neither is a lower axis row's label partly under them: no half word
 *   peeks out from under the titles.
 * - A level label that does not fit its level (a level of a month or two,
 *   whose words the layout lets run over the band's edges) is not drawn:
 *   the level keeps its colour.
 */
import { textColorOn } from '../../layout/color';
import { dimmedInk, veiled } from '../../layout/dimmedInk';
import type { Geometry, TextBlock } from '../../layout/geometry';
import type { Reveal } from '../../layout/stops';
import { STYLE as S } from '../../layout/style';
import { blockHeight, blockTop, placeBlock, wrap } from '../../layout/textBlock';
import { measureText } from '../../layout/text/measure';
import type { ContentLanguage, Diagram } from '../../model/types';
import { periodLabel } from '../../layout/contentText';
import { LEVEL_VEIL, PHASE_VEIL } from '../../scene/drawing';
import { pinnedColumn, type Camera } from './camera';


/** A text to draw: `block` at its place in the diagram, moved right by `dx`; `shown` false: not drawn. */
export type Head = {
  readonly key: string;
  readonly block: TextBlock;
  readonly dx: number;
  readonly shown: boolean;
  readonly dimmed: boolean;
};

export type Heads = {
  readonly phases: readonly Head[];
  readonly ticks: readonly Head[];
  readonly levels: readonly Head[];
  /** each depth level's box as drawn, its left edge kept clear of the cover (for the veil and the lit frame) */
  readonly levelBoxes: readonly { readonly index: number; readonly x: number; readonly width: number }[];
};

/**
 * Where the cover ends (diagram px): the pinned lane titles hide what lies
 * left of it. -Infinity when nothing is pinned (the whole diagram shows).
 */
export function coveredUntil(g: Geometry, camera: Camera): number {
  const pinned = pinnedColumn(g);
  if (camera.pinnedX === null || pinned === null || camera.scale <= 0) return Number.NEGATIVE_INFINITY;
  return (camera.pinnedX + pinned.width * camera.scale - camera.x) / camera.scale;
}

/**
 * How far a text `width` wide starting at `left`, in a strip ending at `to`,
 * moves right to start `pad` right of `edge`: 0 when it is clear already;
 * null when it would not fit whole in its strip there.
 */
export function slide(left: number, width: number, to: number, edge: number, pad: number): number | null {
  const want = edge + pad;
  if (left >= want) return 0;
  return want + width <= to - pad + 0.5 ? want - left : null;
}

const widest = (b: TextBlock) => Math.max(0, ...b.lines.map((line) => measureText(line, b)));

/** A block in another colour. */
const recolour = (b: TextBlock, color: string): TextBlock => (color === b.color ? b : { ...b, color });

/** Room narrower than this (diagram px) is not worth breaking a text into. */
const MIN_ROOM = 40;

/** The texts the layout broke into the blocks, to break them anew for a narrower room. */
export type HeadWords = {
  readonly lang: ContentLanguage;
  /** each phase's title and period ("3/2022–12/2022"), by id */
  readonly phases: ReadonlyMap<string, { readonly title: string; readonly period: string }>;
  /** the depth levels' titles, in order */
  readonly levels: readonly string[];
};

export function headWordsOf(d: Diagram): HeadWords {
  const lang = d.language ?? 'fi';
  return {
    lang,
    phases: new Map(d.phases.map((p) => [p.id, { title: p.title, period: periodLabel(lang, p.start, p.end) }])),
    levels: (d.depth?.levels ?? []).map((l) => l.title),
  };
}

type Style = Parameters<typeof wrap>[2];

/**
 * `text` broken for `room` px in `style`, as a block at `x` whose top is
 * `top(its height)`; null when a word is wider than the room.
 */
function rewrap(text: string, room: number, style: Style, lang: ContentLanguage, x: number, top: (height: number) => number, color: string) {
  const lines = wrap(text, room, style, lang);
  const block = placeBlock(lines, x, top(blockHeight(lines.length, style)), style, { color });
  return widest(block) <= room + 0.5 ? block : null;
}

export function headsOf(g: Geometry, reveal: Reveal, edge: number, litLevels: readonly number[], words?: HeadWords): Heads {
  const C = S.colors;
  const dimmedPhases = g.phases.filter((p) => !reveal.phaseIds.has(p.id));
  const inside = (p: { x: number; width: number }, x: number) => x >= p.x && x < p.x + p.width;
  /** What lies under x in the header strip and the axis: the last phase drawn there (or the page), under the veils of the dimmed ones. */
  const backgroundAt = (x: number) => {
    let bg = '#ffffff';
    for (const p of g.phases) if (inside(p, x)) bg = p.color;
    const veils = dimmedPhases.filter((p) => inside(p, x)).map(() => PHASE_VEIL);
    return { bg: veiled(bg, ...veils), plain: bg, dimmed: veils.length > 0 };
  };

  const phases: Head[] = [];
  for (const p of g.phases) {
    const right = p.x + p.width;
    const pad = S.phaseHeaderPad;
    let label: TextBlock | null = p.label;
    let dates: TextBlock | null = p.dates;
    let labelDx = slide(p.label.x, widest(p.label), right, edge, pad);
    let datesDx = slide(p.dates.x, widest(p.dates), right, edge, pad);
    const own = words?.phases.get(p.id);
    if ((labelDx === null || datesDx === null) && own && words) {
      // broken anew for the room right of the cover, title above dates as the layout has them, if they fit the header's height
      const room = right - pad - (edge + pad);
      const top = p.header.y + pad;
      const l = room >= MIN_ROOM ? rewrap(own.title, room, S.phaseTitle, words.lang, p.label.x, () => top, p.label.color) : null;
      const below = l ? top + blockHeight(l.lines.length, S.phaseTitle) : 0;
      const d = l && rewrap(own.period, room, S.phaseDates, words.lang, p.dates.x, () => below, p.dates.color);
      if (l && d && blockTop(d) + blockHeight(d.lines.length, S.phaseDates) <= p.header.y + p.header.height - pad + 0.5) {
        label = l;
        dates = d;
        labelDx = datesDx = edge + pad - p.label.x;
      }
    }
    const dimmed = !reveal.phaseIds.has(p.id);
    for (const [part, block, dx] of [['label', label, labelDx], ['dates', dates, datesDx]] as const) {
      if (block === null || block.lines.length === 0) continue;
      const under = backgroundAt(block.x + (dx ?? 0));
      const color = under.dimmed ? dimmedInk(block.color, under.bg) : block.color;
      phases.push({ key: `${p.id}:${part}`, block: recolour(block, color), dx: dx ?? 0, shown: dx !== null, dimmed });
    }
  }

  const ticks: Head[] = [];
  for (const t of g.axis.ticks) {
    if (t.label === '') continue;
    const row = g.axis.rows[t.row]!;
    const top = t.row === 0;
    const width = measureText(t.label, row);
    const left = t.anchor === 'middle' ? t.labelX - width / 2 : t.labelX;
    let dx: number | null = 0;
    if (top) {
      // the top row's label (a year, or the month on an axis of days) slides right within its cell, or the run up to the next label
      const next = g.axis.ticks.find((o) => o.row === 0 && o.label !== '' && o.x > t.x);
      const end = t.anchor === 'middle' ? t.x2 : next ? next.x : g.axis.x1;
      dx = slide(left, width, end, edge, Math.max(2, left - t.x));
    } else if (left < edge + 2) dx = null;
    const x = left + (dx ?? 0);
    const under = backgroundAt(x);
    // a label slid onto another phase takes the colour legible there
    const own = dx ? textColorOn(under.plain, top ? C.ink : C.muted) : t.color;
    const color = under.dimmed ? dimmedInk(own, under.bg) : own;
    const block: TextBlock = {
      lines: [t.label],
      x: t.labelX,
      y: row.baseline,
      size: row.size,
      lineHeight: row.height,
      weight: row.weight,
      anchor: t.anchor,
      color,
    };
    ticks.push({ key: `${t.kind}:${t.x}`, block, dx: dx ?? 0, shown: dx !== null, dimmed: under.dimmed });
  }

  const levels: Head[] = [];
  const levelBoxes: { index: number; x: number; width: number }[] = [];
  for (const l of g.depth?.levels ?? []) {
    const right = l.x + l.width;
    const x = Math.min(right, Math.max(l.x, edge + 2));
    levelBoxes.push({ index: l.index, x, width: right - x });
    if (l.label.lines.length === 0) continue;
    const pad = l.label.x - l.x;
    let label = l.label;
    let dx = slide(l.label.x, widest(l.label), right, edge, pad);
    const title = words?.levels[l.index];
    const room = right - pad - (edge + pad);
    if (dx === null && title !== undefined && words && room >= MIN_ROOM) {
      // broken anew for the room right of the cover, centred in the band's height as the layout has it, if it fits there
      const block = rewrap(title, room, S.depthLevel, words.lang, l.label.x, (height) => l.y + (l.height - height) / 2, l.label.color);
      if (block && blockHeight(block.lines.length, S.depthLevel) <= l.height + 0.5) {
        label = block;
        dx = edge + pad - l.label.x;
      }
    }
    // a level too narrow for its words (the layout lets them run over the band's edges) keeps its colour only
    const top = blockTop(label);
    const fits = top >= l.y - 0.5 && top + blockHeight(label.lines.length, S.depthLevel) <= l.y + l.height + 0.5 && widest(label) <= l.width - 2 * pad + 0.5;
    const dimmed = !litLevels.includes(l.index);
    const color = dimmed ? dimmedInk(label.color, veiled(l.fill, LEVEL_VEIL)) : label.color;
    levels.push({ key: `level:${l.index}`, block: recolour(label, color), dx: dx ?? 0, shown: dx !== null && fits, dimmed });
  }
  return { phases, ticks, levels, levelBoxes };
}

/** The geometry without the words drawn by headsOf (present mode draws them above the veil). */
export function withoutHeads(g: Geometry): Geometry {
  const none = (b: TextBlock): TextBlock => ({ ...b, lines: [] });
  return {
    ...g,
    phases: g.phases.map((p) => ({ ...p, label: none(p.label), dates: none(p.dates) })),
    axis: { ...g.axis, ticks: g.axis.ticks.map((t) => ({ ...t, label: '' })) },
    depth: g.depth && { ...g.depth, levels: g.depth.levels.map((l) => ({ ...l, label: none(l.label) })) },
  };
}
