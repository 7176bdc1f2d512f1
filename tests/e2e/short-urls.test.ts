import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages, redirectPages } from './dist-files';

// Short URLs (/407 -> /codes/407/): a redirect page per status code for any static host, and _redirects
// for hosts that read it. /404 stays the site's 404 page.
const SITE = 'https://proxy407.dev';
const codePages = htmlPages()
  .map((p) => /^\/codes\/(\d{3})\/$/.exec(p.path)?.[1])
  .filter((c): c is string => c !== undefined);
const redirects = redirectPages();

describe('short URLs', () => {
  it('has a redirect page for every code page except 404', () => {
    expect(codePages.length).toBeGreaterThan(60);
    const expected = codePages.filter((c) => c !== '404').map((c) => `/${c}/`);
    expect(redirects.map((p) => p.path).sort()).toEqual(expected.sort());
    expect(redirects.some((p) => p.path === '/404/')).toBe(false);
  });

  it('sends each redirect page on at once, with a canonical link and a visible link to the code page', () => {
    for (const page of redirects) {
      const code = page.path.slice(1, -1);
      const target = `/codes/${code}/`;
      expect(page.html, page.path).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
      expect(page.html, page.path).toContain(`<link rel="canonical" href="${SITE}${target}">`);
      expect(page.html, page.path).toMatch(new RegExp(`<a href="${target}">`));
      expect(page.html, page.path).toContain('<meta name="robots" content="noindex">');
      expect(page.html, page.path).not.toMatch(/<script|<style/);
    }
  });

  it('lists the same redirects in _redirects, with and without the trailing slash', () => {
    const rules = readFileSync('dist/_redirects', 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    const expected = codePages.filter((c) => c !== '404').flatMap((c) => [`/${c} /codes/${c}/ 301`, `/${c}/ /codes/${c}/ 301`]);
    expect(rules.sort()).toEqual(expected.sort());
  });
});
