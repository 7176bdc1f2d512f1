import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitShellWords } from '../../../src/lib/shell/words';
import { curlSnippets, envSnippets, proxyUrl, quoteBash, quotePowerShell, wgetSnippets } from '../../../src/lib/snippets';
import { input } from './fixtures';

// Printable text without control characters (the form refuses those), any Unicode, well-formed.
const text = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 24 })
  .filter((s) => s.isWellFormed() && ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f));
const words = (code: string, dialect: 'posix' | 'powershell' = 'posix') => {
  const r = splitShellWords(code, { dialect });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.commands;
};

describe('quoting re-parsed by the project shell lexer', () => {
  it('bash: quoteBash gives back the exact value', () => {
    fc.assert(
      fc.property(text, (v) => {
        const cmds = words(`echo ${quoteBash(v)}`);
        expect(cmds[0]!.words[1]!.value).toBe(v);
      }),
      { numRuns: 500 },
    );
  });
  it('PowerShell: quotePowerShell gives back the exact value', () => {
    // The project lexer knows only the ASCII quote; PowerShell also ends strings at ‘ ’ ‚ ‛ (quotePowerShell doubles them).
    const ascii = text.filter((v) => !/[\u2018\u2019\u201a\u201b]/.test(v));
    fc.assert(
      fc.property(ascii, (v) => {
        const cmds = words(`echo ${quotePowerShell(v)}`, 'powershell');
        expect(cmds[0]!.words[1]!.value).toBe(v);
      }),
      { numRuns: 300, examples: [["it's"], ['$env:X `n']] },
    );
  });
});

describe('bash snippets re-parsed by the project shell lexer', () => {
  it('curl --proxy-user carries user:password exactly', () => {
    fc.assert(
      fc.property(
        text.filter((u) => !u.includes(':')),
        text,
        (user, password) => {
          const code = curlSnippets(input({ user, password })).find((s) => s.title === 'Command line (bash)')!.code;
          const w = words(code)[0]!.words.map((x) => x.value);
          expect(w[w.indexOf('--proxy-user') + 1]).toBe(`${user}:${password}`);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('export lines carry the encoded proxy URL exactly', () => {
    fc.assert(
      fc.property(text, text, (user, password) => {
        const i = input({ user, password, noProxy: ['localhost', '.corp.example'] });
        const cmds = words(envSnippets(i)[0]!.code);
        const assigned = Object.fromEntries(
          cmds.map((c) => {
            const v = c.words[1]!.value;
            const eq = v.indexOf('=');
            return [v.slice(0, eq), v.slice(eq + 1)];
          }),
        );
        expect(assigned.http_proxy).toBe(proxyUrl(i));
        expect(assigned.NO_PROXY).toBe('localhost,.corp.example');
        const u = new URL(assigned.HTTPS_PROXY!);
        expect([decodeURIComponent(u.username), decodeURIComponent(u.password)]).toEqual([user, password]);
      }),
      { numRuns: 300 },
    );
  });
  it('wget --proxy-password carries the password exactly', () => {
    fc.assert(
      fc.property(text, (password) => {
        const code = wgetSnippets(input({ password })).find((s) => s.language === 'bash')!.code;
        expect(words(code)[0]!.words.map((x) => x.value)).toContain(`--proxy-password=${password}`);
      }),
      { numRuns: 200 },
    );
  });
});
