/**
 * Where a JSON text breaks the JSON grammar (RFC 8259), for a message with a
 * line and a column. JSON.parse says so only in engine-specific English, and
 * some engines not at all; this scanner is run only after JSON.parse failed.
 */

export type TextLocation = {
  /** UTF-16 offset of the error in the text (the text's length at an unexpected end). */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in code points. */
  readonly column: number;
};

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** The offset just after a string starting at `start` (a `"`), or the offset of its first error as a negative number − 1. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return -(i + k) - 1;
        i += 6;
      } else if (i + 1 < text.length && '"\\/bfnrt'.includes(text.charAt(i + 1))) {
        i += 2;
      } else {
        return -(i + 1) - 1;
      }
    } else {
      i++;
    }
  }
  return -text.length - 1;
}

/** The offset just after a number starting at `start`, or −(offset of the error) − 1. */
function scanNumber(text: string, start: number): number {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) i++;
  else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
  else return -i - 1;
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
    i++;
    if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return -i - 1;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** The offset of the first JSON syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): number | undefined {
  const open: number[] = []; // 0x7b '{' or 0x5b '['
  let i = 0;
  const skip = () => {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  };
  // expecting: a value, or (inside an object) a key
  let expectKey = false;
  for (;;) {
    skip();
    const c = text.charCodeAt(i);
    if (expectKey) {
      if (c !== 0x22) return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      skip();
      if (text.charCodeAt(i) !== 0x3a) return i;
      i++;
      expectKey = false;
      continue;
    }
    // a value
    if (c === 0x7b || c === 0x5b) {
      open.push(c);
      i++;
      skip();
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(i) === close) {
        open.pop();
        i++;
      } else {
        expectKey = c === 0x7b;
        continue;
      }
    } else if (c === 0x22) {
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
    } else if (c === 0x2d || isDigit(c)) {
      const end = scanNumber(text, i);
      if (end < 0) return -end - 1;
      i = end;
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (literal === undefined) return i;
      i += literal.length;
    }
    // after a value: a comma, a closing bracket, or the end
    for (;;) {
      skip();
      const top = open[open.length - 1];
      if (top === undefined) return i === text.length ? undefined : i;
      const d = text.charCodeAt(i);
      if (d === 0x2c) {
        i++;
        expectKey = top === 0x7b;
        break;
      }
      if ((top === 0x7b && d === 0x7d) || (top === 0x5b && d === 0x5d)) {
        open.pop();
        i++;
        continue;
      }
      return i;
    }
  }
}

/** The 1-based line and column (in code points) of a UTF-16 offset. */
export function locate(text: string, offset: number): TextLocation {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.split('\n').length;
  const column = Array.from(before.slice(lineStart)).length + 1;
  return { offset, line, column };
}
