import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CATALOGUE } from '../lib/errors/catalogue';
import { exampleText } from '../lib/errors/pattern';
import type { CatalogueEntry } from '../lib/errors/types';

/**
 * Fails the build when a catalogued error message is not on the page that claims to fix it, or when
 * its anchor is missing there. Each message is filled in with its examples and looked for in the
 * built page's <main> text (tags removed, entities decoded, whitespace runs as one space), so a page
 * edit that drops or rewords a message cannot leave search and /errors/ pointing at the wrong place.
 */
export function catalogueCheck(): AstroIntegration {
  return {
    name: 'catalogue-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const problems = await findCatalogueProblems(fileURLToPath(dir), CATALOGUE);
        if (problems.length > 0) {
          for (const p of problems) logger.error(`catalogue entry ${p.id}: ${p.reason}`);
          throw new Error(`${problems.length} catalogue problem(s); see the list above (src/lib/errors/catalogue).`);
        }
        logger.info(`all ${CATALOGUE.length} catalogued messages are on their pages`);
      },
    },
  };
}

export interface CatalogueProblem {
  id: string;
  reason: string;
}

export async function findCatalogueProblems(root: string, entries: readonly CatalogueEntry[]): Promise<CatalogueProblem[]> {
  const pages = new Map<string, { text: string; ids: Set<string> } | null>();
  const problems: CatalogueProblem[] = [];
  for (const entry of entries) {
    if (!pages.has(entry.page)) pages.set(entry.page, await loadPage(root, entry.page));
    const page = pages.get(entry.page);
    if (!page) {
      problems.push({ id: entry.id, reason: `page ${entry.page} was not built` });
      continue;
    }
    const message = collapse(exampleText(entry.message));
    if (!page.text.includes(message)) {
      problems.push({ id: entry.id, reason: `${entry.page} does not contain the message "${message}"` });
    }
    if (!page.ids.has(entry.anchor)) {
      problems.push({ id: entry.id, reason: `${entry.page} has no element with id "${entry.anchor}"` });
    }
  }
  return problems;
}

async function loadPage(root: string, page: string): Promise<{ text: string; ids: Set<string> } | null> {
  let html: string;
  try {
    html = await readFile(join(root, page, 'index.html'), 'utf8');
  } catch {
    return null;
  }
  const ids = new Set([...html.matchAll(/\bid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  return { text: htmlText(start >= 0 && end > start ? html.slice(start, end) : html), ids };
}

const BLOCK_END = /<\/(?:div|p|li|td|th|tr|pre|h[1-6]|blockquote|figure|figcaption)>|<br\s*\/?>/gi;

/** The visible text of an HTML fragment, with block boundaries as spaces and whitespace collapsed. */
export function htmlText(html: string): string {
  const withoutHidden = html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ');
  return collapse(decodeEntities(withoutHidden.replace(BLOCK_END, ' ').replace(/<[^>]*>/g, '')));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|quot|apos|lt|gt|nbsp);/gi, (_, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' }[lower] ?? '';
  });
}
