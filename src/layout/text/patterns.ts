/**
 * Language hyphenation patterns (TeX patterns from the `hyphen` package),
 * behind a small synchronous registry.
 *
 * Finnish (≈1.2 kB min+gzip, plus ≈2 kB for the hyphenator) is registered
 * eagerly. Swedish (≈14 kB) and English (≈17 kB) are registered on demand
 * with loadPatterns(), which the app awaits before laying out a diagram in
 * that language; until then words in that language simply get no pattern
 * breaks (soft hyphens, hyphens and compound seams still work).
 * patternsVersion() changes on every registration so caches can tell.
 */
import createHyphenator from 'hyphen/hyphen.js';
import fiPatterns from 'hyphen/patterns/fi.js';
import type { ContentLanguage } from '../../model/types.ts';
import { SOFT_HYPHEN } from './unicode.ts';

/** Content languages the diagram supports (the document's `language`). */
export type TextLang = ContentLanguage;

type Hyphenator = (word: string) => string;

const hyphenators: Partial<Record<TextLang, Hyphenator>> = {};
let version = 0;

/**
 * Registers a pattern set (a `hyphen/patterns/*.js` module's default export)
 * for `lang`, replacing any earlier one.
 */
export function registerPatterns(lang: TextLang, patterns: unknown): void {
  hyphenators[lang] = createHyphenator(patterns, { hyphenChar: SOFT_HYPHEN, html: false, minWordLength: 4 });
  version++;
}

/** True once patterns for `lang` are registered. */
export function hasPatterns(lang: TextLang): boolean {
  return hyphenators[lang] !== undefined;
}

/** Increases whenever a pattern set is registered (part of cache keys). */
export function patternsVersion(): number {
  return version;
}

/**
 * Loads and registers the patterns for `lang` if not yet registered.
 * Separate chunks in the browser bundle; works the same in Node.
 */
export async function loadPatterns(lang: TextLang): Promise<void> {
  if (hasPatterns(lang)) return;
  if (lang === 'fi') return registerPatterns('fi', fiPatterns);
  const mod = lang === 'sv' ? await import('hyphen/patterns/sv.js') : await import('hyphen/patterns/en-us.js');
  if (!hasPatterns(lang)) registerPatterns(lang, mod.default);
}

/**
 * Break positions the patterns allow inside `letters` (a run of lower-case
 * letters, no soft hyphens), as UTF-16 indices: a break at i falls between
 * letters[i-1] and letters[i]. Empty if no patterns are registered.
 */
export function patternPositions(letters: string, lang: TextLang): number[] {
  const hyphenate = hyphenators[lang];
  if (!hyphenate) return [];
  const marked = hyphenate(letters);
  const positions: number[] = [];
  for (let i = 0, j = 0; i < marked.length; i++) {
    if (marked[i] === SOFT_HYPHEN) positions.push(j);
    else j++;
  }
  return positions;
}

registerPatterns('fi', fiPatterns);
