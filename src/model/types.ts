/**
 * The Diagram model: plain, immutable data, exactly the file format v1
 * (see docs/FORMAT.md). Unknown properties read from a file are kept on the
 * object they were found on (the index signatures) and written back unchanged.
 */

/** `YYYY-MM` (a whole month) or `YYYY-MM-DD` (one day). */
export type DateString = string;
/** `#rrggbb` */
export type Color = string;
export type ContentLanguage = 'fi' | 'sv' | 'en';

export const FORMAT_NAME = 'participation-path';
export const FORMAT_VERSION = 1;
/** Every version this build reads (older ones are migrated on open). */
export const READABLE_VERSIONS: readonly number[] = [1];

type Extra = { readonly [key: string]: unknown };

export type Lane = Extra & {
  readonly id: string;
  readonly title: string;
  readonly color?: Color;
};

/**
 * A comment captured in a workshop (Polku's own property, docs/FORMAT.md §6):
 * what someone in the room said about a phase or a step.
 */
export type Comment = Extra & {
  /** 1–1,000 code points; may have line breaks. */
  readonly text: string;
  /** Who said it: 1–100 code points, one line. Absent: anonymous. */
  readonly author?: string;
  /** When: an ISO 8601 date-time with `Z` or an offset (`2026-11-22T18:30:00Z`). */
  readonly at?: DateTimeString;
};

/** An ISO 8601 date-time with seconds and `Z` or an offset: `2026-11-22T18:30:00Z`. */
export type DateTimeString = string;

export type Phase = Extra & {
  readonly id: string;
  readonly title: string;
  readonly start: DateString;
  /** Absent: open-ended ("1/2023 alkaen"). Inclusive. */
  readonly end?: DateString;
  readonly color?: Color;
  /** Speaker notes for the presenter view (Polku's own; up to 4,000 code points). */
  readonly notes?: string;
  /** Workshop comments (Polku's own). */
  readonly comments?: readonly Comment[];
};

export type DepthLevel = Extra & {
  readonly at: DateString;
  readonly title: string;
};

export type Depth = Extra & {
  readonly title: string;
  readonly levels: readonly DepthLevel[];
};

export type LegendEntry = Extra & {
  readonly id: string;
  readonly title: string;
  readonly color?: Color;
};

export type Step = Extra & {
  readonly id: string;
  readonly lane: string;
  readonly title: string;
  readonly start: DateString;
  /** Inclusive. Absent: the step is drawn with the default width. */
  readonly end?: DateString;
  readonly description?: string;
  readonly color?: Color;
  readonly legend?: string;
  /** Speaker notes for the presenter view (Polku's own; up to 4,000 code points). */
  readonly notes?: string;
  /** Dot votes from a workshop (Polku's own): a whole number 0–999. */
  readonly votes?: number;
  /** Workshop comments (Polku's own). */
  readonly comments?: readonly Comment[];
};

export type Link = Extra & {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly title?: string;
};

/** How the axis spends its width: on true time, or on each phase by its content (breaks marked). */
export type AxisMode = 'time' | 'phases';

export type Axis = Extra & {
  readonly start?: DateString;
  readonly end?: DateString;
  /** absent = 'time' */
  readonly mode?: AxisMode;
};

export type Diagram = Extra & {
  readonly format: typeof FORMAT_NAME;
  readonly version: typeof FORMAT_VERSION;
  readonly title: string;
  readonly subtitle?: string;
  readonly description?: string;
  readonly source?: string;
  readonly language?: ContentLanguage;
  readonly axis?: Axis;
  readonly lanes: readonly Lane[];
  /** Absent in a file = empty; always an array in the model. */
  readonly phases: readonly Phase[];
  readonly depth?: Depth;
  readonly legend: readonly LegendEntry[];
  readonly steps: readonly Step[];
  readonly links: readonly Link[];
};

/** One problem found in a file: where (a path counted from 0) and what (a message code + parameters). */
export type Problem = {
  /** e.g. ['steps', 3, 'lane'] — formatted as `steps[3].lane` */
  readonly path: readonly (string | number)[];
  /** a message code, translated by the UI: see src/i18n */
  readonly code: ProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
};

export type ProblemCode =
  | 'linkTooLong' // a share link longer than Polku reads; params: length, max (characters)
  | 'linkDamaged' // a share link that is not base64url of deflate-raw data of UTF-8 text
  | 'linkTooLarge' // a share link whose diagram unpacks to more than 20 MB; params: max (MB)
  | 'tooLarge' // file larger than 20 MB; params: size (MB), max (MB)
  | 'encoding' // the file is not UTF-8 text
  | 'noDiagram' // a PNG or SVG without a Polku diagram in it; params: kind ('PNG' | 'SVG')
  | 'notJson' // JSON syntax error; params: line, column (1-based), detail (the engine's message, English)
  | 'tooDeep' // objects and lists nested deeper than 100 levels; params: max
  | 'notObject' // the document is not a JSON object; params: found (the JSON type found)
  | 'format' // format is not "participation-path"; params: found (absent when the property is missing)
  | 'version' // unknown version; params: found (absent when missing), supported
  | 'required' // a required property is missing; params: key
  | 'type' // wrong JSON type; params: expected ('string'|'number'|'integer'|'object'|'array'), found (the JSON type found)
  | 'id' // id does not match ^[A-Za-z0-9_-]{1,64}$; params: value
  | 'duplicateId' // params: id, first (path of the first use)
  | 'date' // not YYYY-MM or YYYY-MM-DD, or not a real calendar date; params: value
  | 'dateTime' // a comment's `at` is not an ISO 8601 date-time with Z or an offset; params: value
  | 'endBeforeStart' // params: start, end
  | 'color' // not #rrggbb; params: value
  | 'titleLength' // title not 1–200 code points; params: length, max
  | 'textLength' // description over 4,000 code points, comment text empty or over 1,000, author empty or over 100; params: length, max
  | 'controlChar' // a control character other than tab, LF, CR (in one-line text: any); params: code (U+XXXX)
  | 'language' // not fi | sv | en; params: value
  | 'axisMode' // axis.mode not time | phases; params: value
  | 'tooFew' // too few items, or a number below its minimum (votes); params: min, found
  | 'tooMany' // too many items, or a number above its maximum (votes); params: max, found
  | 'unknownLane' // step.lane names no lane; params: id
  | 'unknownLegend' // step.legend names no legend entry; params: id
  | 'unknownStep' // link.from / link.to names no step; params: id
  | 'selfLink' // link.from === link.to; params: id
  | 'duplicateLink' // editing only: the same arrow is there already; params: from, to (the steps' titles), first (its path)
  | 'levelOrder' // depth levels not in time order; params: previous, at
  | 'forbiddenKey'; // __proto__, constructor or prototype; params: key
