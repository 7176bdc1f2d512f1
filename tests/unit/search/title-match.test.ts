import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTitleIndex, matchTitles } from '../../../src/lib/search/title-match';

const index = buildTitleIndex([
  { url: '/codes/403/', title: '403 Forbidden' },
  { url: '/codes/407/', title: '407 Proxy Authentication Required' },
  { url: '/headers/proxy-connection/', title: 'Proxy-Connection' },
  { url: '/headers/connection/', title: 'Connection' },
  { url: '/headers/authentication-info/', title: 'Authentication-Info' },
  { url: '/headers/proxy-authentication-info/', title: 'Proxy-Authentication-Info' },
  { url: '/tools/no-proxy-tester/', title: 'NO_PROXY tester' },
  { url: '/errors/go/', title: 'Go: Get "https://...": Proxy Authentication Required (and proxyconnect tcp: ...)' },
]);
const urls = (q: string) => matchTitles(index, q).map((p) => p.url);

describe('matchTitles', () => {
  it('finds the page named by the query, best covered title first', () => {
    expect(urls('403 Forbidden')).toEqual(['/codes/403/']);
    expect(urls('Proxy Authentication Required')).toEqual(['/codes/407/']);
    expect(urls('Proxy-Connection header')).toEqual(['/headers/proxy-connection/']);
    expect(urls('Authentication-Info')).toEqual(['/headers/authentication-info/', '/headers/proxy-authentication-info/']);
  });

  it('takes a lone status-code number, with or without "error" or "status code", for its page', () => {
    expect(urls('error 407')).toEqual(['/codes/407/']);
    expect(urls('status code 407')).toEqual(['/codes/407/']);
    expect(urls('999')).toEqual([]);
  });

  it('leaves long queries and words missing from every title to the page search', () => {
    expect(urls('npm config set proxy username password')).toEqual([]);
    expect(urls('Forbidden proxy tunnel')).toEqual([]);
    expect(urls('')).toEqual([]);
    expect(urls('NO_PROXY')).toEqual([]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        expect(matchTitles(index, q).length).toBeLessThanOrEqual(2);
      }),
    );
  });
});
