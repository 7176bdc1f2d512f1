import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeShareState, encodeShareState } from '../../../src/widgets/shared/share';

describe('encodeShareState', () => {
  describe('without "include secrets"', () => {
    it('leaves the secret keys out', () => {
      const fragment = encodeShareState({ user: 'alice', password: 's3cret' }, ['password']);
      expect(fragment).not.toContain('s3cret');
      expect(decodeShareState('#' + fragment)).toEqual({ user: 'alice' });
    });
  });
  describe('with "include secrets"', () => {
    it('keeps them', () => {
      const fragment = encodeShareState({ user: 'alice', password: 'pä:ss' }, ['password'], true);
      expect(decodeShareState(fragment)).toEqual({ user: 'alice', password: 'pä:ss' });
    });
  });
  it('uses only URL-safe characters', () => {
    expect(encodeShareState({ v: '<>?/+=&#' })).toMatch(/^w=[A-Za-z0-9_-]*$/);
  });
  it('round-trips any string state (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), (state) => {
        expect(decodeShareState(encodeShareState(state))).toEqual(state);
      }),
    );
  });
});

describe('decodeShareState', () => {
  describe('with garbage', () => {
    it('returns an empty state', () => {
      expect(decodeShareState('#w=!!!')).toEqual({});
      expect(decodeShareState('#other')).toEqual({});
      expect(decodeShareState('#w=' + btoa('[1,2]'))).toEqual({});
      expect(decodeShareState('')).toEqual({});
    });
  });
  describe('with non-string values', () => {
    it('drops them', () => {
      const json = btoa(JSON.stringify({ a: 1, b: 'x' })).replace(/=+$/, '');
      expect(decodeShareState('w=' + json)).toEqual({ b: 'x' });
    });
  });
  it('never throws (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => void decodeShareState(s)));
  });
});

describe('with a "__proto__" key (found by fast-check)', () => {
  it('keeps it as data', () => {
    const state = JSON.parse('{"__proto__":"x","a":"b"}') as Record<string, string>;
    expect(decodeShareState(encodeShareState(state))).toEqual(state);
    expect(Object.getPrototypeOf(decodeShareState(encodeShareState(state)))).toBe(Object.prototype);
  });
});
