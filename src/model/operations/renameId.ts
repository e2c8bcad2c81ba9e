/**
 * A new id ("Tunnus") for a lane, phase, legend entry, step or link. The id
 * must match `^[A-Za-z0-9_-]{1,64}$` and be free in the whole document (one
 * id space); every reference follows: the steps' `lane` and `legend`, the
 * links' `from` and `to`. Refused with `id` (not an id), `duplicateId`
 * (taken; `first` is where) or the collection's not-found problem.
 */
import { formatPath } from '../path.ts';
import { ID_PATTERN } from '../patterns.ts';
import type { Diagram, Problem } from '../types.ts';
import { indexOfId, notFound, type Collection } from './check.ts';
import { done, refuse, type EditResult } from './result.ts';

const COLLECTIONS = ['lanes', 'phases', 'legend', 'steps', 'links'] as const;
export type IdCollection = (typeof COLLECTIONS)[number];

/** Where `id` is used as an id, or null. */
function placeOf(diagram: Diagram, id: string): string | null {
  for (const collection of COLLECTIONS) {
    const index = indexOfId(diagram[collection], id);
    if (index >= 0) return formatPath([collection, index, 'id']);
  }
  return null;
}

export function renameId(diagram: Diagram, collection: IdCollection, from: string, to: string): EditResult {
  const index = indexOfId(diagram[collection], from);
  if (index < 0) return refuse([notFound(collection as Collection, from)]);
  if (to === from) return done(diagram);
  const at = [collection, index, 'id'];
  const problems: Problem[] = [];
  if (!ID_PATTERN.test(to)) problems.push({ path: at, code: 'id', params: { value: to } });
  else {
    const first = placeOf(diagram, to);
    if (first !== null) problems.push({ path: at, code: 'duplicateId', params: { id: to, first } });
  }
  if (problems.length > 0) return refuse(problems);

  const swap = (id: string) => (id === from ? to : id);
  // the references first: steps name lanes and legend entries, links name steps
  const ref = collection === 'lanes' ? 'lane' : collection === 'legend' ? 'legend' : null;
  const steps = ref === null ? diagram.steps : diagram.steps.map((s) => (s[ref] === from ? { ...s, [ref]: to } : s));
  const links =
    collection === 'steps'
      ? diagram.links.map((l) => (l.from === from || l.to === from ? { ...l, from: swap(l.from), to: swap(l.to) } : l))
      : diagram.links;
  const referred = { ...diagram, steps, links };
  // then the item itself, in its list as the references left it
  const list = referred[collection] as readonly { readonly id: string }[];
  return done({ ...referred, [collection]: list.map((item, i) => (i === index ? { ...item, id: to } : item)) } as Diagram);
}
