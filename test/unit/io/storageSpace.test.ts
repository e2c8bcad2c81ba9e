/** "Omat kaaviot" tells how the browser keeps the diagrams: persistent or not (a refusal or a failure is told), space in MB. */
import { describe, expect, it, vi } from 'vitest';
import { megabytes, persistence, space } from '../../../src/io/storageSpace.ts';

describe('persistent storage', () => {
  it('asks only when told to, and only when not persistent yet', async () => {
    const persist = vi.fn(async () => true);
    expect(await persistence(false, { persisted: async () => false, persist })).toEqual({ state: 'no' });
    expect(persist).not.toHaveBeenCalled();
    expect(await persistence(true, { persisted: async () => true, persist })).toEqual({ state: 'yes' });
    expect(persist).not.toHaveBeenCalled();
    expect(await persistence(true, { persisted: async () => false, persist })).toEqual({ state: 'yes' });
    expect(persist).toHaveBeenCalledOnce();
  });

  it('tells a refusal and a failure, and a browser without the API', async () => {
    expect(await persistence(true, { persisted: async () => false, persist: async () => false })).toEqual({ state: 'no' });
    expect(
      await persistence(true, {
        persisted: async () => false,
        persist: async () => {
          throw new DOMException('not allowed here', 'NotAllowedError');
        },
      }),
    ).toEqual({ state: 'failed', reason: 'not allowed here' });
    expect(await persistence(true, {})).toEqual({ state: 'unknown' });
    expect(await persistence(true, undefined)).toEqual({ state: 'unknown' });
  });
});

describe('space', () => {
  it('gives used and quota, or null when the browser does not tell', async () => {
    expect(await space({ estimate: async () => ({ usage: 1_234_567, quota: 5_000_000_000 }) })).toEqual({ used: 1_234_567, quota: 5_000_000_000 });
    expect(await space({ estimate: async () => ({}) })).toBeNull();
    expect(await space({ estimate: () => Promise.reject(new Error('no')) })).toBeNull();
    expect(await space(undefined)).toBeNull();
  });

  it('writes megabytes in the UI language', () => {
    expect(megabytes(1_234_567, 'fi').replace(/\s/g, ' ')).toBe('1,2 Mt');
    expect(megabytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(megabytes(1_234_567, 'sv').replace(/\s/g, ' ')).toBe('1,2 MB');
  });
});
