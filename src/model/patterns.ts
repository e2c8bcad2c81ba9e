/**
 * The regular expressions of file format v1. Each is written without flags and
 * with `\uXXXX` escapes, so that its `.source` is also a valid JSON Schema
 * `pattern` (ECMA-262, as ajv compiles it with the `u` flag) and the published
 * schema checks exactly what Polku checks.
 */

/** An id: `^[A-Za-z0-9_-]{1,64}$`. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A colour: `#rrggbb` (hex digits in either case). */
export const COLOR_PATTERN = /^#[0-9A-Fa-f]{6}$/;

/**
 * A date: `YYYY-MM` (a whole month) or `YYYY-MM-DD` (one day) that exists in
 * the (proleptic Gregorian) calendar, so `2023-02-29` and `2021-04-31` are
 * refused and `2024-02-29` accepted. Branches: any month, optionally with day
 * 01–28 · day 29/30 of any month but February · day 31 of a 31-day month ·
 * 29 February of a leap year (divisible by 4 but not 100, or by 400).
 */
export const DATE_PATTERN =
  /^(?:[0-9]{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?|[0-9]{4}-(?:0[13-9]|1[0-2])-(?:29|30)|[0-9]{4}-(?:0[13578]|1[02])-31|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$/;

/**
 * A moment as an ISO 8601 / RFC 3339 date-time: a real calendar day (the
 * day branches of DATE_PATTERN), `T`, `hh:mm:ss` with optional fractions of
 * a second, and `Z` or an offset `±hh:mm` — `2026-11-22T18:30:00Z`,
 * `2026-11-22T20:30:00+02:00`, `2026-11-22T18:30:00.123Z` (what
 * `Date.prototype.toISOString` writes).
 */
export const DATE_TIME_PATTERN =
  /^(?:[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|[0-9]{4}-(?:0[13-9]|1[0-2])-(?:29|30)|[0-9]{4}-(?:0[13578]|1[02])-31|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$/;

/**
 * Text without control characters other than tab, line feed and carriage
 * return: every Unicode Cc character U+0000–U+001F (but U+0009, U+000A,
 * U+000D) and U+007F–U+009F is refused.
 */
export const NO_CONTROL_CHARS_PATTERN = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;

/**
 * One line of text: no control character at all (every Unicode Cc
 * character, tab, line feed and carriage return included).
 */
export const SINGLE_LINE_PATTERN = /^[^\u0000-\u001F\u007F-\u009F]*$/;

const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const ANY_CONTROL_CHAR = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * The first refused control character of `text` as `U+XXXX`, or undefined.
 * `singleLine`: tab, line feed and carriage return are refused too (as
 * SINGLE_LINE_PATTERN refuses them).
 */
export function findControlChar(text: string, singleLine = false): string | undefined {
  const match = (singleLine ? ANY_CONTROL_CHAR : CONTROL_CHAR).exec(text);
  if (!match) return undefined;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The number of Unicode code points in `text` (what JSON Schema's maxLength counts). */
export function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // a high surrogate followed by a low surrogate is one code point
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
