import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesCode, parseCodeQuery } from '../../src/components/code-filter-match';

const proxyAuth = { code: '407', text: '407 proxy authentication required a proxy wants credentials' };
const nginx = { code: '499', text: '499 client closed request unofficial: nginx.' };

describe('the /codes/ filter rule', () => {
  it('matches numbers by prefix and classes by their digit', () => {
    expect(matchesCode(proxyAuth, parseCodeQuery('407'))).toBe(true);
    expect(matchesCode(proxyAuth, parseCodeQuery('40'))).toBe(true);
    expect(matchesCode(proxyAuth, parseCodeQuery('41'))).toBe(false);
    expect(matchesCode(proxyAuth, parseCodeQuery('4xx'))).toBe(true);
    expect(matchesCode(proxyAuth, parseCodeQuery('5XX'))).toBe(false);
  });

  it('needs every word of a phrase or vendor query, ignoring case', () => {
    expect(matchesCode(nginx, parseCodeQuery('NGINX'))).toBe(true);
    expect(matchesCode(proxyAuth, parseCodeQuery('proxy  authentication'))).toBe(true);
    expect(matchesCode(proxyAuth, parseCodeQuery('proxy nginx'))).toBe(false);
    expect(matchesCode(nginx, parseCodeQuery('   '))).toBe(true);
  });

  it('never throws, and an empty query keeps every entry', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.string({ maxLength: 3 }), fc.string(), (query, code, text) => {
        const parsed = parseCodeQuery(query);
        expect(typeof matchesCode({ code, text }, parsed)).toBe('boolean');
        if (query.trim() === '') expect(matchesCode({ code, text }, parsed)).toBe(true);
      }),
    );
  });
});
