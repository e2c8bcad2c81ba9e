/**
 * Dimmed text that still reads: present mode greys out what is not yet
 * revealed, but a header, its dates and the axis labels stay legible
 * (WCAG 2.1 AA, 4.5:1) on the veiled background. Pure.
 */
import { contrast, MIN_CONTRAST, mix, textColorOn, tint } from './color';

/** The contrast dimmed text keeps: AA's 4.5:1 and a little to spare for rounding. */
export const DIMMED_CONTRAST = MIN_CONTRAST + 0.1;

/** `background` seen through white veils of these opacities, one over the other. */
export function veiled(background: string, ...opacities: readonly number[]): string {
  const through = opacities.reduce((left, o) => left * (1 - Math.min(1, Math.max(0, o))), 1);
  return tint(background, 1 - through);
}

/**
 * `color` moved towards `background` as far as it can go while keeping
 * `min` contrast on it. A colour that does not reach `min` there to begin
 * with (white text on a phase the veil has paled) starts from the legible
 * ink for that background.
 */
export function dimmedInk(color: string, background: string, min = DIMMED_CONTRAST): string {
  const base = contrast(color, background) >= min ? color : textColorOn(background);
  if (contrast(base, background) < min) return base;
  let near = 0;
  let far = 1;
  for (let i = 0; i < 24; i++) {
    const t = (near + far) / 2;
    if (contrast(mix(base, background, t), background) >= min) near = t;
    else far = t;
  }
  // rounding to whole channel values may cost a hair of contrast: step back until it holds
  for (let t = near; t > 0; t -= 0.01) {
    const ink = mix(base, background, t);
    if (contrast(ink, background) >= min) return ink;
  }
  return base;
}
