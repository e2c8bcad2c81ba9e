/** Text blocks: text broken into lines by the diagram font's metrics, placed at a top-left point. */
import type { ContentLanguage } from '../model/types';
import type { TextBlock } from './geometry';
import { firstBaseline } from './style';
import { breakLines } from './text/breakLines';

export type TextStyle = { readonly size: number; readonly lineHeight: number; readonly weight: 'regular' | 'bold' };

export type BlockOptions = {
  readonly lang: ContentLanguage;
  readonly anchor?: TextBlock['anchor'];
  readonly color: string;
};

export function wrap(text: string, maxWidth: number, style: TextStyle, lang: ContentLanguage): string[] {
  return breakLines(text, maxWidth, { size: style.size, weight: style.weight, lang });
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
