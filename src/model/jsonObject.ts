/**
 * A JSON object schema: valibot's `looseObject` (unknown properties kept),
 * except that an array is not an object. valibot's object schemas accept any
 * `typeof value === 'object'`, arrays included, while JSON Schema's
 * `"type": "object"` does not; this keeps the two in agreement.
 *
 * A missing property is reported by the object with a path to the key
 * ('required'), a value of another type without one ('type').
 */
import * as v from 'valibot';
import type { ProblemCode } from './types.ts';

const objectMessage = (issue: v.BaseIssue<unknown>): ProblemCode =>
  issue.path === undefined ? 'type' : 'required';

export type JsonObjectSchema<E extends v.ObjectEntries> = v.LooseObjectSchema<E, typeof objectMessage>;

export function jsonObject<const E extends v.ObjectEntries>(entries: E): JsonObjectSchema<E> {
  const base = v.looseObject(entries, objectMessage);
  return v._standardSchema<JsonObjectSchema<E>>({
    ...base,
    '~run'(dataset, config) {
      if (!Array.isArray(dataset.value)) return base['~run'](dataset, config);
      v._addIssue(base, 'type', dataset, config);
      // _addIssue has just made it a failure dataset (typed: false, one issue)
      return dataset as unknown as v.FailureDataset<v.LooseObjectIssue>;
    },
  });
}
