/** What the two ways of making a PNG share: their options, the fonts loaded, timing and yielding. */
import { FONT_FAMILY } from '../../layout/text/metrics';
import type { Primitive } from '../../scene/primitives';

export type RasterOptions = {
  /** the scene's own size in px (the SVG's width and height) */
  readonly sourceWidth: number;
  readonly sourceHeight: number;
  /** the PNG's size in pixels */
  readonly width: number;
  readonly height: number;
  /** a white page: every pixel is opaque, so the PNG is RGB */
  readonly opaque: boolean;
  readonly dpi: number;
  readonly json: string | null;
  /** how much of the image is done, 0–1 (by stages when drawn whole; band by band, as bands are drawn and deflated) */
  readonly onProgress?: (done: number) => void;
};

/** Every character the scene's words use (for loading the font's subsets that hold them). */
export function sceneCharacters(scene: readonly Primitive[]): string {
  const seen = new Set<string>();
  const add = (text: string) => {
    for (const c of text) seen.add(c);
  };
  const visit = (p: Primitive) => {
    if (p.kind === 'text') p.block.lines.forEach(add);
    else if (p.kind === 'label') add(p.text);
    else if (p.kind === 'group') p.items.forEach(visit);
  };
  scene.forEach(visit);
  return [...seen].join('');
}

/**
 * The diagram font's faces that hold the scene's characters, loaded before drawing (a canvas draws with a
 * fallback, silently, until they are).
 */
export async function fontsReady(scene: readonly Primitive[]): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const text = sceneCharacters(scene) || ' ';
  await Promise.all([`400 16px ${FONT_FAMILY}`, `700 16px ${FONT_FAMILY}`].map((f) => document.fonts.load(f, text).catch(() => [])));
}

/**
 * Where the time went, as User Timing measures `polku:png:*` (read by the
 * export benchmark): main-thread stages, and the workers' time summed.
 */
export function measure(name: string, start: number, duration: number) {
  performance.measure(`polku:png:${name}`, { start, duration });
}

/** Lets the page paint (the progress bar) between bands. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

