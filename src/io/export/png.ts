/**
 * PNG chunks of an exported image: its resolution (pHYs) and the diagram's
 * JSON (an iTXt chunk with keyword `application/vnd.polku+json`, so the
 * image opens again as a diagram). Pure functions on bytes.
 *
 * Adding splices two small chunks into the file after IHDR and leaves every
 * other chunk's bytes as they are (no re-encoding of image data, so it stays
 * fast for large images). Reading uses png-chunks-extract, which checks
 * every chunk's CRC.
 */
import encodeChunks from 'png-chunks-encode';
import extractChunks from 'png-chunks-extract';
import { POLKU_JSON_TYPE } from './mimeType';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const INCHES_PER_METRE = 1 / 0.0254;

/** Whether `bytes` start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

type Chunk = { name: string; data: Uint8Array };
/** A chunk's place in the file: from its length field to the end of its CRC. */
type Span = { name: string; start: number; end: number; dataStart: number; dataEnd: number };

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/** The chunks of a PNG, by position, without copying; throws on a file that is not a whole PNG. */
function chunkSpans(png: Uint8Array): Span[] {
  if (!isPng(png)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const spans: Span[] = [];
  let at: number = SIGNATURE.length;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const name = latin1(png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > png.length) break;
    spans.push({ name, start: at, end, dataStart: at + 8, dataEnd: at + 8 + length });
    at = end;
    if (name === 'IEND') break;
  }
  if (spans[0]?.name !== 'IHDR') throw new Error('PNG without IHDR');
  if (spans[spans.length - 1]?.name !== 'IEND') throw new Error('PNG without IEND');
  return spans;
}

/** pHYs: pixels per metre on both axes, unit 1 (metre). */
export function physChunk(dpi: number): Chunk {
  const ppm = Math.round(dpi * INCHES_PER_METRE);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1;
  return { name: 'pHYs', data };
}

/**
 * iTXt, uncompressed: keyword (Latin-1), 0, compression flag 0, method 0,
 * empty language tag, 0, empty translated keyword, 0, text as UTF-8.
 */
export function itxtChunk(keyword: string, text: string): Chunk {
  const key = Uint8Array.from(keyword, (c) => c.charCodeAt(0));
  const body = new TextEncoder().encode(text);
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  // key.length: keyword terminator 0, then flag 0, method 0, language '' + 0, translated '' + 0
  data.set(body, key.length + 5);
  return { name: 'iTXt', data };
}

/** The keyword of an iTXt chunk's data (up to its first 0 byte). */
function itxtKeyword(data: Uint8Array): string {
  const nul = data.indexOf(0);
  return latin1(data.subarray(0, nul < 0 ? Math.min(data.length, 80) : nul));
}

/** The text of an uncompressed iTXt chunk, or null when it is compressed or malformed. */
function itxtText(data: Uint8Array): string | null {
  let at = data.indexOf(0);
  if (at < 0 || at + 3 > data.length) return null;
  const compressed = data[at + 1];
  if (compressed !== 0) return null;
  at += 3; // keyword's 0, flag, method
  const langEnd = data.indexOf(0, at);
  if (langEnd < 0) return null;
  const translatedEnd = data.indexOf(0, langEnd + 1);
  if (translatedEnd < 0) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data.subarray(translatedEnd + 1));
  } catch {
    return null;
  }
}

/** Whether a chunk is ours to replace: pHYs, or an iTXt/tEXt/zTXt with our keyword. */
function isReplaced(png: Uint8Array, s: Span): boolean {
  if (s.name === 'pHYs') return true;
  if (s.name !== 'iTXt' && s.name !== 'tEXt' && s.name !== 'zTXt') return false;
  return itxtKeyword(png.subarray(s.dataStart, s.dataEnd)) === POLKU_JSON_TYPE;
}

/**
 * `png` with its resolution set to `dpi` (a pHYs chunk, replacing any) and,
 * when `json` is given, the diagram's JSON in an iTXt chunk (replacing an
 * earlier one), both right after IHDR. Throws when `png` is not a PNG file.
 */
export function addPngChunks(png: Uint8Array, options: { dpi: number; json: string | null }): Uint8Array {
  if (!(options.dpi > 0) || !Number.isFinite(options.dpi)) throw new RangeError(`dpi must be a positive number, got ${options.dpi}`);
  const spans = chunkSpans(png);
  const added: Chunk[] = [physChunk(options.dpi)];
  if (options.json !== null) added.push(itxtChunk(POLKU_JSON_TYPE, options.json));
  // encodeChunks writes the signature and then the chunks with their CRCs
  const inserted = encodeChunks(added).subarray(SIGNATURE.length);
  const kept = spans.filter((s) => !isReplaced(png, s));
  const size = SIGNATURE.length + inserted.length + kept.reduce((n, s) => n + s.end - s.start, 0);
  const out = new Uint8Array(size);
  out.set(SIGNATURE, 0);
  let at: number = SIGNATURE.length;
  kept.forEach((s, i) => {
    out.set(png.subarray(s.start, s.end), at);
    at += s.end - s.start;
    if (i === 0) {
      out.set(inserted, at);
      at += inserted.length;
    }
  });
  return out;
}

/**
 * The diagram JSON embedded in a PNG (the first uncompressed iTXt chunk with
 * keyword `application/vnd.polku+json`), or null when there is none, or the
 * bytes are not a sound PNG (a chunk's CRC is wrong, the file is cut short).
 */
export function readPngJson(png: Uint8Array): string | null {
  if (!isPng(png)) return null;
  let chunks: Chunk[];
  try {
    chunks = extractChunks(png);
  } catch {
    return null;
  }
  for (const c of chunks) {
    if (c.name !== 'iTXt' || itxtKeyword(c.data) !== POLKU_JSON_TYPE) continue;
    const text = itxtText(c.data);
    if (text !== null) return text;
  }
  return null;
}
