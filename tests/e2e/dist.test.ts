import { existsSync, readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { eagerScripts, fileGzipSize, htmlPages, lazyImports } from './dist-files';

// Checks of the built files that need no browser: valid HTML, unique titles and descriptions,
// canonical URLs and sitemap, static-host headers, and the JavaScript budgets.
const pages = htmlPages();
const contentPages = pages.filter((p) => p.path !== '/404.html');
const SITE = 'https://proxy407.dev';

/**
 * Custom elements of our widgets and page components (the search field of the home and 404 pages, the codes
 * filter): a page that has none of them must carry none of our JavaScript.
 */
const WIDGET_TAG =
  /<(credentials-decoder|credentials-encoder|challenge-parser|curl-simulator|proxy-config|no-proxy-tester|search-launcher|code-filter)\b/;
/** Chunks Starlight and Expressive Code ship on every page (theme, search, table of contents, copy buttons). */
const STARLIGHT_CHUNK =
  /^\/_astro\/(page|ec|Search\.astro_astro_type_script_index_0_lang|MobileTableOfContents\.astro_astro_type_script_index_0_lang|TableOfContents\.astro_astro_type_script_index_0_lang|starlight-toc|ui-core|Tabs\.astro_astro_type_script_index_0_lang|preload-helper)\.[\w-]+\.js$/;
const WIDGET_EAGER_BUDGET = 15 * 1024;
/**
 * Our one addition to every page: the search opener (src/components/search/opener.ts), "/" to open the
 * dialog and the lazy import of the catalogue search when it opens. About 0.6 KB gz; budget 1 KB.
 */
const SEARCH_OPENER = /^\/_astro\/SiteSearch\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
const SEARCH_OPENER_BUDGET = 1024;
const HTML_BUDGET = 400 * 1024;

describe('the built HTML', () => {
  // .htmlvalidate.json at the project root: html-validate:recommended, adjusted for what Starlight emits.
  const validator = new HtmlValidate(new FileSystemConfigLoader());

  it.each(pages.map((p) => [p.path, p] as const))('%s is valid HTML', async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });

  it('gives every page a unique title', () => {
    const titles = contentPages.map((p) => /<title>([^<]*)<\/title>/.exec(p.html)?.[1]);
    expect(titles.every(Boolean)).toBe(true);
    expect(duplicates(titles as string[])).toEqual([]);
  });

  it('gives every page a unique meta description', () => {
    const descriptions = contentPages.map((p) => /<meta name="description" content="([^"]*)"/.exec(p.html)?.[1]);
    expect(contentPages.filter((_, i) => !descriptions[i]).map((p) => p.path)).toEqual([]);
    expect(duplicates(descriptions as string[])).toEqual([]);
  });

  it('declares the language and a canonical URL on the site origin for every page', () => {
    for (const page of contentPages) {
      expect(page.html, page.path).toMatch(/<html lang="en"/);
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(page.html)?.[1];
      expect(canonical, page.path).toBe(SITE + page.path);
    }
  });

  it('lists every page in the sitemap, with the site origin', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(new Set(urls)).toEqual(new Set(contentPages.map((p) => SITE + p.path)));
  });

  it('keeps every page under the HTML size budget', () => {
    const over = pages.filter((p) => Buffer.byteLength(p.html) > HTML_BUDGET).map((p) => `${p.path} ${Buffer.byteLength(p.html)}`);
    expect(over).toEqual([]);
  });
});

describe('static-host headers', () => {
  it('emits _headers with the CSP, nosniff, a referrer policy and immutable caching for hashed assets', () => {
    expect(existsSync('dist/_headers')).toBe(true);
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: [^\n]*script-src 'self'/m);
    expect(headers).not.toMatch(/script-src[^;\n]*'unsafe-(inline|eval)'/);
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: no-referrer');
    expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  });
});

describe('JavaScript budgets', () => {
  const plain = contentPages.filter((p) => !WIDGET_TAG.test(p.html));

  it('finds pages without widgets to check', () => {
    expect(plain.map((p) => p.path)).toContain('/codes/404/');
  });

  it('adds no JavaScript of ours to pages without a widget but the small search opener', () => {
    const ours = new Set(
      plain.flatMap((p) => eagerScripts(p.html).filter((src) => !STARLIGHT_CHUNK.test(src) && !SEARCH_OPENER.test(src))),
    );
    expect([...ours]).toEqual([]);
  });

  it('keeps the search opener under 1 KB gz and the catalogue search out of every page’s eager scripts', () => {
    const openers = new Set(contentPages.flatMap((p) => eagerScripts(p.html).filter((src) => SEARCH_OPENER.test(src))));
    expect(openers.size).toBe(1);
    const [opener] = [...openers];
    expect(fileGzipSize(opener!)).toBeLessThanOrEqual(SEARCH_OPENER_BUDGET);
    const lazy = lazyImports(opener!);
    expect(lazy.some((src) => /catalogue-search/.test(src))).toBe(true);
    for (const page of contentPages)
      expect(
        eagerScripts(page.html).some((src) => /catalogue-search/.test(src)),
        page.path,
      ).toBe(false);
  });

  it('keeps each widget page within 15 KB gz of eager JavaScript beyond Starlight’s', () => {
    const over = contentPages
      .filter((p) => WIDGET_TAG.test(p.html))
      .map((p) => {
        const ours = eagerScripts(p.html).filter((src) => !STARLIGHT_CHUNK.test(src) && !SEARCH_OPENER.test(src));
        return { path: p.path, bytes: ours.reduce((n, src) => n + fileGzipSize(src), 0) };
      })
      .filter((p) => p.bytes > WIDGET_EAGER_BUDGET);
    expect(over).toEqual([]);
  });
});

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))))];
}
