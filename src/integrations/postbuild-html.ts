import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlFiles } from './html-files';

/**
 * One pass over the built HTML, for what no build option gives us:
 * - tables: Starlight lets a wide table scroll sideways in its own box; keyboard users can only scroll
 *   it if it takes focus, so each table gets tabindex="0" (axe: scrollable-region-focusable). An empty
 *   top-left header cell of a comparison table becomes a <td> (axe: empty-table-header), and header
 *   cells say they head columns (scope="col"), which tables with such a corner cell need (WCAG H63).
 * - CSP: Astro's `security.csp` hashes the scripts it bundles, but not `<script is:inline>` blocks
 * (withastro/astro#16678), and Starlight ships a few of those (theme provider, sidebar state).
 * After the build, this adds the SHA-256 of every inline script of each page to that page's
 * `script-src`, so the policy stays strict (no 'unsafe-inline') and every script still runs.
 * It reads only our own build output, never user input.
 */
export function postbuildHtml(): AstroIntegration {
  return {
    name: 'postbuild-html',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        const policies: string[] = [];
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const updated = addInlineScriptHashes(fixTables(html));
          if (updated !== html) {
            await writeFile(file, updated);
            pages++;
          }
          const policy = CSP_META.exec(updated)?.[2];
          if (policy) policies.push(policy);
        }
        logger.info(`added inline-script hashes to the CSP of ${pages} pages`);
        await writeFile(join(root, '_headers'), staticHostHeaders(mergePolicies(policies)));
        logger.info('wrote _headers for static hosts');
      },
    },
  };
}

const TABLE_OPEN = /<table(?![^>]*\btabindex=)/g;
const EMPTY_TH = /<th(?=[\s>])([^>]*)>(\s*)<\/th>/g;

const THEAD = /<thead>([\s\S]*?)<\/thead>/g;
const TH_WITHOUT_SCOPE = /<th(?=[\s>])(?![^>]*\bscope=)/g;

export function fixTables(html: string): string {
  return html
    .replace(TABLE_OPEN, '<table tabindex="0"')
    .replace(EMPTY_TH, '<td$1>$2</td>')
    .replace(THEAD, (head) => head.replace(TH_WITHOUT_SCOPE, '<th scope="col"'))
    .replace(TABLE, labelCells);
}

const TABLE = /<table\b[\s\S]*?<\/table>/g;
const HEAD_CELL = /<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g;
const TBODY = /<tbody>([\s\S]*?)<\/tbody>/;
const ROW = /<tr\b[^>]*>[\s\S]*?<\/tr>/g;
const BODY_CELL_OPEN = /<td(?![^>]*\bdata-label=)(?=[\s>])/g;

/**
 * Each body cell gets its column's name as data-label (src/styles/tables.css shows it above the cell when a
 * table becomes cards on a phone). Tables without a header row are left alone.
 */
export function labelCells(table: string): string {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(table);
  if (!head) return table;
  const labels = [...head[1]!.matchAll(HEAD_CELL)].map((m) => attributeText(m[1]!));
  return table.replace(TBODY, (body) =>
    body.replace(ROW, (row) => {
      let i = 0;
      return row.replace(BODY_CELL_OPEN, () => {
        const label = labels[i++];
        return label ? `<td data-label="${label}"` : '<td';
      });
    }),
  );
}

/** The text of a header cell, safe inside a double-quoted attribute. */
function attributeText(cellHtml: string): string {
  return cellHtml
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/"/g, '&quot;');
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
export const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

export function addInlineScriptHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const hashes = new Set<string>();
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/type="application\/(ld\+)?json"/.test(attrs ?? '') || !body) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  const policy = meta[2]!;
  const missing = [...hashes].filter((h) => !policy.includes(h));
  if (missing.length === 0) return html;
  const updated = policy.replace(/script-src ([^;]*)/, (_, sources: string) => `script-src ${sources} ${missing.join(' ')}`);
  return html.replace(CSP_META, `$1${updated}$3`);
}

/** One policy that allows what any page's policy allows: the union of each directive's sources. */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The `_headers` file that Netlify, Cloudflare Pages and similar hosts read. The CSP also goes out as a
 * header so that `frame-ancestors` (ignored in a <meta> policy) takes effect; hashed assets are immutable.
 * HTML gets no Cache-Control here: hosts apply every matching rule and may join repeated headers, and they
 * already revalidate HTML by default.
 */
export function staticHostHeaders(policy: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    '/pagefind/*',
    '  Cache-Control: public, max-age=3600',
    '',
  ].join('\n');
}
