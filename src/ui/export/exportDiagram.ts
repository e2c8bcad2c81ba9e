/**
 * One export, in the browser: the diagram (without workshop notes unless
 * asked) → SVG (pure, src/io/export) → PNG through a canvas, or PDF through
 * jsPDF + svg2pdf (loaded only then). The app's dialog and the command-line
 * export (scripts/export.mjs, in headless Chromium) both run this, so their
 * files are the same.
 */
import { fileNameFor } from '../../io/fileName';
import { addPngChunks } from '../../io/export/png';
import { pngSize, type PngScale } from '../../io/export/pngSize';
import { withoutWorkshopNotes } from '../../io/export/privacy';
import { buildSvg } from '../../io/export/svg';
import type { PaperName } from '../../io/export/pdfPage';
import { writeDiagramText } from '../../io/writeDiagram';
import type { Diagram } from '../../model/types';

export type ExportFormat = 'svg' | 'png' | 'pdf';

export type ExportOptions = {
  readonly format: ExportFormat;
  /** PNG only */
  readonly scale: PngScale;
  /** SVG and PNG; a PDF page is always white */
  readonly background: 'white' | 'transparent';
  /** PDF only */
  readonly paper: PaperName;
  /** comments, names, votes and speaker notes in the picture and in the embedded diagram */
  readonly includeNotes: boolean;
};

export const DEFAULT_EXPORT: ExportOptions = { format: 'png', scale: 2, background: 'white', paper: 'A4', includeNotes: false };

export type ExportResult = {
  readonly blob: Blob;
  readonly fileName: string;
  readonly mimeType: string;
  /** PNG: the scale used when the one asked for was beyond the browser's canvas limits */
  readonly scaledDownTo: number | null;
};

export class ExportError extends Error {
  constructor(
    readonly reason: 'canvas' | 'image',
    message: string,
  ) {
    super(message);
  }
}

const MIME: Record<ExportFormat, string> = { svg: 'image/svg+xml', png: 'image/png', pdf: 'application/pdf' };

/** What is drawn and embedded: the diagram, without workshop data unless the person asked for it. */
export function shownDiagram(d: Diagram, includeNotes: boolean): Diagram {
  return includeNotes ? d : withoutWorkshopNotes(d);
}

/** The SVG text of an export (the dialog's preview, the SVG file, the source of PNG and PDF). */
export function exportSvg(
  d: Diagram,
  options: Pick<ExportOptions, 'background' | 'includeNotes'>,
): { svg: string; width: number; height: number; json: string } {
  const shown = shownDiagram(d, options.includeNotes);
  const json = writeDiagramText(shown);
  return { ...buildSvg(shown, { background: options.background, embed: json }), json };
}

export async function exportDiagram(d: Diagram, options: ExportOptions): Promise<ExportResult> {
  const fileName = fileNameFor(d.title, options.format);
  const mimeType = MIME[options.format];
  if (options.format === 'pdf') {
    const { svg, width, height } = exportSvg(d, { background: 'white', includeNotes: options.includeNotes });
    const { svgToPdf } = await import('./pdf');
    const blob = await svgToPdf(svg, width, height, options.paper, d);
    return { blob, fileName, mimeType, scaledDownTo: null };
  }
  const { svg, width, height, json } = exportSvg(d, options);
  if (options.format === 'svg') return { blob: new Blob([svg], { type: mimeType }), fileName, mimeType, scaledDownTo: null };

  const size = pngSize(width, height, options.scale);
  const drawn = await rasterize(svg, size.width, size.height);
  const png = addPngChunks(drawn, { dpi: size.dpi, json });
  return {
    blob: new Blob([png as Uint8Array<ArrayBuffer>], { type: mimeType }),
    fileName,
    mimeType,
    scaledDownTo: size.scaledDown ? size.scale : null,
  };
}

/** The SVG drawn on a canvas of `width` × `height` pixels, as PNG bytes. */
export async function rasterize(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    try {
      await img.decode();
    } catch {
      throw new ExportError('image', 'the SVG could not be drawn');
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportError('canvas', `no ${width}×${height} canvas`);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // a canvas beyond what this browser can hold gives no image rather than an error
    if (!blob || blob.size === 0) throw new ExportError('canvas', `no ${width}×${height} image`);
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
