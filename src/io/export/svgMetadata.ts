/**
 * The diagram's JSON inside an exported SVG, so that the image opens again as
 * a diagram:
 *
 *   <metadata><polku:diagram xmlns:polku="https://polku.invalid/ns"
 *     type="application/vnd.polku+json" encoding="base64">…</polku:diagram></metadata>
 *
 * Base64 of the UTF-8 bytes is safe for any text (`]]>`, `</metadata>`,
 * characters XML forbids) and gives back exactly the text embedded. Reading
 * uses no XML parser (it must run in Node too): it finds the element this
 * writer wrote, whatever else the file holds, also when a tool re-saved it
 * under another namespace prefix.
 */
import { base64ToUtf8, utf8ToBase64 } from './base64';
import { POLKU_JSON_TYPE } from './mimeType';
import { attrs } from './xml';

export const POLKU_NS = 'https://polku.invalid/ns';

/** The <metadata> element holding `json`. */
export function metadataElement(json: string): string {
  const a = attrs({ 'xmlns:polku': POLKU_NS, type: POLKU_JSON_TYPE, encoding: 'base64' });
  return `<metadata><polku:diagram${a}>${utf8ToBase64(json)}</polku:diagram></metadata>`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The namespace prefixes bound to POLKU_NS in `svg` ('' for a default namespace). */
function polkuPrefixes(svg: string): string[] {
  const re = new RegExp(`xmlns(?::([A-Za-z_][\\w.-]*))?\\s*=\\s*(["'])${escapeRe(POLKU_NS)}\\2`, 'g');
  const found = new Set<string>();
  for (const m of svg.matchAll(re)) found.add(m[1] ?? '');
  return [...found];
}

/** The base64 content of the first Polku diagram element, or null when there is none. */
function diagramContent(svg: string): string | null {
  for (const prefix of polkuPrefixes(svg)) {
    const name = escapeRe(prefix ? `${prefix}:diagram` : 'diagram');
    const re = new RegExp(`<${name}(\\s[^>]*)?>([^<]*)</${name}\\s*>`);
    const m = re.exec(svg);
    if (m) return m[2]!;
  }
  return null;
}

/**
 * The JSON text embedded in an SVG's text, or null when it holds none (or
 * what it holds is not base64 of UTF-8 text).
 */
export function readSvgJson(svg: string): string | null {
  const content = diagramContent(svg);
  if (content === null) return null;
  try {
    return base64ToUtf8(content);
  } catch {
    return null;
  }
}
