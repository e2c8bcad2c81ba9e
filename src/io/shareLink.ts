/**
 * Share links: the diagram itself in the address's fragment, so that it never
 * goes to any server (browsers do not send the fragment).
 *
 *   <the app's address>#polku=<base64url of the deflate-raw of the diagram's JSON>
 *
 * Polku makes links of at most 8,000 characters (many mail and chat programs
 * break longer ones) and reads links of at most 64 KiB. Reading is bounded: the
 * data is inflated a little at a time and given up past the format's 20 MB, and
 * what comes out is read by the same reader as files (src/io/readDiagram.ts),
 * so a hostile link is refused with located problems and never throws.
 */
import { deflateRaw, Inflate } from 'pako';
import { MAX_FILE_BYTES } from '../model/limits.ts';
import type { Diagram, Problem } from '../model/types.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { withoutWorkshopNotes } from './export/privacy.ts';
import { readDiagramText, type ReadResult } from './readDiagram.ts';
import { SHARE_FRAGMENT_PREFIX } from './shareFragment.ts';

/** The longest link Polku makes, in characters (the whole address). */
export const MAX_SHARE_LINK_CHARS = 8_000;
/** The longest fragment Polku reads, in characters (64 KiB). */
export const MAX_READ_FRAGMENT_CHARS = 65_536;
/** Input bytes given to inflate at a time: at most about 1 MB comes out of each (deflate's ratio is at most 1,032:1). */
const INFLATE_STEP = 1_024;

export type ShareLink =
  | { readonly ok: true; readonly url: string; readonly length: number }
  | { readonly ok: false; readonly reason: 'tooLong'; readonly length: number; readonly max: number };

/**
 * The share link of `diagram` on the app at `base` (an address; any fragment
 * of it is dropped). Workshop notes, comments and votes stay out unless
 * `notes`, as for images. Refused when longer than 8,000 characters.
 */
export function encodeShareLink(diagram: Diagram, options: { readonly notes: boolean; readonly base: string }): ShareLink {
  const shared = options.notes ? diagram : withoutWorkshopNotes(diagram);
  // compact JSON: the link carries values; the file's layout is the writer's business
  const bytes = new TextEncoder().encode(JSON.stringify(shared));
  const data = encodeBase64url(deflateRaw(bytes, { level: 9 }));
  const hash = options.base.indexOf('#');
  const url = `${hash < 0 ? options.base : options.base.slice(0, hash)}${SHARE_FRAGMENT_PREFIX}${data}`;
  if (url.length > MAX_SHARE_LINK_CHARS) return { ok: false, reason: 'tooLong', length: url.length, max: MAX_SHARE_LINK_CHARS };
  return { ok: true, url, length: url.length };
}

const refuse = (problem: Problem): ReadResult => ({ ok: false, problems: [problem] });
const damaged = (): ReadResult => refuse({ path: [], code: 'linkDamaged' });

/** deflate-raw data → its bytes, or why not; never more than `max` bytes are kept. */
function inflateBounded(data: Uint8Array, max: number): Uint8Array | 'damaged' | 'tooLarge' {
  const inflator = new Inflate({ raw: true });
  const chunks: Uint8Array[] = [];
  let size = 0;
  /** zlib's status at the end (0: the data ended where it should), or null before the end */
  let ended: number | null = null;
  inflator.onData = (data) => {
    const chunk = data as Uint8Array;
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  };
  inflator.onEnd = (status) => {
    ended = status;
  };
  for (let at = 0; at < data.length; at += INFLATE_STEP) {
    if (ended !== null) return 'damaged'; // an error, or bytes after the end of the data
    const last = at + INFLATE_STEP >= data.length;
    inflator.push(data.subarray(at, at + INFLATE_STEP), last);
    if (size > max) return 'tooLarge';
  }
  if (ended !== 0) return 'damaged'; // an error, or cut short
  // raw deflate ends after its last block: pako leaves whatever follows in its input
  if ((inflator as unknown as { strm: { avail_in: number } }).strm.avail_in > 0) return 'damaged';
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * A share link's fragment (`#polku=…`, with or without the `#`) → the diagram,
 * or every problem found: the link's own (too long, damaged, too large
 * unpacked) or the diagram's, as for a file. Never throws.
 */
export async function decodeShareFragment(fragment: string): Promise<ReadResult> {
  await Promise.resolve();
  const prefix = fragment.startsWith('#') ? SHARE_FRAGMENT_PREFIX : SHARE_FRAGMENT_PREFIX.slice(1);
  if (!fragment.startsWith(prefix)) return damaged();
  if (fragment.length > MAX_READ_FRAGMENT_CHARS) {
    return refuse({ path: [], code: 'linkTooLong', params: { length: fragment.length, max: MAX_READ_FRAGMENT_CHARS } });
  }
  const data = decodeBase64url(fragment.slice(prefix.length));
  if (data === null || data.length === 0) return damaged();
  let bytes: ReturnType<typeof inflateBounded>;
  try {
    bytes = inflateBounded(data, MAX_FILE_BYTES);
  } catch {
    return damaged(); // zlib reports bad data by status; this is for anything it did not foresee
  }
  if (bytes === 'damaged') return damaged();
  if (bytes === 'tooLarge') return refuse({ path: [], code: 'linkTooLarge', params: { max: MAX_FILE_BYTES / 1_000_000 } });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return damaged();
  }
  return readDiagramText(text);
}
