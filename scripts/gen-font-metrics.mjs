#!/usr/bin/env node
/**
 * Generates src/layout/text/fontMetrics.generated.ts: the advance widths of
 * the diagram font (Arimo, regular 400 and bold 700) from the woff files that
 * @fontsource/arimo ships, so that text can be measured without a DOM.
 *
 *   node scripts/gen-font-metrics.mjs [output-path]
 *
 * The latin and latin-ext subsets are merged. A code point is taken from a
 * subset only if it lies in that subset's CSS unicode-range (the browser uses
 * the subset for exactly those) and the subset maps it to a real glyph
 * (glyph 0, .notdef, means the browser falls back to another font).
 * Default-ignorable code points (soft hyphen, ZWSP, ZWJ, variation selectors…)
 * are left out on purpose: browsers never draw them, and measure.ts gives
 * them width 0. Kerning is ignored: the app draws with `font-kerning: none`.
 *
 * The output is deterministic (code points in ascending order, no dates),
 * so a test can regenerate it and compare the bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const defaultOut = path.join(root, 'src/layout/text/fontMetrics.generated.ts');
const out = path.resolve(process.argv[2] ?? defaultOut);

const pkgDir = path.dirname(require.resolve('@fontsource/arimo/package.json'));
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const unicodeRanges = JSON.parse(fs.readFileSync(path.join(pkgDir, 'unicode.json'), 'utf8'));

const SUBSETS = ['latin', 'latin-ext'];
const WEIGHTS = { regular: 400, bold: 700 };
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** "U+0000-00FF,U+0131" → [[0, 255], [305, 305]] */
function parseUnicodeRange(text) {
  return text.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a, 16), parseInt(b ?? a, 16)];
  });
}

function loadFont(subset, weight) {
  const file = path.join(pkgDir, 'files', `arimo-${subset}-${weight}-normal.woff`);
  const buf = fs.readFileSync(file);
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

/** Map code point → advance (font units) for one weight, all subsets merged. */
function advancesFor(weight) {
  const advances = new Map();
  let head;
  for (const subset of SUBSETS) {
    const font = loadFont(subset, weight);
    const ranges = parseUnicodeRange(unicodeRanges[subset]);
    head ??= {
      unitsPerEm: font.unitsPerEm,
      ascender: font.tables.hhea.ascender,
      descender: font.tables.hhea.descender,
      lineGap: font.tables.hhea.lineGap,
    };
    if (font.unitsPerEm !== head.unitsPerEm) throw new Error('subsets disagree on unitsPerEm');
    const cmap = font.tables.cmap.glyphIndexMap;
    for (const key of Object.keys(cmap)) {
      const cp = Number(key);
      const glyphIndex = cmap[key];
      if (glyphIndex === 0) continue;
      if (!ranges.some(([a, b]) => cp >= a && cp <= b)) continue;
      if (IGNORABLE.test(String.fromCodePoint(cp))) continue;
      const advance = font.glyphs.get(glyphIndex).advanceWidth;
      const seen = advances.get(cp);
      if (seen !== undefined && seen !== advance) {
        throw new Error(`U+${cp.toString(16)}: subsets disagree (${seen} vs ${advance})`);
      }
      advances.set(cp, advance);
    }
  }
  return { head, advances };
}

const regular = advancesFor(WEIGHTS.regular);
const bold = advancesFor(WEIGHTS.bold);
for (const k of Object.keys(regular.head)) {
  if (regular.head[k] !== bold.head[k]) throw new Error(`weights disagree on ${k}`);
}
const codePoints = [...regular.advances.keys()].sort((a, b) => a - b);
const boldCodePoints = [...bold.advances.keys()].sort((a, b) => a - b);
if (codePoints.join() !== boldCodePoints.join()) throw new Error('weights cover different code points');

/** Consecutive code points as runs "start+length" (hex), comma-separated. */
function encodeRuns(cps) {
  const runs = [];
  for (let i = 0; i < cps.length; ) {
    let j = i;
    while (j + 1 < cps.length && cps[j + 1] === cps[j] + 1) j++;
    runs.push(`${cps[i].toString(16)}+${(j - i + 1).toString(16)}`);
    i = j + 1;
  }
  return runs.join(',');
}

/** Advances as fixed-width 3-digit base-36 numbers (max 46655 units). */
function encodeAdvances(map) {
  return codePoints
    .map((cp) => {
      const a = map.get(cp);
      if (!(a >= 0 && a < 36 ** 3)) throw new Error(`advance out of range at U+${cp.toString(16)}`);
      return a.toString(36).padStart(3, '0');
    })
    .join('');
}

/** A long string literal as `'…' +` lines of at most `width` characters. */
function chunked(str, width = 96) {
  const lines = [];
  for (let i = 0; i < str.length; i += width) lines.push(`  '${str.slice(i, i + width)}'`);
  return lines.join(' +\n');
}

const { head } = regular;
const text = `// Generated by scripts/gen-font-metrics.mjs from @fontsource/arimo ${pkg.version}
// (subsets: ${SUBSETS.join(', ')}; weights 400 and 700). Do not edit; run
// \`npm run font-metrics\` after updating the font package.

/** Font units per em of Arimo. */
export const UNITS_PER_EM = ${head.unitsPerEm};
/** hhea ascender, descender (negative) and line gap, in font units. */
export const ASCENDER = ${head.ascender};
export const DESCENDER = ${head.descender};
export const LINE_GAP = ${head.lineGap};

/** Number of code points covered by the tables below. */
export const CODE_POINT_COUNT = ${codePoints.length};

/**
 * Covered code points, ascending, as runs \`start+length\` (both hex),
 * comma-separated. Shared by both weights.
 */
export const CODE_POINT_RUNS =
${chunked(encodeRuns(codePoints))};

/**
 * Advance widths in font units, one per covered code point in the order of
 * CODE_POINT_RUNS, each as 3 base-36 digits.
 */
export const ADVANCES_REGULAR =
${chunked(encodeAdvances(regular.advances))};

export const ADVANCES_BOLD =
${chunked(encodeAdvances(bold.advances))};
`;

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, text);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${codePoints.length} code points, ${text.length} bytes`);
