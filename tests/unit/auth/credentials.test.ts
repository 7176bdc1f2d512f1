import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCredentials } from '../../../src/lib/auth/credentials';

// curl's NTLM NEGOTIATE_MESSAGE (type 1), as seen in `curl -v --proxy-ntlm`
const NTLM_TYPE1 = 'TlRMTVNTUAABAAAABoIIAAAAAAAAAAAAAAAAAAAAAAA=';
const codes = (input: string) => decodeCredentials(input).diagnostics.map((d) => d.code);

describe('decodeCredentials', () => {
  describe('with a bare Basic value (RFC 7617 §2)', () => {
    it('decodes user-id and password', () => {
      const { credentials, diagnostics } = decodeCredentials('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
      expect(credentials?.kind).toBe('basic');
      if (credentials?.kind !== 'basic') return;
      expect([credentials.basic?.userId, credentials.basic?.password]).toStrictEqual(['Aladdin', 'open sesame']);
      expect(diagnostics).toStrictEqual([]);
    });
  });

  describe('with a header line', () => {
    it('strips "Proxy-Authorization:" and keeps offsets in the input', () => {
      const input = 'Proxy-Authorization: Basic QWxh.GRpbjpvcGVuIHNlc2FtZQ==';
      const { credentials, diagnostics } = decodeCredentials(input);
      expect(credentials).toMatchObject({ kind: 'basic', fieldName: 'Proxy-Authorization', start: 21, end: input.length });
      expect(diagnostics[0]).toMatchObject({ code: 'base64-bad-character' });
      expect(input.slice(diagnostics[0]!.start, diagnostics[0]!.end)).toBe('.');
      if (credentials?.kind === 'basic') expect(credentials.basic?.diagnostics).toStrictEqual(diagnostics);
    });
    it('accepts curl -v\'s "> " marker', () => {
      expect(decodeCredentials('> Proxy-Authorization: Basic dGVzdDoxMjPCow==').credentials).toMatchObject({
        kind: 'basic',
        basic: { password: '123\u00a3' },
      });
    });
    it('refuses a challenge field', () => {
      expect(codes('Proxy-Authenticate: Basic realm="x"')).toStrictEqual(['challenge-not-credentials']);
    });
  });

  describe('with a whole raw request', () => {
    const request = [
      'GET http://example.com/ HTTP/1.1',
      'Host: example.com',
      'Authorization: Bearer mF_9.B5f-4.1JqM',
      'Proxy-Authorization: Basic QWxhZGRpbg==',
      '',
      'Proxy-Authorization: in the body',
    ].join('\r\n');
    it('uses Proxy-Authorization and notes Authorization', () => {
      const { credentials, diagnostics } = decodeCredentials(request);
      expect(credentials?.kind).toBe('basic');
      expect(diagnostics.map((d) => d.code)).toStrictEqual(['authorization-also-present', 'missing-colon']);
      const missing = diagnostics[1]!;
      expect(request.slice(missing.start, missing.end)).toBe('QWxhZGRpbg==');
    });
    it('falls back to Authorization with a note', () => {
      const { credentials, diagnostics } = decodeCredentials('GET / HTTP/1.1\nAuthorization: Bearer mF_9.B5f-4.1JqM\n');
      expect(credentials).toMatchObject({ kind: 'bearer', bearer: { token: 'mF_9.B5f-4.1JqM', syntaxValid: true } });
      expect(diagnostics.map((d) => d.code)).toStrictEqual(['origin-credentials']);
    });
    it('says when no credentials line is present', () => {
      expect(codes('GET / HTTP/1.1\nHost: x\n')).toStrictEqual(['no-credentials-field']);
    });
  });

  describe('with Digest (RFC 2617 §3.5)', () => {
    it('reads the parameters and points into the input', () => {
      const input =
        'Proxy-Authorization: Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", qop=auth, nc=1, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1"';
      const { credentials, diagnostics } = decodeCredentials(input);
      expect(credentials).toMatchObject({ kind: 'digest', digest: { username: 'Mufasa', nc: '1' } });
      expect(diagnostics.map((d) => [d.code, input.slice(d.start, d.end)])).toStrictEqual([['bad-nc', 'nc=1']]);
      if (credentials?.kind === 'digest')
        expect(input.slice(credentials.params[0]!.start, credentials.params[0]!.end)).toBe('username="Mufasa"');
    });
  });

  describe('with NTLM and Negotiate tokens', () => {
    it('decodes an NTLM NEGOTIATE_MESSAGE', () => {
      const { credentials } = decodeCredentials(`NTLM ${NTLM_TYPE1}`);
      expect(credentials?.kind).toBe('ntlm');
      if (credentials?.kind === 'ntlm') expect(credentials.ntlm?.type).toBe(1);
    });
    it('decodes raw NTLMSSP sent under Negotiate', () => {
      const { credentials } = decodeCredentials(`Proxy-Authorization: Negotiate ${NTLM_TYPE1}`);
      expect(credentials?.kind).toBe('negotiate');
      if (credentials?.kind === 'negotiate') expect(credentials.negotiate?.framing).toBe('raw-ntlm');
    });
    it('reports a Negotiate without token', () => {
      expect(codes('Negotiate')).toStrictEqual(['missing-token68']);
    });
  });

  describe('with an unknown scheme', () => {
    it('keeps the token68 or the parameters', () => {
      expect(decodeCredentials('Foo abc==').credentials).toMatchObject({ kind: 'other', scheme: 'Foo', token68: 'abc==' });
      expect(decodeCredentials('Foo a=b').credentials).toMatchObject({ kind: 'other', params: [{ name: 'a', value: 'b' }] });
    });
  });

  describe('with an empty input', () => {
    it('says so', () => {
      expect(codes('  \n ')).toStrictEqual(['empty-input']);
    });
  });

  it('never throws and keeps diagnostics inside the input', () => {
    const unit = fc.constantFrom(
      'Basic ',
      'Digest ',
      'NTLM ',
      'Negotiate ',
      'Proxy-Authorization: ',
      '\r\n',
      'TlRMTVNTUAAB',
      'YII',
      '=',
      ',',
      '"',
      'a',
      ':',
      '> ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc.array(unit, { maxLength: 12 }).map((a) => a.join('')),
          fc.uint8Array({ maxLength: 80 }).map((b) => String.fromCharCode(...b)),
        ),
        (input) => {
          const r = decodeCredentials(input);
          for (const d of r.diagnostics) expect(0 <= d.start && d.start <= d.end && d.end <= input.length).toBe(true);
          if (r.credentials) expect(0 <= r.credentials.start && r.credentials.end <= input.length).toBe(true);
        },
      ),
    );
  });

  it('completes on a 1 MB request', () => {
    const input = 'GET / HTTP/1.1\r\n' + 'X-Pad: a\r\n'.repeat(100_000) + 'Proxy-Authorization: Basic ' + 'QUFB'.repeat(10_000) + '\r\n';
    expect(decodeCredentials(input).credentials?.kind).toBe('basic');
  });
});

describe('with a stray character inside a Basic token', () => {
  it('points at that character, and only there', () => {
    const input = 'Proxy-Authorization: Basic YWxp*2U6czNjcmV0';
    const { diagnostics } = decodeCredentials(input);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => input.slice(d.start, d.end))).toEqual(['*']);
  });
});
