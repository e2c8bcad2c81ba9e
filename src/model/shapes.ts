/**
 * The kinds of object in a document, their properties in writing order (the
 * table of docs/FORMAT.md) and the kinds of their children. The writer, the
 * problem sorter and the tests share this table; a test checks that it lists
 * the same properties as the valibot schema.
 */
import type { Path } from './path.ts';

export type ObjectKind =
  | 'document'
  | 'axis'
  | 'lane'
  | 'phase'
  | 'depth'
  | 'depthLevel'
  | 'legendEntry'
  | 'step'
  | 'link'
  | 'comment';

/** A property that holds a known kind of object (`list`: an array of them). */
export type ChildShape = { readonly kind: ObjectKind; readonly list: boolean };

export type ObjectShape = {
  /** Known properties in writing order. */
  readonly order: readonly string[];
  /** The properties that hold known objects. */
  readonly children: Readonly<Partial<Record<string, ChildShape>>>;
};

const one = (kind: ObjectKind): ChildShape => ({ kind, list: false });
const list = (kind: ObjectKind): ChildShape => ({ kind, list: true });

export const SHAPES: Readonly<Record<ObjectKind, ObjectShape>> = {
  document: {
    order: [
      'format',
      'version',
      'title',
      'subtitle',
      'description',
      'source',
      'language',
      'axis',
      'lanes',
      'phases',
      'depth',
      'legend',
      'steps',
      'links',
    ],
    children: {
      axis: one('axis'),
      lanes: list('lane'),
      phases: list('phase'),
      depth: one('depth'),
      legend: list('legendEntry'),
      steps: list('step'),
      links: list('link'),
    },
  },
  axis: { order: ['start', 'end', 'mode'], children: {} },
  lane: { order: ['id', 'title', 'color'], children: {} },
  phase: { order: ['id', 'title', 'start', 'end', 'color', 'notes', 'comments'], children: { comments: list('comment') } },
  depth: { order: ['title', 'levels'], children: { levels: list('depthLevel') } },
  depthLevel: { order: ['at', 'title'], children: {} },
  legendEntry: { order: ['id', 'title', 'color'], children: {} },
  step: {
    order: ['id', 'lane', 'title', 'start', 'end', 'description', 'color', 'legend', 'notes', 'votes', 'comments'],
    children: { comments: list('comment') },
  },
  link: { order: ['id', 'from', 'to', 'title'], children: {} },
  comment: { order: ['text', 'author', 'at'], children: {} },
};

/** The arrays of the document whose items carry ids, sharing one id space. */
export const ID_COLLECTIONS: readonly string[] = ['lanes', 'phases', 'legend', 'steps', 'links'];

/**
 * The kind of the object at `path` in a document (array indices step into
 * items), or undefined when the path leads into an unknown property.
 */
export function kindAt(path: Path): ObjectKind | undefined {
  let kind: ObjectKind | undefined = 'document';
  let inArray = false;
  for (const segment of path) {
    if (kind === undefined) return undefined;
    if (typeof segment === 'number') {
      if (!inArray) return undefined;
      inArray = false;
      continue;
    }
    if (inArray) return undefined;
    const child: ChildShape | undefined = SHAPES[kind].children[segment];
    if (child === undefined) return undefined;
    kind = child.kind;
    inArray = child.list;
  }
  return inArray ? undefined : kind;
}
