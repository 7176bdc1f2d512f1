import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { curlNoProxyMatch, NO_PROXY_RULES, parseIPv6, splitNoProxyList } from '../../../src/lib/curl/no-proxy';

const m = (host: string, list: string) => curlNoProxyMatch(host, list).match;

describe('curlNoProxyMatch', () => {
  describe('with host names', () => {
    it('matches the host and its subdomains, with or without a leading dot', () => {
      expect([
        m('example.com', 'example.com'),
        m('a.example.com', 'example.com'),
        m('a.example.com', '.example.com'),
        m('example.com', '.example.com'),
      ]).toEqual([true, true, true, true]);
    });
    it('does not match a longer name that merely ends with the text', () => {
      expect(m('badexample.com', 'example.com')).toBe(false);
    });
    it('ignores case and a trailing dot on the host', () => {
      expect([m('WWW.Example.COM', 'example.com'), m('example.com.', 'EXAMPLE.com')]).toEqual([true, true]);
    });
    it('never matches a token with a port', () => {
      expect(m('example.com', 'example.com:443')).toBe(false);
    });
    it('treats * alone as everything and * in a list as an ordinary token', () => {
      expect([m('x', '*'), m('x', ' * '), m('x', 'a,*'), m('a.b', '*.b')]).toEqual([true, true, false, false]);
    });
    it('splits on commas and blanks and reports the matching token', () => {
      expect(splitNoProxyList(' a, b ,,c\td').map((t) => t.value)).toEqual(['a', 'b', 'c', 'd']);
      expect(curlNoProxyMatch('x.corp', 'a, .corp').token).toEqual({ value: '.corp', start: 3, end: 8 });
    });
  });
  describe('with IP addresses', () => {
    it('matches exact IPv4 and CIDR ranges', () => {
      expect([m('10.1.2.3', '10.0.0.0/8'), m('11.1.2.3', '10.0.0.0/8'), m('127.0.0.1', '127.0.0.1'), m('127.0.0.2', '127.0.0.1')]).toEqual([
        true,
        false,
        true,
        false,
      ]);
    });
    it('matches IPv6 with or without brackets, and ranges', () => {
      expect([m('[::1]', '::1'), m('::1', '[::1]'), m('fe80::1', 'fe80::/10'), m('2001:db8::1', 'fe80::/10')]).toEqual([
        true,
        true,
        true,
        false,
      ]);
    });
    it('does not resolve names', () => {
      expect([m('localhost', '127.0.0.1'), m('127.0.0.1', 'localhost')]).toEqual([false, false]);
    });
    it('parses IPv6 forms', () => {
      expect(parseIPv6('::ffff:1.2.3.4')?.slice(10)).toEqual([255, 255, 1, 2, 3, 4]);
      expect(parseIPv6('1::2::3')).toBeUndefined();
    });
  });
  it('is an entry of the rules table', () => {
    expect(NO_PROXY_RULES[0]?.match('a.b', 'b').match).toBe(true);
  });
  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (h, l) => {
        curlNoProxyMatch(h, l);
      }),
    );
  });
});
