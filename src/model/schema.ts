/**
 * The valibot schema of file format v1: every rule of docs/FORMAT.md that can
 * be checked on one value at a time. Rules that look across the document
 * (unique ids, references, depth levels in time order, forbidden keys) are in
 * integrity.ts.
 *
 * Every schema and action carries a ProblemCode as its message, so an issue
 * maps to a Problem without parsing text (see issues.ts). Objects are
 * `looseObject`s: unknown properties are kept, at every level.
 */
import * as v from 'valibot';
import { isEndBeforeStart } from './dates.ts';
import { jsonObject as object } from './jsonObject.ts';
import { maxCodePoints, maxItems, minCodePoints, minItems } from './actions.ts';
import {
  MAX_AUTHOR_CODE_POINTS,
  MAX_COMMENT_CODE_POINTS,
  MAX_DEPTH_LEVELS,
  MAX_LANES,
  MAX_LEGEND_ENTRIES,
  MAX_LINKS,
  MAX_STEPS,
  MAX_TEXT_CODE_POINTS,
  MAX_TITLE_CODE_POINTS,
  MAX_VOTES,
  MIN_AUTHOR_CODE_POINTS,
  MIN_COMMENT_CODE_POINTS,
  MIN_DEPTH_LEVELS,
  MIN_LANES,
  MIN_TITLE_CODE_POINTS,
  MIN_VOTES,
} from './limits.ts';
import {
  COLOR_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  ID_PATTERN,
  NO_CONTROL_CHARS_PATTERN,
  SINGLE_LINE_PATTERN,
} from './patterns.ts';
import { FORMAT_NAME, FORMAT_VERSION, type ProblemCode } from './types.ts';

function list<const T extends v.GenericSchema>(item: T) {
  return v.array(item, 'type');
}

const text = () => v.string('type');

// ---- values -------------------------------------------------------------

export const IdSchema = v.pipe(
  text(),
  v.regex(ID_PATTERN, 'id'),
  v.description('An id: 1–64 of A–Z a–z 0–9 _ -, unique within the whole document.'),
);

/** A reference to an id (step.lane, step.legend, link.from, link.to); whether it names something is an integrity rule. */
export const ReferenceSchema = v.pipe(
  text(),
  v.regex(NO_CONTROL_CHARS_PATTERN, 'controlChar'),
  v.description('The id of another object of the document.'),
);

export const DateSchema = v.pipe(
  text(),
  v.regex(DATE_PATTERN, 'date'),
  v.description('YYYY-MM (a whole month) or YYYY-MM-DD (one day), a real calendar date.'),
);

export const ColorSchema = v.pipe(
  text(),
  v.regex(COLOR_PATTERN, 'color'),
  v.description('A colour: #rrggbb.'),
);

export const TitleSchema = v.pipe(
  text(),
  v.regex(NO_CONTROL_CHARS_PATTERN, 'controlChar'),
  minCodePoints(MIN_TITLE_CODE_POINTS, 'titleLength'),
  maxCodePoints(MAX_TITLE_CODE_POINTS, 'titleLength'),
  v.description(
    'A title: 1–200 code points; may contain line breaks; no control characters but tab, LF, CR. Always shown as plain text.',
  ),
);

export const LongTextSchema = v.pipe(
  text(),
  v.regex(NO_CONTROL_CHARS_PATTERN, 'controlChar'),
  maxCodePoints(MAX_TEXT_CODE_POINTS, 'textLength'),
  v.description(
    'Text of up to 4,000 code points; no control characters but tab, LF, CR. Always shown as plain text.',
  ),
);

// ---- workshop values (Polku's own, docs/FORMAT.md §6) ---------------------

export const NotesSchema = v.pipe(
  text(),
  v.regex(NO_CONTROL_CHARS_PATTERN, 'controlChar'),
  maxCodePoints(MAX_TEXT_CODE_POINTS, 'textLength'),
  v.description(
    'Speaker notes for the presenter view: up to 4,000 code points; may contain line breaks; no control characters but tab, LF, CR. Polku’s own.',
  ),
);

export const CommentTextSchema = v.pipe(
  text(),
  v.regex(NO_CONTROL_CHARS_PATTERN, 'controlChar'),
  minCodePoints(MIN_COMMENT_CODE_POINTS, 'textLength'),
  maxCodePoints(MAX_COMMENT_CODE_POINTS, 'textLength'),
  v.description(
    'What was said: 1–1,000 code points; may contain line breaks; no control characters but tab, LF, CR. Always shown as plain text.',
  ),
);

export const AuthorSchema = v.pipe(
  text(),
  v.regex(SINGLE_LINE_PATTERN, 'controlChar'),
  minCodePoints(MIN_AUTHOR_CODE_POINTS, 'textLength'),
  maxCodePoints(MAX_AUTHOR_CODE_POINTS, 'textLength'),
  v.description('Who said it: 1–100 code points on one line (no control characters at all).'),
);

export const DateTimeSchema = v.pipe(
  text(),
  v.regex(DATE_TIME_PATTERN, 'dateTime'),
  v.description(
    'A moment: an ISO 8601 date-time with seconds and Z or an offset, e.g. 2026-11-22T18:30:00Z or 2026-11-22T20:30:00+02:00.',
  ),
);

export const VotesSchema = v.pipe(
  v.number('type'),
  v.integer('type'),
  v.minValue(MIN_VOTES, 'tooFew'),
  v.maxValue(MAX_VOTES, 'tooMany'),
  v.description('Dot votes: a whole number 0–999. Polku’s own.'),
);

