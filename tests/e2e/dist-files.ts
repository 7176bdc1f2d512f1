import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Reads of the built site: pages, their scripts, and the JavaScript each one loads eagerly. */
export const DIST = 'dist';

/** A page that only forwards elsewhere: the short-URL pages (/407/ -> /codes/407/, src/pages/[code]). */
export const REDIRECT_PAGE = /<meta http-equiv="refresh"/;

/** Every built HTML page except the short-URL redirect pages (see redirectPages). */
export function htmlPages(root = DIST): { path: string; file: string; html: string }[] {
  return allHtmlFiles(root).filter((p) => !REDIRECT_PAGE.test(p.html));
}

/** The short-URL redirect pages (/407/ and the other codes). */
export function redirectPages(root = DIST): { path: string; file: string; html: string }[] {
  return allHtmlFiles(root).filter((p) => REDIRECT_PAGE.test(p.html));
}

function allHtmlFiles(root: string): { path: string; file: string; html: string }[] {
  const out: { path: string; file: string; html: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(root, full).split(sep).join('/');
        const path = '/' + rel.replace(/index\.html$/, '');
        out.push({ path, file: full, html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="(\/_astro\/[^"]+\.js)"/g;
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;

/** The /_astro/ files a page loads eagerly: its module scripts and everything they import statically. */
export function eagerScripts(html: string, root = DIST): string[] {
  const seen = new Set<string>();
  const queue = [...html.matchAll(SCRIPT_SRC)].map((m) => m[1]!);
  while (queue.length > 0) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(join(root, src), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push('/_astro/' + m[1]!.slice(2));
  }
  return [...seen].sort();
}

/** Files a script may load later with import(). */
export function lazyImports(src: string, root = DIST): string[] {
  const code = readFileSync(join(root, src), 'utf8');
  return [...code.matchAll(DYNAMIC_IMPORT)].map((m) => '/_astro/' + m[1]!.slice(2));
}

export function fileGzipSize(src: string, root = DIST): number {
  return gzipSize(readFileSync(join(root, src)));
}
