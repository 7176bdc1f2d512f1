import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namedPages } from '../../../src/lib/search/named-pages';
import { titleIndex } from './fixtures';

const named = (q: string) => namedPages(titleIndex, q).map((p) => `${p.url} ${p.strength}`);

describe('namedPages', () => {
  describe('with a status code and words of its title only', () => {
    it('names the code’s page exactly', () => {
      expect(named('444 No Response')).toStrictEqual(['/codes/444/ exact']);
      expect(named('460 status code')).toStrictEqual(['/codes/460/ exact']);
      expect(named('HTTP/1.1 407 Proxy Authentication Required')).toStrictEqual(['/codes/407/ exact']);
    });
  });

  describe('with a status line inside a longer text', () => {
    it('names the code’s page within the text', () => {
      expect(named('Upgrade fails with HTTP 407 Proxy Authentication Required')).toStrictEqual(['/codes/407/ within']);
    });

    it('does not name it for the number alone in a longer text', () => {
      expect(named('Error 407 while downloading')).toStrictEqual([]);
    });
  });

  describe('with two status codes', () => {
    it('names the page whose title has both, exactly when nothing else is said', () => {
      expect(named('401 vs 407')).toStrictEqual(['/guides/who-is-challenging/ exact']);
      expect(named('proxy answers CONNECT with 401 instead of 407')).toStrictEqual(['/guides/who-is-challenging/ within']);
    });
  });

  describe('with a pasted header line', () => {
    it('names the header’s page', () => {
      expect(named('Proxy-Authenticate: NTLM')).toStrictEqual(['/headers/proxy-authenticate/ exact']);
      expect(named('X-Unknown: 1')).toStrictEqual([]);
    });
  });

  describe('with every word of a title', () => {
    it('names that page, and only when no other word is added', () => {
      expect(named('Proxy-Connection header')).toStrictEqual(['/headers/proxy-connection/ exact']);
      expect(named('Proxy-Connection keep-alive header')).toStrictEqual([]);
    });
  });

  describe('with the words that begin one title only', () => {
    it('names that page within the results, and no page when several titles begin so', () => {
      expect(named('Who is challenging')).toStrictEqual(['/guides/who-is-challenging/ within']);
      expect(named('Proxy')).toStrictEqual([]);
    });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (q) => void namedPages(titleIndex, q)));
  });
});
