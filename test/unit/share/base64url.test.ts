/** base64url without padding: what the platform's base64 gives, with - and _, and a strict decoder. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../../src/io/base64url.ts';

const platform = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('base64url', () => {
  test('encodes as Node does and decodes back, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(platform(bytes));
        expect(decodeBase64url(text)).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['padding', 'QUI='],
    ['standard base64 characters', 'a+b/'],
    ['white space', 'QU I'],
    ['a length no encoder makes', 'QUJDR'],
    ['stray bits after the last byte', 'QV'],
    ['a character outside ASCII', 'QUä'],
  ])('refuses %s', (_, text) => {
    expect(decodeBase64url(text)).toBeNull();
  });

  test('the empty text is no bytes', () => {
    expect(decodeBase64url('')).toEqual(new Uint8Array(0));
  });
});
