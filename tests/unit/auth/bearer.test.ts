import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBearer, describeBearerChallenge } from '../../../src/lib/auth/bearer';
import { encodeBase64 } from '../../../src/lib/bytes';
import { parseChallenges } from '../../../src/lib/http/challenges';

const b64url = (value: unknown) => encodeBase64(new TextEncoder().encode(JSON.stringify(value)), { url: true });
// RFC 7519 §3.1 example header and claims (signature part shortened: nothing is verified anyway)
const RFC7519_JWT =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

describe('decodeBearer', () => {
  describe('with the RFC 6750 §2.1 example token', () => {
    it('accepts the b64token and finds no JWT', () => {
      expect(decodeBearer('mF_9.B5f-4.1JqM')).toStrictEqual({ token: 'mF_9.B5f-4.1JqM', syntaxValid: true, diagnostics: [] });
    });
  });
  describe('with the RFC 7519 §3.1 JWT', () => {
    const r = decodeBearer(RFC7519_JWT);
    it('decodes header and payload', () => {
      expect(r.jwt?.header).toStrictEqual({ typ: 'JWT', alg: 'HS256' });
      expect(r.jwt?.payload).toStrictEqual({ iss: 'joe', exp: 1300819380, 'http://example.com/is_root': true });
    });
    it('lists exp as an ISO date', () => {
      expect(r.jwt?.times).toStrictEqual([{ claim: 'exp', seconds: 1300819380, iso: '2011-03-22T18:43:00.000Z' }]);
    });
    it('says the signature is not verified', () => {
      expect(r.jwt?.verified).toBe(false);
      expect(r.jwt?.note).toMatch(/not verified/);
    });
    it('compares with a given time', () => {
      const later = decodeBearer(RFC7519_JWT, { now: Date.UTC(2012, 0, 1) });
      expect(later.jwt?.expired).toBe(true);
      expect(later.diagnostics.map((d) => d.code)).toStrictEqual(['jwt-expired']);
      expect(decodeBearer(RFC7519_JWT, { now: Date.UTC(2010, 0, 1) }).jwt?.expired).toBe(false);
    });
  });
  describe('with nbf and iat', () => {
    it('lists all three times and reports not-yet-valid', () => {
      const token = `${b64url({ alg: 'none' })}.${b64url({ iat: 0, nbf: 2000000000, exp: 2000003600 })}.`;
      const r = decodeBearer(token, { now: 0 });
      expect(r.jwt?.times.map((t) => [t.claim, t.iso])).toStrictEqual([
        ['exp', '2033-05-18T04:33:20.000Z'],
        ['nbf', '2033-05-18T03:33:20.000Z'],
        ['iat', '1970-01-01T00:00:00.000Z'],
      ]);
      expect(r.diagnostics.map((d) => d.code)).toStrictEqual(['jwt-unsigned', 'jwt-not-yet-valid']);
    });
    it('reports a time outside the Date range instead of throwing', () => {
      const token = `${b64url({ alg: 'none' })}.${b64url({ exp: 1e300 })}.sig`;
      expect(decodeBearer(token).diagnostics.map((d) => d.code)).toStrictEqual(['jwt-bad-time']);
    });
  });
  describe('with a JWE', () => {
    it('reads only the header', () => {
      const r = decodeBearer(`${b64url({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a.b.c.d`);
      expect(r.jwt?.form).toBe('JWE');
      expect(r.jwt?.payload).toBeUndefined();
    });
  });
  describe('with bad characters', () => {
    it('points at the first one', () => {
      expect(decodeBearer('abc def').diagnostics[0]).toMatchObject({ code: 'bad-b64token', start: 3, end: 4 });
      expect(decodeBearer('ab==c').diagnostics[0]).toMatchObject({ code: 'bad-b64token', start: 4 });
    });
  });
  it('completes on a 1 MB token', () => {
    const token = `${b64url({ alg: 'none' })}.${b64url({ pad: 'x'.repeat(1 << 20) })}.`;
    expect(decodeBearer(token).jwt?.form).toBe('JWS');
    expect(decodeBearer('a'.repeat(1 << 20) + ' ').diagnostics[0]).toMatchObject({ code: 'bad-b64token', start: 1 << 20 });
  });
  it('never throws and keeps diagnostics inside the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.string({ unit: fc.constantFrom('e', 'y', 'J', '.', '9', '_', '=', '"') }), { maxLength: 5 }).map((a) => a.join('.')),
        ),
        (token) => {
          for (const d of decodeBearer(token, { now: 0 }).diagnostics)
            expect(0 <= d.start && d.start <= d.end && d.end <= token.length).toBe(true);
        },
      ),
    );
  });
});

describe('describeBearerChallenge', () => {
  it('reads the RFC 6750 §3 example with an expired token', () => {
    const { challenges } = parseChallenges('Bearer realm="example", error="invalid_token", error_description="The access token expired"');
    expect(describeBearerChallenge(challenges[0]!)).toStrictEqual({
      realm: 'example',
      error: 'invalid_token',
      errorStatus: 401,
      errorDescription: 'The access token expired',
      diagnostics: [],
    });
  });
  it('splits the scope on spaces', () => {
    const { challenges } = parseChallenges('Bearer scope="openid profile  email", error="insufficient_scope"');
    const info = describeBearerChallenge(challenges[0]!);
    expect(info.scope).toStrictEqual(['openid', 'profile', 'email']);
    expect(info.errorStatus).toBe(403);
    expect(info.diagnostics.map((d) => d.code)).toStrictEqual(['scope-double-space']);
  });
  it('reports unknown error codes and forbidden characters', () => {
    const { challenges } = parseChallenges('Bearer error="nope", error_description="say \\"hi\\""');
    expect(describeBearerChallenge(challenges[0]!).diagnostics.map((d) => d.code)).toStrictEqual([
      'unknown-bearer-error',
      'bearer-bad-character',
    ]);
  });
});
