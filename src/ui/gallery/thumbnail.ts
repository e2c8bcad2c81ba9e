/**
 * A template's preview: the app's own export SVG (src/io/export/svg.ts, the
 * same drawing as Export SVG, without the embedded diagram), shown through an
 * <img> from a blob URL — an image cannot run script.
 */
import { buildSvg } from '../../io/export/svg';
import type { Diagram } from '../../model/types';

export function thumbnailUrl(diagram: Diagram): string {
  const { svg } = buildSvg(diagram, { background: 'white', embed: null });
  return URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
}
