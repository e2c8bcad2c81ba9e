/**
 * Edits of the document's own properties: title, subtitle, description,
 * source, language and axis.
 */
import type * as v from 'valibot';
import { isJsonObject } from '../json.ts';
import { AxisModeSchema, AxisSchema, LanguageSchema, LongTextSchema, TitleSchema } from '../schema.ts';
import type { AxisMode, ContentLanguage, DateString, Diagram } from '../types.ts';
import { checkValue } from './check.ts';
import { applyChanges, textChange, type Change } from './patch.ts';
import { done, refuse, type EditResult } from './result.ts';

/** Sets (or, with null, removes) one property of the document after checking it with `schema`. */
function setProperty(diagram: Diagram, key: string, value: Change, schema: v.GenericSchema): EditResult {
  const next = applyChanges(diagram, { [key]: value });
  if (next === diagram) return done(diagram);
  if (value !== null) {
    const problems = checkValue(schema, value, [key]);
    if (problems.length > 0) return refuse(problems);
  }
  return done(next);
}

/** The document's title (1–200 code points, required). */
export function setTitle(diagram: Diagram, title: string): EditResult {
  return setProperty(diagram, 'title', title, TitleSchema);
}

/** The subtitle; the empty string (or null) removes it. */
export function setSubtitle(diagram: Diagram, subtitle: string | null): EditResult {
  return setProperty(diagram, 'subtitle', textChange(subtitle) ?? null, TitleSchema);
}

/** The credit line; the empty string (or null) removes it. */
export function setSource(diagram: Diagram, source: string | null): EditResult {
  return setProperty(diagram, 'source', textChange(source) ?? null, LongTextSchema);
}

/** The description of the diagram (up to 4,000 code points); the empty string (or null) removes it. */
export function setDescription(diagram: Diagram, description: string | null): EditResult {
  return setProperty(diagram, 'description', textChange(description) ?? null, LongTextSchema);
}

/** The language of the content. */
export function setLanguage(diagram: Diagram, language: ContentLanguage): EditResult {
  return setProperty(diagram, 'language', language, LanguageSchema);
}

/**
 * The span the diagram shows: both bounds are set at once; an absent, null
 * or empty bound is removed. The axis object goes when it is left with no
 * property at all (unknown properties on it are kept).
 */
export function setAxis(diagram: Diagram, start?: DateString | null, end?: DateString | null): EditResult {
  const current = isJsonObject(diagram.axis) ? diagram.axis : {};
  const axis = applyChanges(current, { start: start || null, end: end || null });
  if (axis === current) return done(diagram);
  const problems = checkValue(AxisSchema, axis, ['axis']);
  if (problems.length > 0) return refuse(problems);
  return done(applyChanges(diagram, { axis: Object.keys(axis).length > 0 ? axis : null }));
}

/**
 * How the axis spends its width: 'phases' gives each phase room by its
 * content; 'time' (the default) removes `axis.mode`, and the axis object with
 * it when nothing else is left on it.
 */
export function setAxisMode(diagram: Diagram, mode: AxisMode): EditResult {
  const problems = checkValue(AxisModeSchema, mode, ['axis', 'mode']);
  if (problems.length > 0) return refuse(problems);
  const current = isJsonObject(diagram.axis) ? diagram.axis : {};
  const axis = applyChanges(current, { mode: mode === 'time' ? null : mode });
  if (axis === current) return done(diagram);
  return done(applyChanges(diagram, { axis: Object.keys(axis).length > 0 ? axis : null }));
}
