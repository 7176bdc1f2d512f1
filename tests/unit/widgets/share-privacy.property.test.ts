/**
 * Property: where the library reports credentials in use, the share state a widget builds without the
 * "include" box holds no 8-character run of any secret (password, token, Digest response/nonce/cnonce/opaque,
 * cookie, userinfo, query token). 10 000 generated cases across the four widgets whose share links could carry
 * them (the simulator's share redaction is tested with the simulator).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCredentials } from '../../../src/lib/auth/credentials';
import { encodeBase64, utf8Encode } from '../../../src/lib/bytes';
import { parseTarget } from '../../../src/lib/no-proxy';
import { shareState as challengeShare } from '../../../src/widgets/challenge-parser/engine';
import { shareState as decoderShare } from '../../../src/widgets/credentials-decoder/engine';
import { shareState as testerShare } from '../../../src/widgets/no-proxy-tester/engine';
import { shareState as configShare } from '../../../src/widgets/proxy-config/engine';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const chars = (alphabet: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: min, maxLength: max }).map((a) => a.join(''));
/** A secret: long enough that an 8-character run of it cannot turn up in a share state by chance. */
const secret = chars(ALNUM, 12, 24);
const token68 = chars(B64, 16, 60);
const user = chars('abcdefghijklmnopqrstuvwxyz', 3, 8);
const host = fc.constantFrom('proxy.example.com', 'corp.example', '10.0.0.1', 'squid.internal');
const prefix = fc.constantFrom('Proxy-Authorization: ', 'Authorization: ', '> Proxy-Authorization: ', '');

/** Every 8-character run of every secret that is absent from `shared`. */
function expectNoRun(shared: unknown, secrets: readonly string[]): void {
  const text = JSON.stringify(shared);
  for (const s of secrets) {
    for (let i = 0; i + 8 <= s.length; i++) {
      const run = s.slice(i, i + 8);
      expect(text.includes(run), `share state ${text} holds "${run}" of the secret "${s}"`).toBe(false);
    }
  }
}

/** A credentials value and the secrets in it. */
const credentialForms = fc.oneof(
  fc.tuple(user, secret).map(([u, p]) => ({ value: `Basic ${encodeBase64(utf8Encode(`${u}:${p}`))}`, secrets: [p] })),
  fc.tuple(user, secret, secret, secret, secret, host).map(([u, response, nonce, cnonce, opaque, h]) => ({
    value: `Digest username="${u}", realm="proxy", nonce="${nonce}", uri="${h}:443", algorithm=MD5, response="${response}", qop=auth, nc=00000001, cnonce="${cnonce}", opaque="${opaque}"`,
    secrets: [response, nonce, cnonce, opaque],
  })),
  fc.tuple(user, secret, secret).map(([u, response, token]) => ({
    value: `Digest username="${u}", uri="/x?access_token=${token}", response="${response}", nonce="n"`,
    secrets: [response, token],
  })),
  token68.map((t) => ({ value: `Bearer ${t}`, secrets: [t] })),
  token68.map((t) => ({ value: `NTLM TlRMTVNTUAAD${t}`, secrets: [t] })),
  token68.map((t) => ({ value: `Negotiate YII${t}`, secrets: [t] })),
  secret.map((t) => ({ value: `Token ${t}`, secrets: [t] })),
  fc.tuple(secret, secret).map(([key, sig]) => ({
    value: `AWS4-HMAC-SHA256 Credential=${key}/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${sig}`,
    secrets: [key, sig],
  })),
);

describe('share links without the box ticked hold no secret (property, 10 000 cases)', () => {
  it('credentials decoder: header lines, bare values, bare Basic tokens and whole requests', () => {
    fc.assert(
      fc.property(credentialForms, prefix, fc.boolean(), secret, secret, (form, field, request, cookie, other) => {
        const line = `${field}${form.value}`;
        const input = request
          ? `GET http://example.com/ HTTP/1.1\nHost: example.com\nCookie: session=${cookie}\nX-Api-Key: ${other}\n${line.startsWith('>') || field === '' ? `Proxy-Authorization: ${form.value}` : line}\n\n`
          : line;
        fc.pre(decodeCredentials(input).credentials !== undefined);
        expectNoRun(decoderShare(input, false), [...form.secrets, ...(request ? [cookie, other] : [])]);
      }),
      { numRuns: 4000 },
    );
  }, 120_000);

  it('credentials decoder: a bare token68 that is base64 of user:password', () => {
    fc.assert(
      fc.property(user, secret, (u, p) => {
        const input = encodeBase64(utf8Encode(`${u}:${p}`));
        expect(decodeCredentials(input).credentials?.kind).toBe('basic');
        const shared = decoderShare(input, false);
        expectNoRun(shared, [p]);
        expect(shared['value']).toContain('Basic');
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('challenge parser: a pasted 407 with tokens, cookies and a stray Proxy-Authorization', () => {
    fc.assert(
      fc.property(token68, token68, secret, credentialForms, fc.boolean(), (ntlm, negotiate, cookie, creds, curlV) => {
        const lines = [
          'HTTP/1.1 407 Proxy Authentication Required',
          `Proxy-Authenticate: NTLM TlRMTVNTUAAC${ntlm}`,
          `Proxy-Authenticate: Negotiate YII${negotiate}`,
          'Proxy-Authenticate: Basic realm="proxy"',
          `Set-Cookie: sid=${cookie}; HttpOnly`,
          `Proxy-Authorization: ${creds.value}`,
          'Via: 1.1 squid',
        ].map((l) => (curlV ? `< ${l}` : l));
        const input = [...lines, `> Proxy-Authorization: ${creds.value}`].join('\n');
        const shared = challengeShare(input, false);
        expectNoRun(shared, [ntlm, negotiate, cookie, ...creds.secrets]);
        expect(shared['value']).toContain('realm="proxy"');
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('NO_PROXY tester: userinfo, paths and query tokens in the URL and in the lists', () => {
    fc.assert(
      fc.property(user, secret, secret, secret, host, fc.boolean(), (u, pw, token, listPw, h, scheme) => {
        const url = `${scheme ? 'https://' : ''}${u}:${pw}@${h}/api/${token}?access_token=${token}#${token}`;
        fc.pre(parseTarget(url).target !== undefined);
        const state = {
          noProxy: `localhost,http://${u}:${listPw}@${h},.corp.example`,
          url,
          variables: 'different' as const,
          upperValue: `${u}:${listPw}@internal,10.0.0.0/8`,
        };
        const shared = testerShare(state, false);
        expectNoRun(shared, [pw, token, listPw]);
        expect(shared['url']).toContain(h);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('proxy config builder: the password, and user:password@ pasted into the host or NO_PROXY', () => {
    fc.assert(
      fc.property(user, secret, secret, host, fc.boolean(), (u, pw, pasted, h, inHost) => {
        const form = {
          scheme: 'http',
          host: inHost ? `${u}:${pasted}@${h}` : h,
          port: '3128',
          user: u,
          password: pw,
          authScheme: 'basic',
          noProxy: `localhost,${u}:${pasted}@${h}`,
        };
        const shared = configShare(form, false);
        expectNoRun(shared, [pw, pasted]);
        expect(shared['user']).toBe(u);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('with the box ticked, the state is the input as typed', () => {
    const input = 'Proxy-Authorization: Basic YWxpY2U6czNjcjN0';
    expect(decoderShare(input, true)).toEqual({ value: input });
  });
});
