/** Fitting the diagram onto a PDF page: paper sizes in points (1/72 in) and the scale and place that fit. */

export type PaperName = 'A4' | 'A3';
export type PaperSize = { readonly width: number; readonly height: number };
export type Orientation = 'landscape' | 'portrait';

/** ISO 216 sizes in whole points, landscape (as jsPDF rounds them). */
export const PAPER: Readonly<Record<PaperName, PaperSize>> = {
  A4: { width: 842, height: 595 },
  A3: { width: 1191, height: 842 },
};

export function paperSize(paper: PaperName, orientation: Orientation = 'landscape'): PaperSize {
  const p = PAPER[paper];
  return orientation === 'landscape' ? p : { width: p.height, height: p.width };
}

export type PagePlacement = {
  /** points per diagram px */
  readonly scale: number;
  /** the diagram's top-left corner on the page, in points from the page's top-left */
  readonly x: number;
  readonly y: number;
  /** the diagram's size on the page, in points */
  readonly w: number;
  readonly h: number;
};

/**
 * The largest scale at which a `width` × `height` diagram fits inside the
 * page less `marginPt` on every side, centred on the page. A margin wider
 * than half the page counts as none.
 */
export function fitToPage(width: number, height: number, paper: PaperName | PaperSize, marginPt: number): PagePlacement {
  const page = typeof paper === 'string' ? PAPER[paper] : paper;
  const margin = Math.max(0, marginPt * 2 < Math.min(page.width, page.height) ? marginPt : 0);
  const availW = page.width - 2 * margin;
  const availH = page.height - 2 * margin;
  if (!(width > 0) || !(height > 0)) return { scale: 1, x: page.width / 2, y: page.height / 2, w: 0, h: 0 };
  const scale = Math.min(availW / width, availH / height);
  const w = width * scale;
  const h = height * scale;
  return { scale, x: (page.width - w) / 2, y: (page.height - h) / 2, w, h };
}
