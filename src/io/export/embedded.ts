/**
 * What a file given to Open is, and the diagram JSON it holds: a JSON file's
 * own text, or the JSON an exported PNG or SVG carries (see png.ts,
 * svgMetadata.ts). Pure: works on bytes, in the browser and in Node.
 */
import { isPng, readPngJson } from './png';
import { readSvgJson } from './svgMetadata';

export type EmbeddedJson = {
  readonly kind: 'json' | 'png' | 'svg';
  /**
   * png, svg: the embedded JSON text, or null for an image without Polku data.
   * json: the file's text, or null when the bytes are not UTF-8 (the reader's
   * `encoding` problem).
   */
  readonly text: string | null;
};

const decoder = (fatal: boolean) => new TextDecoder('utf-8', { fatal, ignoreBOM: false });

/** An SVG by its name, or by its first characters when the name says nothing (`<?xml`, `<svg`, or a comment first). */
function looksLikeSvg(bytes: Uint8Array, fileName: string): boolean {
  if (/\.svg$/i.test(fileName.trim())) return true;
  if (/\.json$/i.test(fileName.trim())) return false;
  const head = decoder(false).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  return /^<(\?xml|svg[\s>]|!--|!DOCTYPE svg)/i.test(head);
}

export function extractEmbeddedJson(bytes: Uint8Array, fileName: string): EmbeddedJson {
  if (isPng(bytes)) return { kind: 'png', text: readPngJson(bytes) };
  if (looksLikeSvg(bytes, fileName)) return { kind: 'svg', text: readSvgJson(decoder(false).decode(bytes)) };
  try {
    // as readDiagramFile: fatal, so that bytes that are not UTF-8 are refused, not repaired
    return { kind: 'json', text: decoder(true).decode(bytes) };
  } catch {
    return { kind: 'json', text: null };
  }
}
