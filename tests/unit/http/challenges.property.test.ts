import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChallenge, joinFieldLines, parseChallenges } from '../../../src/lib/http/challenges';
import { parseCredentials } from '../../../src/lib/http/credentials-field';
import type { Diagnostic } from '../../../src/lib/diagnostics';

const TCHARS = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".split('');
const T68 = '-._~+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'.split('');
const token = fc.string({ unit: fc.constantFrom(...TCHARS), minLength: 1, maxLength: 12 });
const token68 = fc
  .tuple(fc.string({ unit: fc.constantFrom(...T68), minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 2 }))
  .map(([body, pad]) => body + '='.repeat(pad));
// Anything a quoted-string can carry: HTAB, SP, VCHAR (including " and \) and obs-text.
const quotable = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\t', '"', '\\', ' ', ','),
    fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0x80, max: 0xff }).map((c) => String.fromCharCode(c)),
  ),
  maxLength: 30,
});
const param = fc.record({ name: token, value: fc.oneof(token, quotable), quoted: fc.boolean() });
const challenge = fc.oneof(
  fc.record({ scheme: token }),
  fc.record({ scheme: token, token68 }),
  fc.record({
    scheme: token,
    params: fc.uniqueArray(param, { minLength: 1, maxLength: 6, selector: (p) => p.name.toLowerCase() }),
  }),
);

function inside(diagnostics: readonly Diagnostic[], length: number): boolean {
  return diagnostics.every((d) => 0 <= d.start && d.start <= d.end && d.end <= length);
}

describe('challenge properties', () => {
  it('parse(format(challenges)) gives the challenges back without errors', () => {
    fc.assert(
      fc.property(fc.array(challenge, { minLength: 1, maxLength: 5 }), (list) => {
        const field = list.map(formatChallenge).join(', ');
        const { challenges, diagnostics } = parseChallenges(field);
        expect(diagnostics.filter((d) => d.severity === 'error')).toStrictEqual([]);
        expect(
          challenges.map((c) => ({ scheme: c.scheme, token68: c.token68, params: c.params.map((p) => [p.name, p.value]) })),
        ).toStrictEqual(
          list.map((c) => ({
            scheme: c.scheme,
            token68: 'token68' in c ? c.token68 : undefined,
            params: ('params' in c ? c.params : []).map((p) => [p.name, p.value]),
          })),
        );
        // and formatting the parsed challenges again is a fixed point
        expect(challenges.map(formatChallenge).join(', ')).toBe(field);
      }),
    );
  });

  it('arbitrary unicode strings never throw and diagnostics lie inside the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const r = parseChallenges(text);
        expect(inside(r.diagnostics, text.length)).toBe(true);
        for (const c of r.challenges) expect(0 <= c.start && c.start <= c.end && c.end <= text.length).toBe(true);
        expect(inside(parseCredentials(text).diagnostics, text.length)).toBe(true);
      }),
    );
  });

  it('strings made of grammar characters never throw and diagnostics lie inside the input', () => {
    const unit = fc.constantFrom('a', 'B', '=', ',', ' ', '\t', '"', '\\', '/', '+', ':', '\u0001', '\u00e9', '\u20ac');
    fc.assert(
      fc.property(fc.array(fc.string({ unit, maxLength: 40 }), { maxLength: 4 }), (lines) => {
        const r = parseChallenges(lines);
        expect(inside(r.diagnostics, joinFieldLines(lines).length)).toBe(true);
      }),
    );
  });

  it('latin1 bytes never throw and diagnostics lie inside the input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = String.fromCharCode(...bytes);
        expect(inside(parseChallenges(text).diagnostics, text.length)).toBe(true);
        expect(inside(parseCredentials(text).diagnostics, text.length)).toBe(true);
      }),
    );
  });
});

describe('with 1 MB inputs', () => {
  const MB = 1 << 20;
  const inputs: Record<string, string> = {
    'one long realm': `Basic realm="${'a'.repeat(MB)}"`,
    'many parameters': 'Digest ' + Array.from({ length: MB / 16 }, (_, i) => `p${i}="v"`).join(', '),
    'many challenges': Array.from({ length: MB / 8 }, () => 'NTLM').join(', '),
    'only quotes': '"'.repeat(MB),
    'only commas': ','.repeat(MB),
    'only backslashes in a quoted string': 'Basic realm="' + '\\'.repeat(MB),
    'a=a=a=': 'X ' + 'a='.repeat(MB / 2),
    'control characters': 'Basic realm="' + '\u0001'.repeat(MB) + '"',
    'bad characters': '\u0001,'.repeat(MB / 2),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`completes for ${name}`, () => {
      const r = parseChallenges(text);
      expect(Array.isArray(r.challenges)).toBe(true);
      expect(inside(r.diagnostics, text.length)).toBe(true);
      expect(r.diagnostics.length).toBeLessThanOrEqual(201);
    });
  }
});
