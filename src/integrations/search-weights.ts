import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CATALOGUE } from '../lib/errors/catalogue';
import { exampleText } from '../lib/errors/pattern';
import { htmlText } from './catalogue-check';

/**
 * Pagefind's weight for a code block that quotes a catalogued message verbatim (text is 1, headings
 * 5-7): enough to lift the page that quotes a message, not so much that its generic words ("Forbidden")
 * pull error pages above the pages named by them.
 */
const MESSAGE_WEIGHT = '2';

/**
 * Weights the verbatim error messages for Pagefind: on each page the catalogue points to, a code
 * block that contains one of that page's messages gets `data-pagefind-weight`, so the page that
 * quotes and fixes a message outranks broad pages that merely mention its words. Must be listed
 * before Starlight in astro.config.mjs: Starlight builds the Pagefind index in its own build:done.
 */
export function searchWeights(): AstroIntegration {
  return {
    name: 'search-weights',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let weighted = 0;
        for (const [page, messages] of messagesByPage()) {
          const file = join(root, page, 'index.html');
          const html = await readFile(file, 'utf8').catch(() => null);
          if (html === null) continue;
          const { html: out, count } = weightMessageBlocks(html, messages);
          if (count > 0) await writeFile(file, out);
          weighted += count;
        }
        logger.info(`weighted ${weighted} code blocks that quote catalogued messages`);
      },
    },
  };
}

function messagesByPage(): Map<string, string[]> {
  const byPage = new Map<string, string[]>();
  for (const entry of CATALOGUE) {
    const list = byPage.get(entry.page) ?? [];
    list.push(htmlText(exampleText(entry.message)));
    byPage.set(entry.page, list);
  }
  return byPage;
}

/** Adds the weight to every `<pre>` whose text contains one of `messages`. */
export function weightMessageBlocks(html: string, messages: readonly string[]): { html: string; count: number } {
  let count = 0;
  const out = html.replace(/<pre\b([^>]*)>([\s\S]*?)<\/pre>/g, (block, attrs: string, body: string) => {
    if (attrs.includes('data-pagefind-weight')) return block;
    const text = htmlText(body);
    if (!messages.some((m) => text.includes(m))) return block;
    count += 1;
    return `<pre${attrs} data-pagefind-weight="${MESSAGE_WEIGHT}">${body}</pre>`;
  });
  return { html: out, count };
}