export const LanguageSchema = v.pipe(
  v.picklist(['fi', 'sv', 'en'], 'language'),
  v.description('The language of the content (absent: "fi").'),
);

type Period = { start?: unknown; end?: unknown };

/**
 * `end` is not before `start` (inclusive ends, see dates.ts), reported on
 * `end`. A partial check: it runs even when other properties of the object
 * are invalid, as long as `start` and `end` are not.
 */
function endNotBeforeStart<T extends Period>(): v.BaseValidation<T, T, v.PartialCheckIssue<Period>> {
  const check = v.partialCheck<Period, [['start'], ['end']], Period, ProblemCode>(
    [['start'], ['end']],
    (input) => !isEndBeforeStart(input.start, input.end),
    'endBeforeStart',
  );
  // T only narrows Period; the action reads nothing else.
  return v.forward(check, ['end']) as unknown as v.BaseValidation<T, T, v.PartialCheckIssue<Period>>;
}

// ---- objects ------------------------------------------------------------

export const CommentSchema = v.pipe(
  object({ text: CommentTextSchema, author: v.optional(AuthorSchema), at: v.optional(DateTimeSchema) }),
  v.description('A workshop comment on a phase or a step (Polku’s own): its text, optionally who said it and when.'),
);

export const CommentsSchema = v.pipe(
  list(CommentSchema),
  v.description('Workshop comments, in the order they were made. Polku’s own.'),
);

export const AxisModeSchema = v.pipe(
  v.picklist(['time', 'phases'], 'axisMode'),
  v.description(
    'How the axis spends its width (absent: "time"): "time" true time throughout; "phases" each phase (or union of ' +
      'overlapping phases) the room its content needs, the time between and outside phases compressed, the breaks marked.',
  ),
);

export const AxisSchema = v.pipe(
  object({ start: v.optional(DateSchema), end: v.optional(DateSchema), mode: v.optional(AxisModeSchema) }),
  endNotBeforeStart(),
  v.description('The span the diagram shows at least; end ≥ start (ends inclusive); and how its width is spent.'),
);

export const LaneSchema = v.pipe(
  object({ id: IdSchema, title: TitleSchema, color: v.optional(ColorSchema) }),
  v.description('A lane ("taso"): a row, top to bottom.'),
);

export const PhaseSchema = v.pipe(
  object({
    id: IdSchema,
    title: TitleSchema,
    start: DateSchema,
    end: v.optional(DateSchema),
    color: v.optional(ColorSchema),
    notes: v.optional(NotesSchema),
    comments: v.optional(CommentsSchema),
  }),
  endNotBeforeStart(),
  v.description('A phase ("vaihe"): a period on the time axis; no end = open-ended; end ≥ start (ends inclusive).'),
);

export const DepthLevelSchema = v.pipe(
  object({ at: DateSchema, title: TitleSchema }),
  v.description('A level of the depth band, from its date on.'),
);

export const DepthSchema = v.pipe(
  object({
    title: TitleSchema,
    levels: v.pipe(
      list(DepthLevelSchema),
      minItems(MIN_DEPTH_LEVELS, 'tooFew'),
      maxItems(MAX_DEPTH_LEVELS, 'tooMany'),
      v.description('2–10 levels in time order.'),
    ),
  }),
  v.description('How participation deepens along the axis.'),
);

export const LegendEntrySchema = v.pipe(
  object({ id: IdSchema, title: TitleSchema, color: v.optional(ColorSchema) }),
  v.description('A legend entry: a kind of step.'),
);

export const StepSchema = v.pipe(
  object({
    id: IdSchema,
    lane: ReferenceSchema,
    title: TitleSchema,
    start: DateSchema,
    end: v.optional(DateSchema),
    description: v.optional(LongTextSchema),
    color: v.optional(ColorSchema),
    legend: v.optional(ReferenceSchema),
    notes: v.optional(NotesSchema),
    votes: v.optional(VotesSchema),
    comments: v.optional(CommentsSchema),
  }),
  endNotBeforeStart(),
  v.description(
    'A step ("askel"): a box in a lane at a time. lane names a lane, legend a legend entry; end ≥ start (ends inclusive).',
  ),
);

export const LinkSchema = v.pipe(
  object({
    id: IdSchema,
    from: ReferenceSchema,
    to: ReferenceSchema,
    title: v.optional(TitleSchema),
  }),
  v.description('A link ("yhteys"): an arrow from one step to another, different step.'),
);

// ---- the document ---------------------------------------------------------

export const DiagramSchema = object({
  format: v.literal(FORMAT_NAME, 'format'),
  version: v.literal(FORMAT_VERSION, 'version'),
  title: TitleSchema,
  subtitle: v.optional(TitleSchema),
  description: v.optional(LongTextSchema),
  source: v.optional(LongTextSchema),
  language: v.optional(LanguageSchema),
  axis: v.optional(AxisSchema),
  lanes: v.pipe(list(LaneSchema), minItems(MIN_LANES, 'tooFew'), maxItems(MAX_LANES, 'tooMany')),
  phases: v.optional(list(PhaseSchema), () => []),
  depth: v.optional(DepthSchema),
  legend: v.optional(v.pipe(list(LegendEntrySchema), maxItems(MAX_LEGEND_ENTRIES, 'tooMany')), () => []),
  steps: v.pipe(list(StepSchema), maxItems(MAX_STEPS, 'tooMany')),
  links: v.optional(v.pipe(list(LinkSchema), maxItems(MAX_LINKS, 'tooMany')), () => []),
});

/** What the schema makes of a valid document (a test checks it is a Diagram). */
export type DiagramOutput = v.InferOutput<typeof DiagramSchema>;
