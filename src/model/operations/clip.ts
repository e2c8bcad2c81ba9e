/**
 * What a clip is and how one is copied, apart from pasting (clipboard.ts):
 * neither needs the schema, and the copy and paste handlers use them
 * synchronously, before the checked operations have loaded.
 */
import { isJsonObject } from '../json.ts';
import type { Diagram, Link, Step } from '../types.ts';

export type Clip = {
  readonly steps: readonly Step[];
  readonly links: readonly Link[];
};

/** Whether a value (e.g. parsed from the clipboard) has the shape of a clip: a `steps` and a `links` array. */
export function isClip(value: unknown): value is Clip {
  return isJsonObject(value) && Array.isArray(value['steps']) && Array.isArray(value['links']);
}

/** A deep, plain copy (JSON values only), so a clip shares nothing with the document. */
const plainCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The steps named by `ids` (in document order; unknown ids are ignored) and
 * the links between them.
 */
export function copySteps(diagram: Diagram, ids: readonly string[]): Clip {
  const wanted = new Set(ids);
  const steps = diagram.steps.filter((step) => wanted.has(step.id));
  const copied = new Set(steps.map((step) => step.id));
  const links = diagram.links.filter((link) => copied.has(link.from) && copied.has(link.to));
  return plainCopy({ steps, links });
}
