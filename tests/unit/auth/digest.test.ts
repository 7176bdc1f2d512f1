import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDigestResponse, formatNonceCount, type DigestAlgorithm } from '../../../src/lib/auth/digest';
import { respondToDigestChallenge } from '../../../src/lib/auth/digest-challenge';
import { checkDigestCredentials, decodeDigestCredentials } from '../../../src/lib/auth/digest-credentials';
import { parseChallenges } from '../../../src/lib/http/challenges';
import { parseCredentials } from '../../../src/lib/http/credentials-field';

// RFC 7616 §3.9.1
const RFC7616_CHALLENGE_SHA256 =
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
const RFC7616_CHALLENGE_MD5 =
  'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
const RFC7616_391 = {
  username: 'Mufasa',
  password: 'Circle of Life',
  realm: 'http-auth@example.org',
  nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
  method: 'GET',
  uri: '/dir/index.html',
  qop: 'auth' as const,
  nc: '00000001',
  cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
  opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS',
};
// RFC 7616 §3.9.2
const RFC7616_CHALLENGE_392 =
  'Digest realm="api@example.org", qop="auth", algorithm=SHA-512-256, nonce="5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK", opaque="HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS", charset=UTF-8, userhash=true';

describe('computeDigestResponse', () => {
  describe('with the RFC 2617 §3.5 example (MD5, qop=auth)', () => {
    it('gives response 6629fae49393a05397450978507c4ef1', () => {
      const r = computeDigestResponse({
        username: 'Mufasa',
        password: 'Circle Of Life',
        realm: 'testrealm@host.com',
        nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
        method: 'GET',
        uri: '/dir/index.html',
        qop: 'auth',
        nc: 1,
        cnonce: '0a4f113b',
        opaque: '5ccc069c403ebaf9f0171e9517f40e41',
      });
      expect(r.response).toBe('6629fae49393a05397450978507c4ef1');
      expect(r.header).toBe(
        'Digest username="Mufasa", realm="testrealm@host.com", uri="/dir/index.html", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", nc=00000001, cnonce="0a4f113b", qop=auth, response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
      );
    });
  });

  describe('with the RFC 7616 §3.9.1 example', () => {
    it('gives the MD5 response 8ca523f5e9506fed4657c9700eebdbec', () => {
      expect(computeDigestResponse({ ...RFC7616_391, algorithm: 'MD5' }).response).toBe('8ca523f5e9506fed4657c9700eebdbec');
    });
    it('gives the SHA-256 response 753927fa…', () => {
      const r = computeDigestResponse({ ...RFC7616_391, algorithm: 'SHA-256' });
      expect(r.response).toBe('753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1');
      expect(r.header).toBe(
        'Digest username="Mufasa", realm="http-auth@example.org", uri="/dir/index.html", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", qop=auth, response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
      );
    });
  });

  describe('with the RFC 7616 §3.9.2 example (SHA-512-256, userhash, UTF-8 name)', () => {
    // The RFC prints username="488869477bf257147b804c45308cd62ac4e25eb717b12b298c79e62dcea254ec" and
    // response="ae66e67d6b427bd3f120414a82e4acff38e8ecd9101d6c861229025f607a79dd". Neither follows from the
    // example's inputs with FIPS 180-4 SHA-512/256; erratum 4897 (https://www.rfc-editor.org/errata/eid4897)
    // gives the values below, which only hold with the erratum applied.
    const input = {
      algorithm: 'SHA-512-256',
      username: 'J\u00e4s\u00f8n Doe',
      password: 'Secret, or not?',
      realm: 'api@example.org',
      nonce: '5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK',
      method: 'GET',
      uri: '/doe.json',
      qop: 'auth' as const,
      nc: 1,
      cnonce: 'NTg6RKcb9boFIAS3KrFK9BGeh+iDa/sm6jUMp2wds69v',
      opaque: 'HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS',
    };
    it('gives the erratum 4897 userhash and response', () => {
      const r = computeDigestResponse({ ...input, userhash: true });
      expect(r.username).toBe('793263caabb707a56211940d90411ea4a575adeccb7e360aeb624ed06ece9b0b');
      expect(r.response).toBe('3798d4131c277846293534c3edc11bd8a5e4cdcbff78b05db9d95eeb1cec68a5');
      expect(r.header).toBe(
        'Digest username="793263caabb707a56211940d90411ea4a575adeccb7e360aeb624ed06ece9b0b", realm="api@example.org", uri="/doe.json", algorithm=SHA-512-256, nonce="5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK", nc=00000001, cnonce="NTg6RKcb9boFIAS3KrFK9BGeh+iDa/sm6jUMp2wds69v", qop=auth, response="3798d4131c277846293534c3edc11bd8a5e4cdcbff78b05db9d95eeb1cec68a5", opaque="HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS", userhash=true',
      );
    });
    it('sends username* in RFC 8187 form without userhash, with the same response', () => {
      const r = computeDigestResponse(input);
      expect(r.usernameParam).toBe('username*');
      expect(r.username).toBe("UTF-8''J%C3%A4s%C3%B8n%20Doe");
      expect(r.header.startsWith("Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe, realm=")).toBe(true);
      expect(r.response).toBe('3798d4131c277846293534c3edc11bd8a5e4cdcbff78b05db9d95eeb1cec68a5');
    });
  });

  describe('against node:crypto for every algorithm and qop', () => {
    const nodeName = (a: DigestAlgorithm) => (a.startsWith('MD5') ? 'md5' : a.startsWith('SHA-256') ? 'sha256' : 'sha512-256');
    const algorithms: DigestAlgorithm[] = ['MD5', 'MD5-sess', 'SHA-256', 'SHA-256-sess', 'SHA-512-256', 'SHA-512-256-sess'];
    it('matches an independent computation', () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...algorithms),
          fc.constantFrom('auth' as const, 'auth-int' as const),
          fc.string({ maxLength: 12 }),
          fc.string({ maxLength: 12 }),
          fc.string({ maxLength: 20 }),
          (algorithm, qop, username, password, body) => {
            const h = (s: string) => createHash(nodeName(algorithm)).update(Buffer.from(s, 'utf8')).digest('hex');
            const base = { realm: 'r', nonce: 'n', method: 'POST', uri: '/x', cnonce: 'c', nc: 7 };
            let ha1 = h(`${username}:r:${password}`);
            if (algorithm.endsWith('-sess')) ha1 = h(`${ha1}:n:c`);
            const ha2 = h(qop === 'auth-int' ? `POST:/x:${h(body)}` : 'POST:/x');
            const expected = h(`${ha1}:n:00000007:c:${qop}:${ha2}`);
            const r = computeDigestResponse({ ...base, algorithm, qop, username, password, entityBody: body });
            expect(r.response).toBe(expected);
          },
        ),
      );
    });
  });

  describe('without qop (RFC 2617 §3.2.2.1, RFC 2069 compatibility)', () => {
    it('hashes nonce ":" H(A2) and sends neither nc nor cnonce', () => {
      const r = computeDigestResponse({ username: 'u', password: 'p', realm: 'r', nonce: 'n', method: 'GET', uri: '/' });
      const md5 = (s: string) => createHash('md5').update(s).digest('hex');
      expect(r.response).toBe(md5(`${md5('u:r:p')}:n:${md5('GET:/')}`));
      expect(r.header).toBe(`Digest username="u", realm="r", uri="/", nonce="n", response="${r.response}"`);
    });
  });

  describe('with quotes and backslashes in values', () => {
    it('escapes them in the header', () => {
      const r = computeDigestResponse({ username: 'a"b\\c', password: 'p', realm: 'r', nonce: 'n', method: 'GET', uri: '/' });
      expect(r.header.startsWith('Digest username="a\\"b\\\\c", ')).toBe(true);
    });
  });

  describe('with nonsense arguments', () => {
    const ok = { username: 'u', password: 'p', realm: 'r', nonce: 'n', method: 'GET', uri: '/' };
    it.each([
      ['an unknown algorithm', { ...ok, algorithm: 'SHA-1' }],
      ['qop without cnonce', { ...ok, qop: 'auth' as const }],
      ['a -sess algorithm without qop', { ...ok, algorithm: 'MD5-sess', cnonce: 'c' }],
      ['nc without qop', { ...ok, nc: 1 }],
      ['auth-int without a body', { ...ok, qop: 'auth-int' as const, cnonce: 'c' }],
      ['a method that is not a token', { ...ok, method: 'G T' }],
      ['an empty uri', { ...ok, uri: '' }],
      ['an nc of 0', { ...ok, qop: 'auth' as const, cnonce: 'c', nc: 0 }],
      ['an nc of 7 digits', { ...ok, qop: 'auth' as const, cnonce: 'c', nc: '0000001' }],
      ['a control character in the realm', { ...ok, realm: 'a\nb' }],
      ['latin1 with a euro sign', { ...ok, password: '\u20ac', charset: 'latin1' as const }],
    ])('throws a TypeError for %s', (_, input) => {
      expect(() => computeDigestResponse(input)).toThrow(TypeError);
    });
  });

  it('formats nc as 8 lowercase hex digits', () => {
    expect(formatNonceCount(255)).toBe('000000ff');
    expect(formatNonceCount('0000000A')).toBe('0000000a');
  });
});

