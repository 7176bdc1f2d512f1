import { describe, expect, it } from 'vitest';
import { decodeCredentials } from '../../../src/lib/auth/credentials';
import { decodeNtlmMessage } from '../../../src/lib/auth/ntlm';
import { basicView, digestView, ntlmType1, ntlmView, proxyUrl } from '../../../src/widgets/credentials-encoder/view';
import { quoteBash as shellQuote } from '../../../src/lib/snippets/quote';
import { MASK } from '../../../src/lib/mask';
import { NTLM_TYPE2 } from '../../fixtures/widgets/credentials';
import { copyValues, textOf } from './text';

const CHALLENGE =
  'Proxy-Authenticate: Digest realm="proxy@example.com", qop="auth", algorithm=SHA-256, nonce="abc", Digest realm="proxy@example.com", qop="auth", algorithm=SHA-512-256, nonce="def"';

describe('basicView', () => {
  describe('with a password holding @ and :', () => {
    const node = basicView({
      user: 'alice',
      password: 'p@ss:w/rd',
      charset: 'utf-8',
      proxy: 'http://proxy.example.com:3128',
      reveal: false,
    });
    const text = textOf(node);
    it('masks the password on screen', () => {
      expect(text).not.toContain('p@ss:w/rd');
      expect(text).toContain(`alice:${MASK}`);
    });
    it('gives the header that decodes back', () => {
      const header = copyValues(node).find((c) => c.startsWith('Proxy-Authorization: Basic '))!;
      expect(copyValues(node)).toContain('curl -U alice:p@ss:w/rd -x http://proxy.example.com:3128 https://example.com/');
      expect(copyValues(node)).toContain('http://alice:p%40ss%3Aw%2Frd@proxy.example.com:3128');
      const decoded = decodeCredentials(header).credentials;
      expect(decoded?.kind === 'basic' && decoded.basic?.password).toBe('p@ss:w/rd');
    });
  });
  describe('with a user holding a colon', () => {
    it('explains why Basic cannot carry it', () => {
      expect(textOf(basicView({ user: 'a:b', password: 'x', charset: 'utf-8', proxy: '', reveal: false }))).toContain(
        'must not contain a colon',
      );
    });
  });
  describe('with ISO-8859-1', () => {
    it('encodes ü as one byte', () => {
      expect(textOf(basicView({ user: 'jürgen', password: 'pw', charset: 'latin1', proxy: '', reveal: true }))).toContain(
        '6a fc 72 67 65 6e 3a 70 77',
      );
    });
  });
});

describe('proxyUrl and shellQuote', () => {
  it('percent-encodes the userinfo', () => {
    expect(proxyUrl('http://proxy:3128', 'dom\\al ice', 'p@ss:w/rd%')).toBe('http://dom%5Cal%20ice:p%40ss%3Aw%2Frd%25@proxy:3128');
  });
  it('rejects what is not a proxy URL', () => {
    expect(proxyUrl('proxy:3128', 'a', 'b')).toBeUndefined();
  });
  it('single-quotes for the shell', () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('alice:s3cret')).toBe('alice:s3cret');
  });
});

describe('digestView', () => {
  const state = {
    challenge: CHALLENGE,
    user: 'Mufasa',
    password: 'Circle of Life',
    method: 'GET',
    uri: '/',
    cnonce: '0a4f113b',
    choice: 'first' as const,
  };
  it('answers the first challenge as curl does, and says so', () => {
    const text = textOf(digestView(state));
    expect(text).toContain('algorithm=SHA-256');
    expect(text).toContain('curl answers the first');
    expect(text).toContain('cnonce="0a4f113b"');
  });
  it('answers the strongest on request', () => {
    expect(textOf(digestView({ ...state, choice: 'strongest' }))).toContain('algorithm=SHA-512-256');
  });
  it('produces credentials the decoder reads back with the right response', () => {
    const header = copyValues(digestView(state)).find((c) => c.startsWith('Proxy-Authorization: Digest '))!;
    const decoded = decodeCredentials(header);
    expect(decoded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(decoded.credentials?.kind).toBe('digest');
  });
  it('says when there is no Digest challenge', () => {
    expect(textOf(digestView({ ...state, challenge: 'Basic realm="x"' }))).toContain('No Digest challenge found');
  });
});

describe('NTLM', () => {
  it("type 1 carries curl's flags", () => {
    const m = decodeNtlmMessage(ntlmType1().base64).message;
    expect(m?.type).toBe(1);
    expect(m?.flags).toBe(0x00088206);
  });
  it('type 3 is NTLMv2 with the given client challenge', () => {
    const node = ntlmView(
      {
        user: 'alice',
        domain: 'CORP',
        password: 'hunter2',
        workstation: 'WS',
        type2: `NTLM ${NTLM_TYPE2}`,
        clientChallenge: '0102030405060708',
        time: 0,
      },
      false,
    );
    const token = copyValues(node)
      .find((c) => c.includes('TlRMTVNTUAAD'))!
      .slice('Proxy-Authorization: NTLM '.length);
    const m = decodeNtlmMessage(token).message;
    expect(m?.type === 3 && m.responseKind).toBe('NTLMv2');
    expect(m?.type === 3 && m.ntlmv2Response?.clientChallenge?.value).toBe('0102030405060708');
    expect(m?.type === 3 && m.user?.value).toBe('alice');
  });
  it('rejects a type 1 pasted as the type 2', () => {
    expect(
      textOf(
        ntlmView(
          { user: 'a', domain: '', password: '', workstation: '', type2: ntlmType1().base64, clientChallenge: '0102030405060708', time: 0 },
          false,
        ),
      ),
    ).toContain('not a type 2');
  });
  it('rejects a bad client challenge', () => {
    expect(
      textOf(ntlmView({ user: 'a', domain: '', password: '', workstation: '', type2: NTLM_TYPE2, clientChallenge: 'xyz', time: 0 }, false)),
    ).toContain('16 hex digits');
  });
});
