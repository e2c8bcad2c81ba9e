/**
 * Diagram → a standalone SVG document, drawn from the same Geometry as the
 * screen (geometryOf), so that every box, line and arrow is where it is on
 * screen. Deterministic: the same diagram and options give the same bytes.
 *
 * Only what every SVG reader draws alike (browsers, librsvg, Inkscape,
 * svg2pdf, slide software): presentation attributes, no CSS classes, no
 * <style>, no foreignObject, no images; text as one <tspan> per line the
 * layout broke; arrowheads as polygons.
 */
import { geometryOf } from '../../layout/cache';
import type { Geometry } from '../../layout/geometry';
import { FONT_FAMILY } from '../../layout/style';
import { layoutWorkshopAppendix } from '../../layout/workshopAppendix';
import { oneLine } from '../../model/oneLine';
import type { Diagram } from '../../model/types';
import { outlineText } from './outlineText';
import { backdropElements } from './svgBackdrop';
import { periodMarks } from '../../scene/periodMarks';
import { metadataElement } from './svgMetadata';
import { linkElement, linkLabelElement, stepElement } from './svgPaths';
import { primitiveGroup } from './svgPrimitives';
import { workshopAppendixElements, workshopMarkElements } from './svgWorkshop';
import { attrs, escapeXml, num } from './xml';

export type SvgOptions = {
  /** 'white': a white page under the diagram; 'transparent': nothing under it. */
  readonly background: 'white' | 'transparent';
  /** The diagram's JSON text to embed (see svgMetadata.ts), or null for none. */
  readonly embed: string | null;
};

export type SvgExport = { readonly svg: string; readonly width: number; readonly height: number };

/** The SVG of `diagram`; `geometry` defaults to the one the screen draws (geometryOf). */
export function buildSvg(diagram: Diagram, options: SvgOptions, geometry: Geometry = geometryOf(diagram)): SvgExport {
  const g = geometry;
  // with workshop notes asked for (privacy.ts removes them otherwise): the room's comments listed under the diagram
  const appendix = layoutWorkshopAppendix(diagram, g);
  const width = Number(num(g.width));
  const height = Number(num(appendix ? appendix.y + appendix.height : g.height));
  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    version: '1.1',
    width,
    height,
    viewBox: `0 0 ${num(width)} ${num(height)}`,
    'xml:lang': diagram.language ?? 'fi',
    role: 'img',
    'aria-labelledby': 'polku-title',
    'aria-describedby': 'polku-desc',
    'font-family': FONT_FAMILY,
    // the layout measures without kerning, as the screen draws (styles.css)
    style: 'font-kerning:none',
  });
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${root}>`,
    `<title id="polku-title">${escapeXml(oneLine(diagram.title))}</title>`,
    `<desc id="polku-desc">${escapeXml(outlineText(diagram))}</desc>`,
  ];
  if (options.embed !== null) parts.push(metadataElement(options.embed));
  if (options.background === 'white') parts.push(`<rect${attrs({ x: 0, y: 0, width, height, fill: '#ffffff' })}/>`);
  parts.push(...backdropElements(g));
  // when each step really happens, under its box (scene/periodMarks.ts)
  parts.push(...primitiveGroup('periods', periodMarks(g)));
  // As on screen: arrows, then their titles, then the steps on top.
  parts.push('<g data-part="links">', ...g.links.map(linkElement), '</g>');
  const labels = g.links.filter((l) => l.label !== null && l.label.lines.length > 0);
  if (labels.length > 0) parts.push('<g data-part="link-labels">', ...labels.map((l) => linkLabelElement(l.id, l.label!)), '</g>');
  parts.push('<g data-part="steps">', ...g.steps.map(stepElement), '</g>');
  parts.push(...workshopMarkElements(diagram, g), ...workshopAppendixElements(appendix));
  parts.push('</svg>', '');
  return { svg: parts.join('\n'), width, height };
}
