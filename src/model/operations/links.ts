/**
 * Links ("yhteydet"): arrows from one step to another, different step (at
 * most 20,000). One arrow per direction: a link identical to one already
 * there (same `from` and `to`) is refused.
 */
import { MAX_LINKS } from '../limits.ts';
import { formatPath } from '../path.ts';
import { LinkSchema } from '../schema.ts';
import type { Diagram, Link, Problem } from '../types.ts';
import { checkValue, indexOfId, notFound, tooMany } from './check.ts';
import { uniqueId } from './ids.ts';
import { applyChanges, compact, removeAt, replaceAt, textChange } from './patch.ts';
import { done, refuse, type EditResult } from './result.ts';
import { oneLine } from '../oneLine.ts';

/**
 * The problems of a link at `links[index]`: its values, steps that do not
 * exist, a link to itself, and an identical link elsewhere in the list.
 *
 * An arrow that is there already (the same ends, the same way) is refused
 * as `duplicateLink` at `links[index].to`, naming the two steps by their
 * titles and `first` the place of the arrow already there. (A file may hold
 * such twins; only an edit is refused.)
 */
export function checkLink(diagram: Diagram, link: Link, index: number): Problem[] {
  const problems = checkValue(LinkSchema, link, ['links', index]);
  if (problems.length > 0) return problems;
  const stepIds = new Set(diagram.steps.map((step) => step.id));
  for (const key of ['from', 'to'] as const) {
    if (!stepIds.has(link[key])) problems.push({ path: ['links', index, key], code: 'unknownStep', params: { id: link[key] } });
  }
  if (link.from === link.to) problems.push({ path: ['links', index, 'to'], code: 'selfLink', params: { id: link.from } });
  if (problems.length > 0) return problems;
  const same = diagram.links.findIndex((other, i) => i !== index && other.from === link.from && other.to === link.to);
  if (same >= 0) {
    const title = (id: string) => oneLine(diagram.steps.find((step) => step.id === id)?.title ?? id);
    problems.push({
      path: ['links', index, 'to'],
      code: 'duplicateLink',
      params: { from: title(link.from), to: title(link.to), first: formatPath(['links', same]) },
    });
  }
  return problems;
}

/** A new link from step `from` to step `to`, at the end of the list. `created`: its id. */
export function addLink(diagram: Diagram, from: string, to: string, title?: string): EditResult {
  const index = diagram.links.length;
  if (index + 1 > MAX_LINKS) return refuse([tooMany(['links'], MAX_LINKS, index + 1)]);
  const id = uniqueId(diagram, `${from}-${to}`, 'link');
  const link: Link = compact({ id, from, to, title: title || undefined });
  const problems = checkLink(diagram, link, index);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, links: [...diagram.links, link] }, [id]);
}

/** Changes a link's title; the empty string or null removes it. */
export function updateLink(diagram: Diagram, id: string, patch: { readonly title?: string | null }): EditResult {
  const index = indexOfId(diagram.links, id);
  if (index < 0) return refuse([notFound('links', id)]);
  const link = diagram.links[index] as Link;
  const next = applyChanges(link, { title: textChange(patch.title) });
  if (next === link) return done(diagram);
  const problems = checkValue(LinkSchema, next, ['links', index]);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, links: replaceAt(diagram.links, index, next) });
}

/** Deletes a link. */
export function deleteLink(diagram: Diagram, id: string): EditResult {
  const index = indexOfId(diagram.links, id);
  if (index < 0) return refuse([notFound('links', id)]);
  return done({ ...diagram, links: removeAt(diagram.links, index) });
}

/** Turns a link around (`from` ⇄ `to`); refused when the reverse arrow is already there. */
export function reverseLink(diagram: Diagram, id: string): EditResult {
  const index = indexOfId(diagram.links, id);
  if (index < 0) return refuse([notFound('links', id)]);
  const link = diagram.links[index] as Link;
  const next: Link = { ...link, from: link.to, to: link.from };
  const problems = checkLink(diagram, next, index);
  if (problems.length > 0) return refuse(problems);
  return done({ ...diagram, links: replaceAt(diagram.links, index, next) });
}