describe('respondToDigestChallenge', () => {
  const request = { method: 'GET', uri: '/dir/index.html', cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ' };
  const mufasa = { username: 'Mufasa', password: 'Circle of Life' };

  describe('with the two RFC 7616 §3.9.1 challenges', () => {
    it('prefers SHA-256 over MD5 and reproduces the RFC response', () => {
      const { challenges } = parseChallenges([RFC7616_CHALLENGE_MD5, RFC7616_CHALLENGE_SHA256]);
      const r = respondToDigestChallenge(challenges, mufasa, request);
      expect(r.response?.response).toBe('753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1');
      expect(r.challenge).toBe(challenges[1]);
      expect(r.why.join(' ')).toContain('SHA-256');
    });
    it('uses qop=auth even when a body is given', () => {
      const { challenges } = parseChallenges(RFC7616_CHALLENGE_MD5);
      const r = respondToDigestChallenge(challenges, mufasa, { ...request, entityBody: 'x' });
      expect(r.response?.response).toBe('8ca523f5e9506fed4657c9700eebdbec');
    });
  });

  describe('with the RFC 7616 §3.9.2 challenge (charset=UTF-8, userhash=true)', () => {
    it('hashes the username (erratum 4897 values)', () => {
      const { challenges } = parseChallenges(RFC7616_CHALLENGE_392);
      const r = respondToDigestChallenge(
        challenges,
        { username: 'J\u00e4s\u00f8n Doe', password: 'Secret, or not?' },
        { method: 'GET', uri: '/doe.json', cnonce: 'NTg6RKcb9boFIAS3KrFK9BGeh+iDa/sm6jUMp2wds69v' },
      );
      expect(r.response?.username).toBe('793263caabb707a56211940d90411ea4a575adeccb7e360aeb624ed06ece9b0b');
      expect(r.response?.response).toBe('3798d4131c277846293534c3edc11bd8a5e4cdcbff78b05db9d95eeb1cec68a5');
      expect(r.why.some((w) => w.startsWith('userhash=true'))).toBe(true);
      expect(r.why.some((w) => w.startsWith('charset=UTF-8'))).toBe(true);
    });
  });

  describe('with only qop=auth-int', () => {
    const field = 'Digest realm="r", nonce="n", qop="auth-int"';
    it('answers with auth-int when a body is given', () => {
      const r = respondToDigestChallenge(parseChallenges(field).challenges, mufasa, { ...request, entityBody: '' });
      expect(r.header).toContain('qop=auth-int');
    });
    it('explains why it cannot answer without a body', () => {
      const r = respondToDigestChallenge(parseChallenges(field).challenges, mufasa, request);
      expect(r.header).toBeUndefined();
      expect(r.why[0]).toContain('auth-int');
    });
  });

  describe('with unusable challenges', () => {
    it('skips unknown algorithms and missing nonces and explains each', () => {
      const { challenges } = parseChallenges('Basic realm="x", Digest realm="a", nonce="n", algorithm=SHA-1, Digest realm="b"');
      const r = respondToDigestChallenge(challenges, mufasa, request);
      expect(r.header).toBeUndefined();
      expect(r.why).toHaveLength(3);
    });
    it('says when there is no Digest challenge', () => {
      expect(respondToDigestChallenge(parseChallenges('NTLM').challenges, mufasa, request).why).toStrictEqual([
        'No Digest challenge was offered.',
      ]);
    });
    it('explains instead of throwing when the nonce holds a control character', () => {
      const { challenges } = parseChallenges('Digest realm="r", nonce="a\u0001b"');
      const r = respondToDigestChallenge(challenges, mufasa, request);
      expect(r.header).toBeUndefined();
      expect(r.why.at(-1)).toMatch(/^Cannot answer/);
    });
  });

  describe('without qop and without algorithm', () => {
    it('answers the RFC 2069 way and omits algorithm', () => {
      const r = respondToDigestChallenge(parseChallenges('Digest realm="r", nonce="n", stale=TRUE').challenges, mufasa, request);
      expect(r.header).not.toContain('algorithm=');
      expect(r.header).not.toContain('cnonce=');
      expect(r.why.some((w) => w.startsWith('stale=true'))).toBe(true);
    });
  });
});

describe('decodeDigestCredentials', () => {
  const decode = (field: string) => decodeDigestCredentials(parseCredentials(field).credentials!);
  const RFC2617 =
    'Digest username="Mufasa", realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1", opaque="5ccc069c403ebaf9f0171e9517f40e41"';

  it('reads the RFC 2617 §3.5 credentials without diagnostics', () => {
    const d = decode(RFC2617);
    expect(d).toMatchObject({
      username: 'Mufasa',
      realm: 'testrealm@host.com',
      qop: 'auth',
      nc: '00000001',
      cnonce: '0a4f113b',
      algorithm: 'MD5',
      algorithmKnown: 'MD5',
    });
    expect(d.diagnostics).toStrictEqual([]);
  });
  it('checks the response against the password', () => {
    const d = decode(RFC2617);
    expect(checkDigestCredentials(d, { password: 'Circle Of Life' }, { method: 'GET' }).matches).toBe(true);
    expect(checkDigestCredentials(d, { password: 'Circle of Life' }, { method: 'GET' }).matches).toBe(false);
  });
  it('decodes username* (RFC 7616 §3.4.4, RFC 8187)', () => {
    const d = decode(
      `Digest username*=UTF-8''J%C3%A4s%C3%B8n%20Doe, realm="api@example.org", uri="/doe.json", algorithm=SHA-512-256, nonce="n", nc=00000001, cnonce="c", qop=auth, response="${'a'.repeat(64)}"`,
    );
    expect(d.usernameStar).toBe('J\u00e4s\u00f8n Doe');
    expect(d.diagnostics).toStrictEqual([]);
  });
  it('reports missing parameters', () => {
    expect(decode('Digest username="u"').diagnostics.map((d) => [d.code, d.message])).toStrictEqual([
      ['missing-parameter', 'Missing required parameters: realm, nonce, uri, response'],
    ]);
  });
  it('reports qop without cnonce and nc, and a bad nc', () => {
    const field = 'Digest username="u", realm="r", nonce="n", uri="/", qop=auth, response="00112233445566778899aabbccddeeff"';
    expect(decode(field).diagnostics.map((d) => d.code)).toStrictEqual(['qop-without-cnonce']);
    expect(decode(field + ', nc=1, cnonce="c"').diagnostics.map((d) => d.code)).toStrictEqual(['bad-nc']);
  });
  it('reports a response of the wrong length for the algorithm', () => {
    const field = 'Digest username="u", realm="r", nonce="n", uri="/", algorithm=SHA-256, response="00112233445566778899aabbccddeeff"';
    expect(decode(field).diagnostics.map((d) => d.code)).toStrictEqual(['bad-response-length']);
  });
  it('reports username together with username*, and quoting mistakes', () => {
    const field = `Digest username="u", username*=UTF-8''u, realm=r, nonce="n", uri="/", algorithm="MD5", response="00112233445566778899aabbccddeeff"`;
    expect(decode(field).diagnostics.map((d) => d.code)).toStrictEqual([
      'username-and-username-star',
      'should-be-quoted',
      'should-not-be-quoted',
    ]);
  });
});
