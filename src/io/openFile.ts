/**
 * A file given to Open or dropped on the canvas: a diagram's JSON, or an
 * image Polku exported (PNG or SVG), which carries the diagram's JSON. An
 * image without it is refused with its own message. Nothing here changes
 * the open document.
 */
import { MAX_FILE_BYTES } from '../model/limits.ts';
import { readDiagramFile, readDiagramText, type ReadResult } from './readDiagram.ts';

export type OpenedKind = 'json' | 'png' | 'svg';
export type OpenResult = ReadResult & { readonly kind: OpenedKind };

/** An exported image may be larger than a JSON file: at 3× a poster is many megabytes of pixels. */
export const MAX_IMAGE_BYTES = 8 * MAX_FILE_BYTES;

/**
 * provisional.ts FIRST_LATER_LINKS, which a test holds this to: a number here, not imported, so that this
 * module's chunk and the background's share no code (each shared module is one more chunk named in the
 * start-up's list of what every lazy import loads, and the start-up is at its budget).
 */
export const OPENS_LATER_LINKS = 3000;

export async function readOpenedFile(file: Blob, name: string): Promise<OpenResult> {
  const result = await readAny(file, name);
  // a diagram of thousands of arrows is shown before they are routed (layout/routeLater.ts): the code that
  // routes them in the background comes with the file, before its first layout
  if (result.ok && result.diagram.links.length >= OPENS_LATER_LINKS) await import('../layout/routeLater').catch(() => undefined);
  return result;
}

async function readAny(file: Blob, name: string): Promise<OpenResult> {
  const tooLarge = file.size > MAX_IMAGE_BYTES || (file.size > MAX_FILE_BYTES && !/\.(png|svg)$/i.test(name.trim()));
  // a JSON file goes through the reader's own checks (size first, then UTF-8, syntax, schema)
  if (tooLarge) return { ...(await readDiagramFile(file)), kind: 'json' };
  // the image readers load only for what is not plainly JSON (first non-space byte "{")
  if (!/\.(png|svg)$/i.test(name.trim()) && (await startsLikeJson(file))) return { ...(await readDiagramFile(file)), kind: 'json' };
  const { extractEmbeddedJson } = await import('./export/embedded.ts');
  const found = extractEmbeddedJson(new Uint8Array(await file.arrayBuffer()), name);
  if (found.kind === 'json') return { ...(await readDiagramFile(file)), kind: 'json' };
  if (found.text === null) return { ok: false, kind: found.kind, problems: [{ path: [], code: 'noDiagram', params: { kind: found.kind.toUpperCase() } }] };
  return { ...readDiagramText(found.text), kind: found.kind };
}

async function startsLikeJson(file: Blob): Promise<boolean> {
  const head = new Uint8Array(await file.slice(0, 256).arrayBuffer());
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  return i >= head.length || head[i] !== 0x3c /* < */ && head[i] !== 0x89;
}
