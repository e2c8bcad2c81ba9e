/**
 * The numeric limits of file format v1 (docs/FORMAT.md). One place, so the
 * schema, the reader, the messages and the docs cannot disagree.
 */

/** A file larger than this is refused before it is parsed (bytes; 20 MB). */
export const MAX_FILE_BYTES = 20_000_000;

export const MIN_LANES = 1;
export const MAX_LANES = 50;
export const MIN_DEPTH_LEVELS = 2;
export const MAX_DEPTH_LEVELS = 10;
export const MAX_LEGEND_ENTRIES = 20;
export const MAX_STEPS = 10_000;
export const MAX_LINKS = 20_000;

/** Titles: 1–200 code points. */
export const MIN_TITLE_CODE_POINTS = 1;
export const MAX_TITLE_CODE_POINTS = 200;
/** Descriptions and the source line: at most 4,000 code points. */
export const MAX_TEXT_CODE_POINTS = 4_000;

/** Workshop properties (Polku's own, docs/FORMAT.md §6): a comment's text 1–1,000 code points. */
export const MIN_COMMENT_CODE_POINTS = 1;
export const MAX_COMMENT_CODE_POINTS = 1_000;
/** A comment's author: 1–100 code points, one line. */
export const MIN_AUTHOR_CODE_POINTS = 1;
export const MAX_AUTHOR_CODE_POINTS = 100;
/** A step's dot votes: a whole number 0–999. */
export const MIN_VOTES = 0;
export const MAX_VOTES = 999;

/** Property names refused anywhere in a document. */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * Objects and lists may be nested at most this deep (the document is level 1,
 * a step level 3, a comment level 5): deeper data is refused (`tooDeep`) before
 * anything else is checked, so that nothing that walks a diagram — the checks,
 * the writer, the browser's copy and undo — can run out of stack.
 */
export const MAX_NESTING = 100;
