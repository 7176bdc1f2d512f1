import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitShellWords } from '../../../src/lib/shell/words';
import { findCurlInvocation } from '../../../src/lib/shell/find-curl';

const values = (text: string, env?: Record<string, string>) =>
  splitShellWords(text, env ? { env } : {}).commands.map((c) => c.words.map((w) => w.value));

describe('splitShellWords', () => {
  describe('with POSIX quoting', () => {
    it('removes single and double quotes', () => {
      expect(values(`curl 'a b' "c d" e\\ f`)).toEqual([['curl', 'a b', 'c d', 'e f']]);
    });
    it('keeps backslashes in double quotes except before $ ` " \\', () => {
      expect(values(`x "a\\nb\\"c\\\\d\\$e"`)).toEqual([['x', 'a\\nb"c\\d$e']]);
    });
    it("decodes $'…' escapes", () => {
      expect(values(`x $'a\\tb\\x41\\'c\\n'`)).toEqual([['x', "a\tbA'c\n"]]);
    });
    it('joins backslash-newline continuations', () => {
      expect(values('curl -v \\\n  -x http://p:3128 \\\r\n http://e/')).toEqual([['curl', '-v', '-x', 'http://p:3128', 'http://e/']]);
    });
    it('skips comments', () => {
      expect(values('curl a # comment\n# whole line\ncurl b#c')).toEqual([
        ['curl', 'a'],
        ['curl', 'b#c'],
      ]);
    });
    it('keeps spans of words as written', () => {
      const text = `curl  'a b'`;
      const w = splitShellWords(text).commands[0]!.words[1]!;
      expect([w.start, w.end, text.slice(w.start, w.end)]).toEqual([6, 11, `'a b'`]);
    });
    it('reports an unterminated quote with its span', () => {
      const r = splitShellWords(`curl "abc`);
      expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'unterminated-double-quote', start: 5, end: 9 })]);
    });
  });
  describe('with variables', () => {
    it('resolves $VAR and ${VAR} from env', () => {
      expect(values('curl -x $P ${Q}/x "$P"', { P: 'http://p', Q: 'q' })).toEqual([['curl', '-x', 'http://p', 'q/x', 'http://p']]);
    });
    it('keeps unresolved references and flags them', () => {
      const r = splitShellWords('curl -u $USER:$PASS http://e/');
      expect(r.commands[0]!.words[2]!.value).toBe('$USER:$PASS');
      expect(r.diagnostics.map((d) => [d.code, d.start, d.end])).toEqual([
        ['unresolved-variable', 8, 13],
        ['unresolved-variable', 14, 19],
      ]);
    });
    it('keeps $(…) and backticks', () => {
      const r = splitShellWords('curl -H "X: $(cat f)" `pwd`');
      expect(r.commands[0]!.words.map((w) => w.value)).toEqual(['curl', '-H', 'X: $(cat f)', '`pwd`']);
      expect(r.diagnostics.map((d) => d.code)).toEqual(['command-substitution', 'command-substitution']);
    });
    it('does not expand inside single quotes', () => {
      expect(values(`x '$P'`, { P: 'v' })).toEqual([['x', '$P']]);
    });
  });
  describe('with several commands', () => {
    it('splits on && || ; | and keeps assignments apart', () => {
      const r = splitShellWords('export A=1; https_proxy=http://p:1 curl -v https://e/ | jq . && echo ok');
      expect(r.commands.map((c) => [c.words.map((w) => w.value), c.terminator])).toEqual([
        [['export', 'A=1'], ';'],
        [['curl', '-v', 'https://e/'], '|'],
        [['jq', '.'], '&&'],
        [['echo', 'ok'], ''],
      ]);
      expect(r.commands[1]!.assignments).toEqual([{ name: 'https_proxy', value: 'http://p:1', start: 12, end: 34 }]);
    });
    it('removes redirections from the arguments', () => {
      const r = splitShellWords('curl -v http://e/ 2>&1 > out.txt');
      expect(r.commands[0]!.words.map((w) => w.value)).toEqual(['curl', '-v', 'http://e/']);
      expect(r.commands[0]!.redirections.map((w) => w.value)).toEqual(['2>&1', '> out.txt']);
    });
  });
  describe('with Windows shells', () => {
    it('reads cmd ^ continuations', () => {
      const r = splitShellWords('curl -v ^\r\n  -x "http://p:3128" ^\n  http://e/');
      expect(r.dialect).toBe('cmd');
      expect(r.commands[0]!.words.map((w) => w.value)).toEqual(['curl', '-v', '-x', 'http://p:3128', 'http://e/']);
    });
    it('reads PowerShell backtick continuations and $env:', () => {
      const r = splitShellWords('curl.exe -v `\n -x $env:PROXY `\n https://e/', { env: { PROXY: 'http://p' } });
      expect(r.dialect).toBe('powershell');
      expect(r.commands[0]!.words.map((w) => w.value)).toEqual(['curl.exe', '-v', '-x', 'http://p', 'https://e/']);
    });
    it('warns that PowerShell curl is Invoke-WebRequest', () => {
      const r = splitShellWords('curl -v `\n https://e/');
      const diags = [...r.diagnostics];
      findCurlInvocation(r, diags);
      expect(diags.map((d) => d.code)).toContain('powershell-curl-alias');
    });
  });
  describe('findCurlInvocation', () => {
    it('finds curl after exports and env, with its environment', () => {
      const r = splitShellWords('export http_proxy=http://a:1\nNO_PROXY=x env -i HTTPS_PROXY=h sudo /usr/bin/curl -v u');
      const inv = findCurlInvocation(r, []);
      expect(inv?.args.map((w) => w.value)).toEqual(['-v', 'u']);
      expect(inv?.env).toEqual({ http_proxy: 'http://a:1', NO_PROXY: 'x', HTTPS_PROXY: 'h' });
    });
  });
  describe('properties', () => {
    it('never throws and keeps spans inside the input', () => {
      fc.assert(
        fc.property(
          fc.string({
            unit: fc.constantFrom('a', ' ', '"', "'", '\\', '$', '(', ')', '{', '}', '`', '^', '\n', '|', '&', ';', '>', '#', '%', '='),
          }),
          (s) => {
            const r = splitShellWords(s, { env: { a: 'x' } });
            for (const d of r.diagnostics) {
              expect(d.start).toBeGreaterThanOrEqual(0);
              expect(d.end).toBeLessThanOrEqual(s.length);
              expect(d.start).toBeLessThanOrEqual(d.end);
            }
            for (const c of r.commands)
              for (const w of c.words) {
                expect(w.start).toBeGreaterThanOrEqual(0);
                expect(w.end).toBeLessThanOrEqual(s.length);
              }
          },
        ),
        { numRuns: 2000 },
      );
    });
    it('takes a run of ordinary characters whole, up to the first special one, unquoted and in "…"', () => {
      const ordinary = fc.string({ unit: fc.constantFrom('a', 'Z', '9', '#', '(', '{', '=', '%', '^', '-', 'é', '\u{1F600}', '\u0000') });
      fc.assert(
        fc.property(ordinary, ordinary, fc.constantFrom(' ', ';', '|', '&', '<', '"', "'", '\\', '$', '`', '\n'), (a, b, stop) => {
          // A leading # starts a comment; digits just before < are a file descriptor (2<file).
          fc.pre(!a.startsWith('#') && !(stop === '<' && /^\d+$/.test(a)));
          const posix = (text: string) => splitShellWords(text, { dialect: 'posix' }).commands[0]!.words;
          const unquoted = posix(`x ${a}${stop}${b}`)[1];
          if (a === '') expect(unquoted?.start ?? 3).toBeGreaterThanOrEqual(2);
          else expect([unquoted?.start, unquoted?.value.startsWith(a)]).toEqual([2, true]);
          // Blanks, newlines and operators end the word right there; quotes, \\, $ and ` continue it.
          if (' ;|&<\n'.includes(stop) && a !== '') expect([unquoted?.value, unquoted?.end]).toEqual([a, 2 + a.length]);
          expect(posix(`x "${a}\\n${b}"`).map((w) => w.value)).toEqual(['x', `${a}\\n${b}`]);
        }),
        { numRuns: 2000 },
      );
    });
    it('reads a 1 MB word as one word, with its span', () => {
      const word = 'a#'.repeat(500_000);
      const w = splitShellWords(`curl ${word} "${word}"`).commands[0]!.words;
      expect(w.map((x) => [x.value.length, x.start, x.end])).toEqual([
        [4, 0, 4],
        [1_000_000, 5, 1_000_005],
        [1_000_000, 1_000_006, 2_000_008],
      ]);
      expect(w[1]!.value).toBe(word);
      expect(w[2]!.value).toBe(word);
    });
    it('handles 1 MB of input', () => {
      const big = 'curl ' + '"$(a'.repeat(250_000);
      expect(splitShellWords(big).commands.length).toBe(1);
    });
  });
});
