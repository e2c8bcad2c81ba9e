/**
 * The JSON Schema of file format v1, generated from the valibot schema
 * (schema.ts) — build-time only (scripts/gen-schema.ts and the tests); the
 * app never imports it.
 *
 * valibot's own actions convert as they are. Polku's additions map to:
 * - minCodePoints / maxCodePoints → minLength / maxLength (JSON Schema counts
 *   code points, as Polku does);
 * - the `end ≥ start` partial checks → nothing (not expressible; the
 *   objects' descriptions say so and Polku checks it);
 * - every object → `propertyNames` refusing `__proto__`, `constructor`,
 *   `prototype`, and unknown properties checked for those keys at any depth
 *   (`$defs/json`).
 * Cross-reference rules (unique ids, references, self-links, level order)
 * are not expressible and are checked by Polku only.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { FORBIDDEN_KEYS } from './limits.ts';
import {
  AuthorSchema,
  AxisSchema,
  ColorSchema,
  CommentSchema,
  CommentsSchema,
  CommentTextSchema,
  DateSchema,
  DateTimeSchema,
  DepthLevelSchema,
  DepthSchema,
  DiagramSchema,
  IdSchema,
  LaneSchema,
  LegendEntrySchema,
  LinkSchema,
  LongTextSchema,
  NotesSchema,
  PhaseSchema,
  ReferenceSchema,
  StepSchema,
  TitleSchema,
  VotesSchema,
} from './schema.ts';

export const SCHEMA_ID = 'urn:polku:participation-path:v1';
export const SCHEMA_FILE = 'public/participation-path.v1.schema.json';

const noForbiddenKeys: JsonSchema = { not: { enum: [...FORBIDDEN_KEYS] } };

/** Any JSON value, with no forbidden key at any depth (one type per branch: clean under ajv's strict mode). */
const anyJson: JsonSchema = {
  description: 'Any JSON value; no property named __proto__, constructor or prototype at any depth.',
  anyOf: [
    { type: 'object', propertyNames: noForbiddenKeys, additionalProperties: { $ref: '#/$defs/json' } },
    { type: 'array', items: { $ref: '#/$defs/json' } },
    { not: { anyOf: [{ type: 'object' }, { type: 'array' }] } },
  ],
};

function requirementOf(action: unknown): number | undefined {
  if (typeof action !== 'object' || action === null || !('requirement' in action)) return undefined;
  return typeof action.requirement === 'number' ? action.requirement : undefined;
}

/** The JSON Schema of format v1 as a plain object. */
export function buildJsonSchema(): JsonSchema {
  const generated = toJsonSchema(DiagramSchema, {
    target: 'draft-2020-12',
    definitions: {
      id: IdSchema,
      reference: ReferenceSchema,
      date: DateSchema,
      color: ColorSchema,
      title: TitleSchema,
      text: LongTextSchema,
      axis: AxisSchema,
      lane: LaneSchema,
      phase: PhaseSchema,
      depth: DepthSchema,
      depthLevel: DepthLevelSchema,
      legendEntry: LegendEntrySchema,
      step: StepSchema,
      link: LinkSchema,
      notes: NotesSchema,
      votes: VotesSchema,
      comments: CommentsSchema,
      comment: CommentSchema,
      commentText: CommentTextSchema,
      author: AuthorSchema,
      dateTime: DateTimeSchema,
    },
    overrideAction({ valibotAction, jsonSchema }) {
      const requirement = requirementOf(valibotAction);
      switch (valibotAction.type) {
        case 'min_code_points':
          return requirement === undefined ? undefined : { ...jsonSchema, minLength: requirement };
        case 'max_code_points':
          return requirement === undefined ? undefined : { ...jsonSchema, maxLength: requirement };
        case 'partial_check':
          return jsonSchema; // end ≥ start: documented in the description, checked by Polku
        default:
          return undefined;
      }
    },
    overrideSchema({ valibotSchema, jsonSchema }) {
      if (valibotSchema.type !== 'loose_object') return undefined;
      return { ...jsonSchema, propertyNames: noForbiddenKeys, additionalProperties: { $ref: '#/$defs/json' } };
    },
  });
  const { $schema, $defs, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Participation path (osallisuuspolku), file format version 1',
    description:
      'A Polku diagram: lanes × phases on a date axis, steps and links between them. ' +
      'Checks every rule of the format that JSON Schema can express; unique ids, references ' +
      '(step.lane, step.legend, link.from/to), links between different steps, depth levels in ' +
      'time order and end ≥ start are checked by Polku. See docs/FORMAT.md.',
    ...rest,
    $defs: { ...$defs, json: anyJson },
  };
}

/** The schema file's exact text: two-space indentation and a final newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
