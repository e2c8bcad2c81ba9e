/** Colour arithmetic for legible text: WCAG 2.1 relative luminance and contrast. */

export function parseHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: readonly [number, number, number]): string {
  const h = (v: number) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0');
  return `#${h(r)}${h(g)}${h(b)}`;
}

export function luminance(hex: string): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseHex(hex);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export const DARK_TEXT = '#1b1f24';
export const LIGHT_TEXT = '#ffffff';

export const MIN_CONTRAST = 4.5;

/**
 * The text colour for `background`: the preferred one when it reaches 4.5:1
 * (WCAG 2.1 AA), else near-black or white, else pure black or white — one of
 * which always reaches at least 4.58:1 on any colour.
 */
export function textColorOn(background: string, preferred?: string): string {
  if (preferred && contrast(preferred, background) >= MIN_CONTRAST) return preferred;
  const dark = contrast(DARK_TEXT, background);
  const light = contrast(LIGHT_TEXT, background);
  if (Math.max(dark, light) >= MIN_CONTRAST) return dark >= light ? DARK_TEXT : LIGHT_TEXT;
  return contrast('#000000', background) >= light ? '#000000' : LIGHT_TEXT;
}

/** Mix `hex` towards white by `amount` (0 = unchanged, 1 = white). */
export function tint(hex: string, amount: number): string {
  const [r, g, b] = parseHex(hex);
  return toHex([r + (255 - r) * amount, g + (255 - g) * amount, b + (255 - b) * amount]);
}

/** Mix two colours: t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = parseHex(a);
  const [br, bg, bb] = parseHex(b);
  return toHex([ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t]);
}
