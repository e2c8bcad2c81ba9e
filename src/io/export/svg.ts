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
import { backdropScene, textScene } from '../../scene/backdrop';
import { labelledLinks, linkLabelScene, linkScene } from '../../scene/links';
import { part, type Primitive } from '../../scene/primitives';
import { stepScene } from '../../scene/steps';
import { workshopMarksScene } from '../../scene/workshopMarks';
import { metadataElement } from './svgMetadata';
import { primitiveElement } from './svgPrimitives';
import { attrs, escapeXml, num } from './xml';

export type SvgOptions = {
  /** 'white': a white page under the diagram; 'transparent': nothing under it. */
  readonly background: 'white' | 'transparent';
  /** The diagram's JSON text to embed (see svgMetadata.ts), or null for none. */
  readonly embed: string | null;
};

export type SvgExport = { readonly svg: string; readonly width: number; readonly height: number };

/**
 * What an export draws, in order: the backdrop (with the steps' period marks), arrows, then their titles,
 * then the steps on top, then the room's marks, and with workshop notes the room's comments listed under the
 * diagram — as the screen and present mode draw it. The SVG writes it as elements; the PNG draws it with
 * Canvas 2D (scene/canvas2d.ts). `width` × `height`: the page, the comments included.
 */
export function exportScene(diagram: Diagram, g: Geometry): { scene: Primitive[]; width: number; height: number } {
  // with workshop notes asked for (privacy.ts removes them otherwise): the room's comments listed under the diagram
  const appendix = layoutWorkshopAppendix(diagram, g);
  const scene: Primitive[] = [
    ...backdropScene(g),
    { kind: 'group', part: 'links', items: g.links.map(linkScene) },
    ...part('link-labels', labelledLinks(g.links).map((l) => linkLabelScene(l.id, l.label))),
    { kind: 'group', part: 'steps', items: g.steps.map(stepScene) },
    ...workshopMarksScene(diagram, g),
    ...(appendix ? part('workshop-comments', appendix.blocks.flatMap(textScene)) : []),
  ];
  return { scene, width: Number(num(g.width)), height: Number(num(appendix ? appendix.y + appendix.height : g.height)) };
}

/** The SVG of `diagram`; `geometry` defaults to the one the screen draws (geometryOf). */
export function buildSvg(diagram: Diagram, options: SvgOptions, geometry: Geometry = geometryOf(diagram)): SvgExport {
  const { scene, width, height } = exportScene(diagram, geometry);
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
  parts.push(...scene.map(primitiveElement));
  parts.push('</svg>', '');
  return { svg: parts.join('\n'), width, height };
}
