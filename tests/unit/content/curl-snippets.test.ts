import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCurlCommand } from '../../../src/lib/curl/options';

// Every curl command in the site's code blocks must be one the real curl accepts:
// readers copy them. Transcripts (```text blocks) are output, not commands, and are skipped.
const SHELL_LANGUAGES = new Set(['sh', 'bash', 'shell', 'zsh', 'console', 'powershell', 'ps1', 'pwsh', 'bat', 'cmd', 'batch']);
const CURL_LINE = /^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*curl(?:\.exe)?\s/;

export interface Snippet {
  file: string;
  line: number;
  language: string;
  command: string;
}

export function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return mdxFiles(full);
    return /\.mdx?$/.test(name) ? [full] : [];
  });
}

/** The curl commands of a page's shell code blocks, continuation lines joined as the shell joins them. */
export function curlSnippets(file: string, text: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = text.split('\n');
  let fence: { marker: string; language: string } | undefined;
  let logical = '';
  let logicalStart = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const open = /^\s*(`{3,}|~{3,})\s*([\w+-]*)/.exec(raw);
    if (!fence && open) {
      fence = { marker: open[1]!, language: (open[2] ?? '').toLowerCase() };
      continue;
    }
    if (fence && raw.trim().startsWith(fence.marker)) {
      fence = undefined;
      continue;
    }
    if (!fence || !SHELL_LANGUAGES.has(fence.language)) continue;
    const continuation = fence.language === 'bat' || fence.language === 'cmd' ? '^' : fence.language.startsWith('p') ? '`' : '\\';
    const line = raw.replace(/^\s*(?:\$|PS [^>]*>|>)\s+/, '');
    if (!logical) logicalStart = i + 1;
    logical += line;
    if (logical.trimEnd().endsWith(continuation)) {
      logical = logical.trimEnd().slice(0, -1) + ' ';
      continue;
    }
    const command = logical.trim();
    logical = '';
    if (CURL_LINE.test(command)) snippets.push({ file, line: logicalStart, language: fence.language, command });
  }
  return snippets;
}

const snippets = mdxFiles('content').flatMap((file) => curlSnippets(file, readFileSync(file, 'utf8')));

describe('curl commands in the content', () => {
  it('finds the commands of the 407 page', () => {
    const on407 = snippets.filter((s) => s.file.endsWith('codes/407.mdx')).map((s) => s.command);
    expect(on407).toContain('curl -U alice -x http://proxy.example.com:3128 https://example.com/');
  });

  it('joins backslash continuations into one command', () => {
    const found = curlSnippets('x.mdx', '```sh\ncurl -v \\\n  -x http://proxy.example.com:3128 \\\n  https://example.com/\n```\n');
    expect(found.map((s) => s.command)).toEqual(['curl -v    -x http://proxy.example.com:3128    https://example.com/']);
  });

  it('flags a command curl would refuse', () => {
    const [broken] = curlSnippets('x.mdx', '```sh\ncurl --proxy-usr alice https://example.com/\n```\n');
    const { diagnostics } = parseCurlCommand(broken!.command);
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it.each(snippets.map((s) => [`${s.file}:${s.line}`, s] as const))('%s parses without errors', (_, snippet) => {
    const { diagnostics } = parseCurlCommand(snippet.command);
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message} «${snippet.command.slice(d.start, d.end)}»`);
    expect(errors).toEqual([]);
  });
});
