/**
 * One export, in the browser: the diagram (without workshop notes unless
 * asked) → SVG (pure, src/io/export) → PNG drawn band by band and deflated
 * in workers (rasterPng.ts), or PDF through jsPDF + svg2pdf (each loaded only
 * then). The app's dialog and the command-line
 * export (scripts/export.mjs, in headless Chromium) both run this, so their
 * files are the same.
 */
import { fileNameFor } from '../../io/fileName';
import { pngSize, type PngScale } from '../../io/export/pngSize';
import { withoutWorkshopNotes } from '../../io/export/privacy';
import { buildSvg, exportScene } from '../../io/export/svg';
import { geometryOf } from '../../layout/cache';
import type { PaperName } from '../../io/export/pdfPage';
import { writeDiagramText } from '../../io/writeDiagram';
import type { Diagram } from '../../model/types';
import { ExportError } from './exportError';

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
  /** PNG only: the scale asked for even beyond a canvas's limits (the image is tiled), never scaled down */
  readonly fullResolution: boolean;
};

export const DEFAULT_EXPORT: ExportOptions = { format: 'png', scale: 2, background: 'white', paper: 'A4', includeNotes: false, fullResolution: false };

export type ExportResult = {
  readonly blob: Blob;
  readonly fileName: string;
  readonly mimeType: string;
  /** PNG: the scale used when the one asked for was beyond the browser's canvas limits */
  readonly scaledDownTo: number | null;
};

export { ExportError };

const MIME: Record<ExportFormat, string> = { svg: 'image/svg+xml', png: 'image/png', pdf: 'application/pdf' };

/** What is drawn and embedded: the diagram, without workshop data unless the person asked for it. */
export function shownDiagram(d: Diagram, includeNotes: boolean): Diagram {
  return includeNotes ? d : withoutWorkshopNotes(d);
}

/** What an export draws and embeds: the diagram shown and its JSON text. */
function shownWithJson(d: Diagram, includeNotes: boolean): { shown: Diagram; json: string } {
  const shown = shownDiagram(d, includeNotes);
  return { shown, json: writeDiagramText(shown) };
}

/** The SVG text of an export (the dialog's preview, the SVG file, the source of the PDF). */
export function exportSvg(
  d: Diagram,
  options: Pick<ExportOptions, 'background' | 'includeNotes'>,
): { svg: string; width: number; height: number; json: string } {
  const { shown, json } = shownWithJson(d, options.includeNotes);
  return { ...buildSvg(shown, { background: options.background, embed: json }), json };
}

/**
 * One export. `onProgress` hears how much of a PNG is done (0–1) while its
 * bands are drawn and deflated.
 */
export async function exportDiagram(d: Diagram, options: ExportOptions, onProgress?: (done: number) => void): Promise<ExportResult> {
  const fileName = fileNameFor(d.title, options.format);
  const mimeType = MIME[options.format];
  if (options.format === 'pdf') {
    const { svg, width, height } = exportSvg(d, { background: 'white', includeNotes: options.includeNotes });
    const { svgToPdf } = await import('./pdf');
    const blob = await svgToPdf(svg, width, height, options.paper, d);
    return { blob, fileName, mimeType, scaledDownTo: null };
  }
  if (options.format === 'svg') {
    const { svg } = exportSvg(d, options);
    return { blob: new Blob([svg], { type: mimeType }), fileName, mimeType, scaledDownTo: null };
  }
  // PNG: the scene the SVG would write, drawn directly (rasterPng.ts)
  const { shown, json } = shownWithJson(d, options.includeNotes);
  const { scene, width, height } = exportScene(shown, geometryOf(shown));
  const size = pngSize(width, height, options.scale, options.fullResolution ? null : undefined);
  const { rasterPng } = await import('./rasterPng');
  const blob = await rasterPng(scene, {
    sourceWidth: width,
    sourceHeight: height,
    width: size.width,
    height: size.height,
    opaque: options.background === 'white',
    dpi: size.dpi,
    json,
    ...(onProgress ? { onProgress } : {}),
  });
  return { blob, fileName, mimeType, scaledDownTo: size.scaledDown ? size.scale : null };
}
