import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/lib/errors/catalogue';
import { exampleText, parsePattern } from '../../../src/lib/errors/pattern';
import { TOOLS } from '../../../src/lib/errors/types';

describe('the catalogue', () => {
  it('has unique kebab-case ids', () => {
    const ids = CATALOGUE.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('points every entry at an existing content page with a trailing slash', () => {
    for (const entry of CATALOGUE) {
      expect(entry.page, entry.id).toMatch(/^\/[a-z0-9/-]+\/$/);
      const file = `content${entry.page.slice(0, -1)}.mdx`;
      expect(existsSync(file), `${entry.id}: ${file}`).toBe(true);
      expect(entry.anchor, entry.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('names only known tools and writes messages on one line without stray slot syntax', () => {
    for (const entry of CATALOGUE) {
      for (const tool of entry.tools) expect(Object.hasOwn(TOOLS, tool), `${entry.id}: ${tool}`).toBe(true);
      expect(entry.message, entry.id).not.toMatch(/[\r\n]/);
      expect(exampleText(entry.message), entry.id).not.toMatch(/\{[a-z]+:/);
    }
  });

  it('never joins a slot to a letter or digit (the matcher reads a slot as a word of its own)', () => {
    for (const entry of CATALOGUE) {
      const parts = parsePattern(entry.message);
      parts.forEach((part, i) => {
        if (part.kind !== 'slot') return;
        const before = parts[i - 1];
        const after = parts[i + 1];
        if (before?.kind === 'text') expect(before.text, entry.id).not.toMatch(/[A-Za-z0-9_]$/);
        if (after?.kind === 'text') expect(after.text, entry.id).not.toMatch(/^[A-Za-z0-9_]/);
      });
    }
  });
});

describe('parsePattern', () => {
  it('splits slots from text', () => {
    expect(parsePattern('curl: (5) Could not resolve proxy: {host:proxy.example.com}')).toStrictEqual([
      { kind: 'text', text: 'curl: (5) Could not resolve proxy: ' },
      { kind: 'slot', name: 'host', example: 'proxy.example.com' },
    ]);
  });

  it('keeps braces that are not slots as text', () => {
    expect(exampleText('a {b} {nope:x} {host:h')).toBe('a {b} {nope:x} {host:h');
  });

  it('keeps colons inside an example', () => {
    expect(exampleText("'{url:http://a:b@c:3128}'")).toBe("'http://a:b@c:3128'");
  });
});
