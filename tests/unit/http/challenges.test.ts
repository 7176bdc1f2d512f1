import { describe, expect, it } from 'vitest';
import { formatChallenge, joinFieldLines, parseChallenges } from '../../../src/lib/http/challenges';
import { parseCredentials } from '../../../src/lib/http/credentials-field';

const errors = (field: string | string[]) => parseChallenges(field).diagnostics.filter((d) => d.severity === 'error');
const codes = (field: string | string[]) => parseChallenges(field).diagnostics.map((d) => d.code);
const shape = (field: string | string[]) =>
  parseChallenges(field).challenges.map((c) => ({
    scheme: c.scheme,
    ...(c.token68 !== undefined ? { token68: c.token68 } : {}),
    params: Object.fromEntries(c.params.map((p) => [p.name, p.value])),
  }));

describe('parseChallenges', () => {
  describe('with a bare scheme', () => {
    it('returns the scheme with no token68 and no params', () => {
      const { challenges, diagnostics } = parseChallenges('Negotiate');
      expect(challenges).toStrictEqual([{ scheme: 'Negotiate', params: [], start: 0, end: 9 }]);
      expect(diagnostics).toStrictEqual([]);
    });
  });

  describe('with an NTLM token68 (type 2 message)', () => {
    it('keeps the padding in the token68', () => {
      const field = 'NTLM TlRMTVNTUAACAAAADAAMADAAAAA1goniPvgEgmmkBq8AAAAAAAAAAA==';
      expect(shape(field)).toStrictEqual([{ scheme: 'NTLM', token68: field.slice(5), params: {} }]);
      expect(parseChallenges(field).challenges[0]!.end).toBe(field.length);
      expect(errors(field)).toStrictEqual([]);
    });
  });

  describe('with a quoted comma in the realm (RFC 9110 §11.6.1 style list)', () => {
    const field = 'Basic realm="a, b", Digest realm="x", nonce="y", qop="auth,auth-int"';
    it('keeps the comma inside the value and splits the challenges at the scheme', () => {
      expect(shape(field)).toStrictEqual([
        { scheme: 'Basic', params: { realm: 'a, b' } },
        { scheme: 'Digest', params: { realm: 'x', nonce: 'y', qop: 'auth,auth-int' } },
      ]);
      expect(parseChallenges(field).diagnostics).toStrictEqual([]);
    });
    it('gives offsets into the input', () => {
      const [basic, digest] = parseChallenges(field).challenges;
      expect(field.slice(basic!.start, basic!.end)).toBe('Basic realm="a, b"');
      expect(field.slice(digest!.start, digest!.end)).toBe('Digest realm="x", nonce="y", qop="auth,auth-int"');
      const qop = digest!.params[2]!;
      expect(field.slice(qop.start, qop.end)).toBe('qop="auth,auth-int"');
      expect(qop.quoted).toBe(true);
    });
  });

  describe('with escaped quotes', () => {
    it('unescapes quoted-pairs', () => {
      expect(shape('Basic realm="a \\"q\\" b"')).toStrictEqual([{ scheme: 'Basic', params: { realm: 'a "q" b' } }]);
      expect(shape('Basic realm="C:\\\\dir\\x"')).toStrictEqual([{ scheme: 'Basic', params: { realm: 'C:\\dirx' } }]);
    });
  });

  describe('with the RFC 9110 §11.6.1 example', () => {
    it('finds both challenges', () => {
      const field = 'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"';
      expect(shape(field)).toStrictEqual([
        { scheme: 'Newauth', params: { realm: 'apps', type: '1', title: 'Login to "apps"' } },
        { scheme: 'Basic', params: { realm: 'simple' } },
      ]);
      expect(errors(field)).toStrictEqual([]);
    });
  });

  describe('with empty list elements (RFC 9110 §5.6.1)', () => {
    it('ignores them without complaint', () => {
      const field = ' , ,Basic realm="x" , , Digest realm="y",, nonce="n" ,';
      expect(shape(field)).toStrictEqual([
        { scheme: 'Basic', params: { realm: 'x' } },
        { scheme: 'Digest', params: { realm: 'y', nonce: 'n' } },
      ]);
      expect(parseChallenges(field).diagnostics).toStrictEqual([]);
    });
  });

  describe('with a bare scheme followed by another challenge', () => {
    it('makes two challenges', () => {
      expect(shape('Negotiate, NTLM')).toStrictEqual([
        { scheme: 'Negotiate', params: {} },
        { scheme: 'NTLM', params: {} },
      ]);
      expect(shape('Negotiate, Basic realm="corp"')).toStrictEqual([
        { scheme: 'Negotiate', params: {} },
        { scheme: 'Basic', params: { realm: 'corp' } },
      ]);
    });
  });

  describe('with IIS sending Negotiate and NTLM as separate field lines', () => {
    it('joins the lines with ", " and points into the joined string', () => {
      const lines = ['Negotiate', 'NTLM'];
      expect(joinFieldLines(lines)).toBe('Negotiate, NTLM');
      const { challenges } = parseChallenges(lines);
      expect(challenges.map((c) => [c.scheme, c.start, c.end])).toStrictEqual([
        ['Negotiate', 0, 9],
        ['NTLM', 11, 15],
      ]);
    });
  });

  describe("with Squid's default Basic challenge", () => {
    it('reads the realm', () => {
      const field = 'Basic realm="Squid proxy-caching web server"';
      expect(shape(field)).toStrictEqual([{ scheme: 'Basic', params: { realm: 'Squid proxy-caching web server' } }]);
      expect(parseChallenges(field).diagnostics).toStrictEqual([]);
    });
    it('skips a pasted field name', () => {
      const field = 'Proxy-Authenticate: Basic realm="Squid proxy-caching web server"';
      expect(shape(field)).toStrictEqual([{ scheme: 'Basic', params: { realm: 'Squid proxy-caching web server' } }]);
      expect(codes(field)).toStrictEqual(['field-name-skipped']);
    });
  });

  describe('with whitespace around "=" (BWS)', () => {
    it('accepts it with an info diagnostic', () => {
      expect(shape('Basic realm = "x" ,charset= UTF-8')).toStrictEqual([{ scheme: 'Basic', params: { realm: 'x', charset: 'UTF-8' } }]);
      expect(codes('Basic realm = "x" ,charset= UTF-8')).toStrictEqual(['whitespace-around-equals', 'whitespace-around-equals']);
    });
  });

  describe('with a parameter given twice (RFC 9110 §11.2 MUST NOT)', () => {
    it('reports an error and keeps both', () => {
      const field = 'Basic realm="a", Realm="b"';
      const { challenges, diagnostics } = parseChallenges(field);
      expect(challenges[0]!.params.map((p) => p.value)).toStrictEqual(['a', 'b']);
      expect(diagnostics).toStrictEqual([
        { severity: 'error', code: 'duplicate-parameter', message: expect.any(String), start: 17, end: 26 },
      ]);
    });
  });

  describe('with an unterminated quoted string', () => {
    it('reports it from the quote to the end and keeps the rest as value', () => {
      const field = 'Basic realm="abc, Digest realm=x';
      const { challenges, diagnostics } = parseChallenges(field);
      expect(diagnostics.map((d) => [d.code, d.start, d.end])).toStrictEqual([['unterminated-quoted-string', 12, 32]]);
      expect(challenges[0]!.params[0]!.value).toBe('abc, Digest realm=x');
    });
  });

  describe('with a missing value', () => {
    it('reports missing-value and continues with the next challenge', () => {
      const field = 'Digest realm=, nonce="n", Basic realm="b"';
      expect(codes(field)).toStrictEqual(['missing-value']);
      expect(shape(field)).toStrictEqual([
        { scheme: 'Digest', params: { realm: '', nonce: 'n' } },
        { scheme: 'Basic', params: { realm: 'b' } },
      ]);
    });
    it('warns when "Basic realm=" ends the field (it reads as a token68)', () => {
      expect(shape('Basic realm=')).toStrictEqual([{ scheme: 'Basic', token68: 'realm=', params: {} }]);
      expect(codes('Basic realm=')).toStrictEqual(['token68-in-param-scheme']);
    });
  });

  describe('with a token68 followed by parameters', () => {
    it('reports token68-with-params', () => {
      const field = 'NTLM abc==, realm="x"';
      expect(codes(field)).toStrictEqual(['token68-with-params']);
    });
  });

  describe('with bad characters', () => {
    it('recovers at the next comma', () => {
      const field = 'Basic realm=a/b, Digest realm="x" junk, NTLM';
      const { challenges, diagnostics } = parseChallenges(field);
      expect(challenges.map((c) => c.scheme)).toStrictEqual(['Basic', 'Digest', 'NTLM']);
      expect(diagnostics.map((d) => [d.code, field.slice(d.start, d.end)])).toStrictEqual([
        ['unexpected-characters', '/b'],
        ['unexpected-characters', 'junk'],
      ]);
    });
    it('reports a parameter before any scheme', () => {
      expect(codes('realm="x", Basic realm="y"')).toStrictEqual(['missing-auth-scheme']);
      expect(shape('realm="x", Basic realm="y"')).toStrictEqual([{ scheme: 'Basic', params: { realm: 'y' } }]);
    });
    it('reports a control character inside a quoted string', () => {
      expect(codes('Basic realm="a\u0001b"')).toStrictEqual(['control-character']);
    });
    it('reports a non-token scheme', () => {
      expect(codes('"Basic" realm=x')).toStrictEqual(['expected-auth-scheme', 'no-challenge']);
    });
    it('reports a scheme without a following space', () => {
      expect(codes('Basic"x"')).toStrictEqual(['expected-space']);
    });
  });

  describe('with an empty field', () => {
    it('warns that there is no challenge', () => {
      expect(parseChallenges('').diagnostics.map((d) => [d.severity, d.code])).toStrictEqual([['warning', 'no-challenge']]);
    });
  });
});

