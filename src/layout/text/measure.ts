/**
 * Text width from the font's own advance table: no DOM, identical in Node,
 * tests and every browser. Matches what a browser renders with
 * `font-family: Arimo; font-kerning: none` (kerning is not applied).
 */
import { ASCENDER, DESCENDER, LINE_GAP, textUnits, unitsToPx, type FontWeight } from './metrics.ts';

export type FontSpec = { size: number; weight: 'regular' | 'bold' };

/**
 * Width in px of `text` drawn on one line in the diagram font at `font.size`
 * px. Iterates code points, so an astral character counts once. Soft hyphens
 * and other default-ignorable characters are 0 wide; characters the font
 * lacks count 1 em (emoji 1.35 em) so text is never under-measured.
 */
export function measureText(text: string, font: FontSpec): number {
  return unitsToPx(textUnits(text, font.weight), font.size);
}

/** Vertical metrics in px (hhea): ascent above and descent below the baseline. */
export function fontExtents(size: number): { ascent: number; descent: number; lineGap: number } {
  return {
    ascent: unitsToPx(ASCENDER, size),
    descent: unitsToPx(-DESCENDER, size),
    lineGap: unitsToPx(LINE_GAP, size),
  };
}

export type { FontWeight };
