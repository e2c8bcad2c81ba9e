/**
 * A title (or any text) as one line of plain text, as messages, lists,
 * summaries, outlines and the screen reader show it: no soft hyphens
 * (U+00AD), each line break or tab (with the spaces around it) one space,
 * no space at either end.
 */
export const oneLine = (s: string): string => s.replace(/\u00ad/g, '').replace(/\s*[\r\n\u2028\u2029\t]+\s*/g, ' ').trim();