describe('formatChallenge', () => {
  it('quotes values that are not tokens and escapes quotes and backslashes', () => {
    expect(formatChallenge({ scheme: 'Basic', params: [{ name: 'realm', value: 'a "b" \\c' }] })).toBe('Basic realm="a \\"b\\" \\\\c"');
  });
  it('leaves tokens unquoted unless they were quoted', () => {
    expect(
      formatChallenge({
        scheme: 'Digest',
        params: [
          { name: 'algorithm', value: 'SHA-256' },
          { name: 'realm', value: 'x', quoted: true },
          { name: 'opaque', value: '' },
        ],
      }),
    ).toBe('Digest algorithm=SHA-256, realm="x", opaque=""');
  });
  it('writes a token68 and a bare scheme', () => {
    expect(formatChallenge({ scheme: 'NTLM', token68: 'TlRMTVNTUAAB==' })).toBe('NTLM TlRMTVNTUAAB==');
    expect(formatChallenge({ scheme: 'Negotiate' })).toBe('Negotiate');
  });
  it('throws a TypeError for nonsense', () => {
    expect(() => formatChallenge({ scheme: 'Bad scheme' })).toThrow(TypeError);
    expect(() => formatChallenge({ scheme: 'NTLM', token68: 'a b' })).toThrow(TypeError);
    expect(() => formatChallenge({ scheme: 'Basic', params: [{ name: 'realm', value: 'line\nbreak' }] })).toThrow(TypeError);
    expect(() => formatChallenge({ scheme: 'Basic', params: [{ name: 'realm', value: '\u20ac' }] })).toThrow(TypeError);
    expect(() => formatChallenge({ scheme: 'X', token68: 'abc', params: [{ name: 'a', value: 'b' }] })).toThrow(TypeError);
  });
});

describe('parseCredentials', () => {
  it('reads one set of credentials', () => {
    expect(parseCredentials('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==')).toStrictEqual({
      credentials: { scheme: 'Basic', token68: 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==', params: [], start: 0, end: 34 },
      diagnostics: [],
    });
  });
  it('reports a second set of credentials', () => {
    expect(parseCredentials('Basic abc=, Bearer xyz').diagnostics.map((d) => d.code)).toStrictEqual(['multiple-credentials']);
  });
  it('reports an empty field', () => {
    expect(parseCredentials('  ').diagnostics.map((d) => d.code)).toStrictEqual(['missing-credentials']);
  });
});
