/**
 * New ids: readable (a slug of a title or of the id copied), matching
 * `^[A-Za-z0-9_-]{1,64}$`, and unique in the whole document (lanes, phases,
 * legend entries, steps and links share one id space).
 *
 * "Strategiatyö" → `strategiatyo`, then `strategiatyo-2`, `strategiatyo-3` …
 */
import type { Diagram } from '../types.ts';

const MAX_ID_LENGTH = 64;
/** Slugs are kept short enough to stay readable (and to leave room for a `-N` suffix). */
const MAX_SLUG_LENGTH = 40;

/** Letters that Unicode decomposition does not reduce to a–z. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * A readable id part from any text: lower case, ä → a, ö → o, å → a (any
 * accent dropped), every run of other characters one hyphen, no hyphen or
 * underscore at either end, at most 40 characters (cut at a word boundary
 * when there is one). May be empty (text with no letters or digits).
 */
export function slugify(text: string): string {
  const plain = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæøœłđðþı]/g, (letter) => LETTERS[letter] ?? '');
  let slug = plain.replace(/[^a-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '');
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH);
    const boundary = cut.lastIndexOf('-');
    slug = (boundary >= MAX_SLUG_LENGTH / 2 ? cut.slice(0, boundary) : cut).replace(/[-_]+$/, '');
  }
  return slug;
}

/** An id without the `-N` a copy got (`aloitus-3` → `aloitus`), the base for the id of a new copy. */
export function copyBase(id: string): string {
  return id.replace(/-[0-9]+$/, '') || id;
}

/** Every id used in the document. */
export function collectIds(diagram: Diagram): Set<string> {
  const ids = new Set<string>();
  for (const list of [diagram.lanes, diagram.phases, diagram.legend, diagram.steps, diagram.links]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}

/** Gives unique ids one after another: each id given is taken for the next. */
export type IdAllocator = (base: string, fallback?: string) => string;

/** An allocator of ids unique in `diagram` and among each other (for edits that create several objects). */
export function createIdAllocator(diagram: Diagram): IdAllocator {
  const taken = collectIds(diagram);
  // the next suffix to try per stem, so that many copies of one thing stay linear
  const nextSuffix = new Map<string, number>();
  return (base, fallback = 'id') => {
    const stem = slugify(base) || slugify(fallback) || 'id';
    let id = stem;
    if (taken.has(id)) {
      let n = nextSuffix.get(stem) ?? 2;
      for (; ; n++) {
        const suffix = `-${String(n)}`;
        id = `${stem.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
        if (!taken.has(id)) break;
      }
      nextSuffix.set(stem, n + 1);
    }
    taken.add(id);
    return id;
  };
}

/**
 * An id unique in the whole document, derived from `base` (a title, or an id
 * to copy): its slug, or with `-2`, `-3` … when that is taken. `fallback`
 * is used when `base` has no letters or digits (an emoji title).
 */
export function uniqueId(diagram: Diagram, base: string, fallback = 'id'): string {
  return createIdAllocator(diagram)(base, fallback);
}
