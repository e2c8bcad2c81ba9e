/**
 * SVG → PDF: vector paths and real, selectable text in Arimo (embedded),
 * the diagram fitted to an A4 or A3 landscape page. jsPDF, svg2pdf.js and
 * the font files are loaded only when a PDF is asked for.
 */
import regularUrl from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import { jsPDF } from 'jspdf';
import 'svg2pdf.js';
import { blobToBase64 } from './blobBase64';
import { fitToPage, paperSize, type PaperName } from '../../io/export/pdfPage';
import type { Diagram } from '../../model/types';

/** Page margin in points (about 10 mm). */
const MARGIN = 28;

async function base64Of(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return blobToBase64(await response.blob());
}

let fonts: Promise<[string, string]> | null = null;
const loadFonts = () => (fonts ??= Promise.all([base64Of(regularUrl), base64Of(boldUrl)]));

export async function svgToPdf(svg: string, width: number, height: number, paper: PaperName, d: Diagram): Promise<Blob> {
  const [regular, bold] = await loadFonts();
  const page = paperSize(paper, 'landscape');
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [page.width, page.height], compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('Arimo-Regular.ttf', regular);
  doc.addFont('Arimo-Regular.ttf', 'Arimo', 'normal');
  doc.addFileToVFS('Arimo-Bold.ttf', bold);
  doc.addFont('Arimo-Bold.ttf', 'Arimo', 'bold');
  doc.setFont('Arimo', 'normal');
  doc.setProperties({
    title: d.title.replace(/\u00ad/g, ''),
    subject: (d.subtitle ?? '').replace(/\u00ad/g, ''),
    creator: 'Polku',
  });

  // svg2pdf reads an SVG element; it is parsed, never inserted into the page.
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const place = fitToPage(width, height, page, MARGIN);
  await doc.svg(element, { x: place.x, y: place.y, width: place.w, height: place.h });
  return doc.output('blob');
}
