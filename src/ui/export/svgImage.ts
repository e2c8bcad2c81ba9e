/** What the two ways of making a PNG share: their options, the SVG decoded as an <img>, timing and yielding. */
import { ExportError } from './exportError';

export type RasterOptions = {
  /** the SVG's own size in px (its width and height attributes) */
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

/** The SVG decoded as an image (its object URL to revoke when done). */
export async function decodeSvg(svg: string): Promise<{ img: HTMLImageElement; url: string }> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
  } catch {
    URL.revokeObjectURL(url);
    throw new ExportError('image', 'the SVG could not be drawn');
  }
  return { img, url };
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

