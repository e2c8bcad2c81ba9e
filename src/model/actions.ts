/**
 * valibot actions of Polku's own. Each is one of valibot's (same type,
 * requirement and message, so @valibot/to-json-schema converts it as usual)
 * with a different `~run`:
 *
 * - minItems / maxItems run even when some items are invalid. valibot runs a
 *   pipe's validations only on a fully typed value, so `v.maxLength` would
 *   stay silent about 10,001 steps as soon as one step lacks a title.
 * - minCodePoints / maxCodePoints count code points only when the UTF-16
 *   length cannot decide (a code point is 1 or 2 units), which keeps reading
 *   thousands of titles fast.
 */
import * as v from 'valibot';
import { codePointCount } from './patterns.ts';
import type { ProblemCode } from './types.ts';

export function minItems<T extends unknown[], const N extends number>(
  min: N,
  message: ProblemCode,
): v.MinLengthAction<T, N, ProblemCode> {
  const action = v.minLength<T, N, ProblemCode>(min, message);
  return {
    ...action,
    '~run'(dataset, config) {
      const value: unknown = dataset.value;
      if (Array.isArray(value) && value.length < min) {
        v._addIssue(action, 'length', dataset, config, { received: String(value.length) });
      }
      return dataset;
    },
  };
}

export function maxItems<T extends unknown[], const N extends number>(
  max: N,
  message: ProblemCode,
): v.MaxLengthAction<T, N, ProblemCode> {
  const action = v.maxLength<T, N, ProblemCode>(max, message);
  return {
    ...action,
    '~run'(dataset, config) {
      const value: unknown = dataset.value;
      if (Array.isArray(value) && value.length > max) {
        v._addIssue(action, 'length', dataset, config, { received: String(value.length) });
      }
      return dataset;
    },
  };
}

export function minCodePoints<const N extends number>(
  min: N,
  message: ProblemCode,
): v.MinCodePointsAction<string, N, ProblemCode> {
  const action = v.minCodePoints<string, N, ProblemCode>(min, message);
  return {
    ...action,
    '~run'(dataset, config) {
      // at least length / 2 code points: count only below 2 × min units
      if (dataset.typed && dataset.value.length < 2 * min) {
        const count = codePointCount(dataset.value);
        if (count < min) v._addIssue(action, 'code points', dataset, config, { received: String(count) });
      }
      return dataset;
    },
  };
}

export function maxCodePoints<const N extends number>(
  max: N,
  message: ProblemCode,
): v.MaxCodePointsAction<string, N, ProblemCode> {
  const action = v.maxCodePoints<string, N, ProblemCode>(max, message);
  return {
    ...action,
    '~run'(dataset, config) {
      // at most length code points: count only above max units
      if (dataset.typed && dataset.value.length > max) {
        const count = codePointCount(dataset.value);
        if (count > max) v._addIssue(action, 'code points', dataset, config, { received: String(count) });
      }
      return dataset;
    },
  };
}
