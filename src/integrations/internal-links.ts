import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files';

/**
 * Fails the build when a built page links to a page, file or #anchor of this site that does not exist.
 * It checks the HTML as readers get it, so links from MDX, components and Starlight's own UI are all
 * covered. (starlight-links-validator assumes src/content/docs/; our pages live in content/.)
 */
export function internalLinks(): AstroIntegration {
  return {
    name: 'internal-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const broken = await findBrokenLinks(root);
        if (broken.length > 0) {
          for (const b of broken.slice(0, 50)) logger.error(`${b.page}: broken link ${b.href} (${b.reason})`);
          throw new Error(`${broken.length} broken internal link(s); see the list above.`);
        }
        logger.info('every internal link and anchor resolves');
      },
    },
  };
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const LINK = /<(a|link|script|img|source)\b[^>]*?\b(href|src)="([^"]*)"/g;
const ID = /\bid="([^"]*)"/g;

export async function findBrokenLinks(root: string): Promise<BrokenLink[]> {
  const pages = await htmlFiles(root);
  const ids = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const file of pages) {
    const text = await readFile(file, 'utf8');
    html.set(file, text);
    ids.set(file, new Set([...text.matchAll(ID)].map((m) => decodeEntities(m[1]!))));
  }
  const broken: BrokenLink[] = [];
  for (const [file, text] of html) {
    const page = '/' + relative(root, file).split(sep).join('/');
    for (const m of text.matchAll(LINK)) {
      const href = decodeEntities(m[3]!);
      if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `http://site${page}`);
      const target = resolveTarget(root, decodeURIComponent(url.pathname));
      if (!target) {
        broken.push({ page, href, reason: 'no such page or file' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !ids.get(target)?.has(anchor)) {
        broken.push({ page, href, reason: `no element with id "${anchor}"` });
      }
    }
  }
  return broken;
}

function resolveTarget(root: string, path: string): string | undefined {
  const full = join(root, path);
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
