import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCatalogueProblems, htmlText } from '../../../src/integrations/catalogue-check';
import { weightMessageBlocks } from '../../../src/integrations/search-weights';
import type { CatalogueEntry } from '../../../src/lib/errors/types';

const root = mkdtempSync(join(tmpdir(), 'catalogue-check-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(path: string, main: string): void {
  mkdirSync(join(root, path), { recursive: true });
  writeFileSync(join(root, path, 'index.html'), `<html><body><nav>x</nav><main>${main}</main></body></html>`);
}

const entry = (over: Partial<CatalogueEntry>): CatalogueEntry => ({
  id: 'e',
  tools: ['curl'],
  message: 'curl: (5) Could not resolve proxy: {host:proxy.example.com}',
  page: '/errors/a/',
  anchor: 'fix',
  causes: [{ text: 'c' }],
  ...over,
});

page(
  'errors/a',
  '<h2 id="fix">Fix</h2><pre><div class="ec-line"><span>curl: (5) Could not </span><span>resolve proxy: proxy.example.com</span></div></pre>',
);

describe('findCatalogueProblems', () => {
  it('accepts a message present with its example filled in', async () => {
    expect(await findCatalogueProblems(root, [entry({})])).toStrictEqual([]);
  });

  it('names the entry whose message the page lacks', async () => {
    const problems = await findCatalogueProblems(root, [entry({ id: 'gone', message: 'curl: (7) Failed to connect' })]);
    expect(problems).toStrictEqual([{ id: 'gone', reason: '/errors/a/ does not contain the message "curl: (7) Failed to connect"' }]);
  });

  it('names a missing anchor and a page that was not built', async () => {
    const problems = await findCatalogueProblems(root, [entry({ id: 'x', anchor: 'nope' }), entry({ id: 'y', page: '/errors/none/' })]);
    expect(problems.map((p) => p.id)).toStrictEqual(['x', 'y']);
    expect(problems[0]!.reason).toContain('no element with id "nope"');
  });
});

describe('htmlText', () => {
  it('decodes entities and separates block elements', () => {
    expect(htmlText('<p>a &quot;b&#x27;</p><p>c&amp;d</p>')).toBe('a "b\' c&d');
  });
});

describe('weightMessageBlocks', () => {
  it('weights only the code blocks that quote a message', () => {
    const html =
      '<pre class="a"><code><span>npm error code </span><span>E407</span></code></pre><pre><code>npm config get proxy</code></pre>';
    const { html: out, count } = weightMessageBlocks(html, ['npm error code E407']);
    expect(count).toBe(1);
    expect(out).toBe(
      '<pre class="a" data-pagefind-weight="2"><code><span>npm error code </span><span>E407</span></code></pre><pre><code>npm config get proxy</code></pre>',
    );
  });
});
