/** Paths into a document: `['steps', 3, 'lane']` ⇄ `steps[3].lane`. */

export type Path = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The canonical text of a path, counted from 0: `steps[3].lane`,
 * `depth.levels[1].at`; a key that is not an identifier is quoted:
 * `steps[0]["x-note"]`. The document itself is the empty string.
 */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${String(segment)}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
