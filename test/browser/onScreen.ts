/**
 * What a person sees of present mode's texts, measured in the page: every
 * text and tspan of the stage's SVG and every text of present mode's HTML,
 * as the parts of its box that are on screen and not painted over.
 *
 * - A text's box is its line box (getBoundingClientRect of each tspan, of a
 *   text without tspans, or of each line of an HTML text node).
 * - What is on screen: within the stage (for the SVG) and the clip of its
 *   group (a column's or a close-up's rows), within the boxes that hide what
 *   overflows them (for the HTML); empty and fully transparent texts do not
 *   count.
 * - Painted over: an opaque SVG rect painted after the text (the white
 *   under the pinned titles, a step's box), and, for the SVG, an opaque HTML
 *   box above the stage (the title card, the controls while they show).
 * - Veils: the white rects dimming what is not revealed (`.polku-present-dim`)
 *   over a text's centre, painted before or after it, for its contrast.
 */
import type { Page } from 'playwright-core';
import { contrast, mix } from '../../src/layout/color';

export type Box = { left: number; top: number; right: number; bottom: number };

export type SeenText = {
  /** one per element: a <text>, or the HTML element of a text node */
  readonly element: number;
  readonly text: string;
  readonly svg: boolean;
  /** a step's or an arrow's text (not the sheet's) */
  readonly onStep: boolean;
  /** the parts of its line boxes seen */
  readonly pieces: readonly Box[];
  readonly fill: string;
  readonly opacity: number;
  /** the veils over its centre: their opacity, and whether painted after the text */
  readonly veils: readonly { readonly opacity: number; readonly after: boolean }[];
  /** the phase columns under its centre, in paint order (ids) */
  readonly phases: readonly string[];
};

export type SeenScreen = {
  readonly texts: readonly SeenText[];
  /** each phase column's box on screen (the veil's rect), cut to the stage and its clip, and whether revealed */
  readonly columns: readonly { readonly id: string; readonly revealed: boolean; readonly box: Box | null; readonly top: number }[];
};

