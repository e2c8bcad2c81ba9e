/** Text blocks: text broken into lines by the diagram font's metrics, placed at a top-left point. */
import type { ContentLanguage } from '../model/types';
import type { TextBlock } from './geometry';
import { firstBaseline } from './style';
import { breakLines } from './text/breakLines';
import { fitWidth } from './text/fitWidth';

export type TextStyle = { readonly size: number; readonly lineHeight: number; readonly weight: 'regular' | 'bold' };

export type BlockOptions = {
  readonly lang: ContentLanguage;
  readonly anchor?: TextBlock['anchor'];
  readonly color: string;
};

export function wrap(text: string, maxWidth: number, style: TextStyle, lang: ContentLanguage): string[] {
  return breakLines(text, maxWidth, { size: style.size, weight: style.weight, lang });
}

/** The widest a fitted text grows when nothing narrower is legal (a longer unbreakable word is cut). */
const FIT_LIMIT = 1200;

/**
 * Text broken legibly (text/lineFaults.ts) in at least `min` px: the
 * narrowest legal width from `min` up to `max` with at most `maxLines`
 * lines; failing that, with more lines at `max`; failing that (a word
 * wider than `max`), wider. `width` is the text's width, without padding.
 */
export function fitText(
  text: string,
  style: TextStyle,
  lang: ContentLanguage,
  opts: { readonly min: number; readonly max?: number; readonly maxLines?: number },
): { width: number; lines: readonly string[] } {
  const font = { size: style.size, weight: style.weight, lang };
  const min = Math.max(1, opts.min);
  const max = Math.max(min, opts.max ?? FIT_LIMIT);
  let fit = fitWidth(text, font, { min, max, maxLines: opts.maxLines });
  if (!fit.legal && opts.maxLines !== undefined) fit = fitWidth(text, font, { min, max });
  if (!fit.legal && max < FIT_LIMIT) fit = fitWidth(text, font, { min: max, max: FIT_LIMIT });
  if (!fit.legal) fit = { ...fit, width: max, lines: wrap(text, max, style, lang) };
  return { width: fit.width, lines: fit.lines };
}

/** Height of `lines` lines in this style. */
export function blockHeight(lines: number, style: TextStyle): number {
  return lines * style.lineHeight;
}

/** A block whose first line box starts at `top`; `x` is the anchor point. */
export function placeBlock(
  lines: readonly string[],
  x: number,
  top: number,
  style: TextStyle,
  opts: Omit<BlockOptions, 'lang'>,
): TextBlock {
  return {
    lines,
    x,
    y: firstBaseline(top, style.size, style.lineHeight),
    size: style.size,
    lineHeight: style.lineHeight,
    weight: style.weight,
    anchor: opts.anchor ?? 'start',
    color: opts.color,
  };
}

/** The top of a block's first line box (the inverse of placeBlock's baseline). */
export function blockTop(block: TextBlock): number {
  return block.y - (firstBaseline(0, block.size, block.lineHeight));
}
