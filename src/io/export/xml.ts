/** Writing XML by hand, safely: escaped text, characters XML 1.0 forbids left out, short numbers. */

/**
 * Characters XML 1.0 does not allow anywhere (not even escaped): C0 controls
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and
 * U+FFFF. The format refuses most of them, but an export never trusts that.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data or an attribute value (quotes escaped too, so either place is safe). */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Text drawn in the image: soft hyphens (U+00AD) are never drawn; the layout already drew '-' where it broke. */
export function drawnText(text: string): string {
  return escapeXml(text.replace(/\u00ad/g, ''));
}

/** A number with at most 2 decimals, without "-0" or exponents. */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

/** `name="value"` pairs; undefined values are left out. Values are escaped. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(pairs)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}