export function seenOnScreen(page: Page): Promise<SeenScreen> {
  return page.evaluate(() => {
    const root = document.querySelector('.polku-present')!;
    const svg = root.querySelector('svg.polku-present-svg')!;
    const toBox = (r: DOMRect | { left: number; top: number; right: number; bottom: number }) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const meet = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const empty = (b: Box) => b.right - b.left < 0.5 || b.bottom - b.top < 0.5;
    const minus = (a: Box, c: Box): Box[] => {
      const i = meet(a, c);
      if (empty(i)) return [a];
      return [
        { left: a.left, right: a.right, top: a.top, bottom: i.top },
        { left: a.left, right: a.right, top: i.bottom, bottom: a.bottom },
        { left: a.left, right: i.left, top: i.top, bottom: i.bottom },
        { left: i.right, right: a.right, top: i.top, bottom: i.bottom },
      ].filter((b) => !empty(b));
    };
    const opacityOf = (el: Element): number => {
      let o = 1;
      for (let e: Element | null = el; e !== null; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden') return 0;
        o *= Number(s.opacity);
      }
      return o;
    };
    const stage = toBox(root.querySelector('.polku-present-stage')!.getBoundingClientRect());
    const screen = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    /** The clip of the group an SVG element is in, on screen. */
    const clipOf = (el: Element): Box | null => {
      const g = el.closest('[clip-path]');
      const id = g?.getAttribute('clip-path')?.match(/^url\(#(.+)\)$/)?.[1];
      const rect = id ? document.getElementById(id)?.querySelector('rect') : null;
      if (!g || !rect) return null;
      const b = (rect as SVGRectElement).getBBox();
      const m = (g as SVGGraphicsElement).getScreenCTM()!;
      const p = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(m);
      const a = p(b.x, b.y);
      const c = p(b.x + b.width, b.y + b.height);
      return { left: Math.min(a.x, c.x), top: Math.min(a.y, c.y), right: Math.max(a.x, c.x), bottom: Math.max(a.y, c.y) };
    };
    /** An HTML box cut to the screen and to every box around it that hides what overflows it. */
    const shownIn = (el: Element, box: Box) => {
      let b = meet(box, screen);
      for (let e: Element | null = el; e !== null && e !== root; e = e.parentElement) {
        if (getComputedStyle(e).overflowX !== 'visible') b = meet(b, toBox(e.getBoundingClientRect()));
      }
      return b;
    };
    const inSvg = (el: Element, box: Box) => {
      const clip = clipOf(el);
      const b = meet(box, stage);
      return clip ? meet(b, clip) : b;
    };

    // opaque rects of the SVG, and opaque HTML boxes above the stage
    const svgCovers = Array.from(svg.querySelectorAll('rect'))
      .filter((r) => !r.closest('clipPath, defs'))
      .filter((r) => {
        const s = getComputedStyle(r);
        return s.fill !== 'none' && Number(s.fillOpacity) >= 0.999 && opacityOf(r) >= 0.999;
      })
      .map((r) => ({ el: r as Element, box: inSvg(r, toBox(r.getBoundingClientRect())) }));
    const htmlCovers = Array.from(root.querySelectorAll('*'))
      .filter((e) => !(e instanceof SVGElement) && !e.contains(svg))
      .filter((e) => {
        const bg = getComputedStyle(e).backgroundColor.match(/[\d.]+/g)?.map(Number) ?? [];
        const alpha = bg.length === 4 ? bg[3]! : bg.length === 3 ? 1 : 0;
        return alpha >= 0.9 && opacityOf(e) >= 0.9;
      })
      .map((e) => toBox(e.getBoundingClientRect()));
    const veils = Array.from(svg.querySelectorAll('.polku-present-dim'));
    const columns = Array.from(svg.querySelectorAll('.polku-present-phase'));

    const elements: Element[] = [];
    const texts: SeenText[] = [];
    const add = (el: Element, text: string, boxes: Box[], isSvg: boolean) => {
      const opacity = opacityOf(el);
      if (text.trim() === '' || opacity <= 0) return;
      let pieces = boxes.map((b) => (isSvg ? inSvg(el, b) : shownIn(el, b))).filter((b) => !empty(b));
      if (isSvg) {
        for (const c of svgCovers) {
          if (c.el.contains(el) || !(el.compareDocumentPosition(c.el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
          pieces = pieces.flatMap((p) => minus(p, c.box));
        }
        for (const c of htmlCovers) pieces = pieces.flatMap((p) => minus(p, c));
      }
      if (pieces.length === 0) return;
      const all = toBox(el.getBoundingClientRect());
      const cx = (all.left + all.right) / 2;
      const cy = (all.top + all.bottom) / 2;
      const over = (r: Element) => {
        const b = r.getBoundingClientRect();
        return cx >= b.left && cx < b.right && cy >= b.top && cy < b.bottom;
      };
      let index = elements.indexOf(el);
      if (index < 0) index = elements.push(el) - 1;
      texts.push({
        element: index,
        text,
        svg: isSvg,
        onStep: el.closest('.polku-present-step, .polku-present-link') !== null,
        pieces,
        fill: isSvg ? getComputedStyle(el).fill : getComputedStyle(el).color,
        opacity,
        veils: isSvg
          ? veils.filter(over).map((v) => ({
              opacity: opacityOf(v),
              after: Boolean(el.compareDocumentPosition(v) & Node.DOCUMENT_POSITION_FOLLOWING),
            }))
          : [],
        phases: isSvg ? columns.filter((c) => over(c.querySelector('.polku-present-dim')!)).map((c) => c.getAttribute('data-phase')!) : [],
      });
    };

    for (const t of Array.from(svg.querySelectorAll('text'))) {
      const spans = Array.from(t.querySelectorAll('tspan'));
      const text = Array.from(spans.length ? spans : [t]).map((s) => s.textContent ?? '').join('\n');
      add(t, text, (spans.length ? spans : [t]).map((s) => toBox(s.getBoundingClientRect())), true);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest('svg, .sr-only, option, select')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      add(parent, n.textContent ?? '', Array.from(range.getClientRects()).map(toBox), false);
    }

    return {
      texts,
      columns: columns.map((c) => {
        const veil = c.querySelector('.polku-present-dim')!;
        const whole = toBox(veil.getBoundingClientRect());
        const box = inSvg(veil, whole);
        return { id: c.getAttribute('data-phase')!, revealed: c.getAttribute('data-revealed') === 'true', box: empty(box) ? null : box, top: whole.top };
      }),
    };
  });
}

/** Pairs of different texts whose seen parts overlap by more than a pixel each way. */
export function overlaps(texts: readonly SeenText[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (a.element === b.element) continue;
      const hit = a.pieces.some((p) =>
        b.pieces.some((q) => Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1),
      );
      if (hit) found.push(`${JSON.stringify(a.text)} × ${JSON.stringify(b.text)}`);
    }
  }
  return found;
}

const hex = (css: string) => {
  const [r = 0, g = 0, b = 0] = css.match(/[\d.]+/g)!.map(Number);
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
};

/**
 * A text's contrast as drawn: its fill at its opacity over the colour of the
 * phase under it (`colorOf`, the last column drawn there; white outside them),
 * both under the veils painted after it; the background under those before.
 */
export function drawnContrast(t: SeenText, colorOf: (phaseId: string) => string): number {
  let bg = t.phases.length ? colorOf(t.phases[t.phases.length - 1]!) : '#ffffff';
  for (const v of t.veils) if (!v.after) bg = mix(bg, '#ffffff', v.opacity);
  let fg = mix(bg, hex(t.fill), t.opacity);
  for (const v of t.veils) {
    if (!v.after) continue;
    bg = mix(bg, '#ffffff', v.opacity);
    fg = mix(fg, '#ffffff', v.opacity);
  }
  return contrast(fg, bg);
}
