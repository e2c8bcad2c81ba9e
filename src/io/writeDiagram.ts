/**
 * Saving a diagram: the JSON text of format v1, made to diff well.
 *
 * - known properties in the order of the format's table (src/model/shapes.ts),
 *   at every level, then unknown properties in the order they were read;
 * - `phases`, `legend` and `links` always written (`[]` when empty);
 * - two-space indentation and a final newline, like JSON.stringify(d, null, 2).
 * A file that already follows this order comes back byte for byte.
 *
 * The text is built here rather than by JSON.stringify of a reordered object
 * because JavaScript objects list integer-like keys ("2024") first, which
 * would put such an unknown property before the known ones.
 */
import { hasOwn, isJsonObject } from '../model/json.ts';
import { SHAPES, type ObjectKind } from '../model/shapes.ts';
import type { Diagram } from '../model/types.ts';

const INDENT = '  ';

/** Properties the writer always writes, empty when absent. */
const ALWAYS_ARRAYS: readonly string[] = ['phases', 'legend', 'links'];

/** Any JSON value, as JSON.stringify(value, null, 2) writes it, indented to `indent`. */
function plain(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined ? undefined : text.replaceAll('\n', `\n${indent}`);
}

function list(items: readonly unknown[], kind: ObjectKind, indent: string): string {
  if (items.length === 0) return '[]';
  const inner = indent + INDENT;
  const lines = items.map((item) => inner + (known(item, kind, inner) ?? 'null'));
  return `[\n${lines.join(',\n')}\n${indent}]`;
}

/** An object of a known kind: its known properties in order, then the others as read. */
function known(value: unknown, kind: ObjectKind, indent: string): string | undefined {
  if (!isJsonObject(value)) return plain(value, indent);
  const shape = SHAPES[kind];
  const inner = indent + INDENT;
  const keys = [
    ...shape.order.filter((key) => hasOwn(value, key) || (kind === 'document' && ALWAYS_ARRAYS.includes(key))),
    ...Object.keys(value).filter((key) => !shape.order.includes(key)),
  ];
  const entries: string[] = [];
  for (const key of keys) {
    const child = shape.children[key];
    const item: unknown = hasOwn(value, key) ? value[key] : undefined;
    let text: string | undefined;
    if (kind === 'document' && ALWAYS_ARRAYS.includes(key) && item === undefined) text = '[]';
    else if (child === undefined) text = plain(item, inner);
    else if (child.list && Array.isArray(item)) text = list(item, child.kind, inner);
    else text = known(item, child.kind, inner);
    if (text !== undefined) entries.push(`${inner}${JSON.stringify(key)}: ${text}`);
  }
  return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
}

/** The diagram as the text of a `.json` file. */
export function writeDiagramText(diagram: Diagram): string {
  return `${known(diagram, 'document', '') ?? '{}'}\n`;
}
