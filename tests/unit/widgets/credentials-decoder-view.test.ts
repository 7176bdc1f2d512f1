import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decoderView } from '../../../src/widgets/credentials-decoder/view';
import { MASK } from '../../../src/lib/mask';
import { DIGEST, JWT, NEGOTIATE_KERBEROS, NEGOTIATE_NTLM, NTLM_TYPE1, NTLM_TYPE2, NTLM_TYPE3 } from '../../fixtures/widgets/credentials';
import { textOf } from './text';

describe('decoderView', () => {
  describe('with the worked Basic example', () => {
    const view = decoderView('Proxy-Authorization: Basic YWxpY2U6czNjcmV0');
    it('shows the user and masks the password', () => {
      const text = textOf(view.node);
      expect(text).toContain('alice');
      expect(text).toContain(MASK);
      expect(text).not.toContain('s3cret');
      expect(view.secrets).toEqual({ 'basic-password': 's3cret', 'basic-password-bytes': '73 33 63 72 65 74' });
      expect(view.summary).toBe('Basic credentials decoded: user alice');
    });
    it("shows the user's bytes and hides the password's, which are the password", () => {
      const text = textOf(view.node);
      expect(text).toContain('12 bytes: 61 6c 69 63 65 3a •• •• •• •• •• ••');
      expect(text).not.toContain('73 33 63 72 65 74');
    });
  });
  describe('with Latin-1 bytes', () => {
    it('says the text is not UTF-8', () => {
      // "jürgen:pw" in ISO-8859-1
      expect(textOf(decoderView('Basic avxyZ2VuOnB3').node)).toContain('Not valid UTF-8');
    });
  });
  describe('with Digest credentials', () => {
    const view = decoderView(`Proxy-Authorization: ${DIGEST}`);
    it('explains each parameter', () => {
      const text = textOf(view.node);
      expect(view.kind).toBe('digest');
      expect(text).toContain('Mufasa');
      expect(text).toContain('The server nonce from the challenge');
      expect(text).toContain('Algorithm: SHA-256, qop=auth');
    });
  });
  describe('with an NTLM type 3', () => {
    const text = textOf(decoderView(`NTLM ${NTLM_TYPE3}`).node);
    it('names the message, its place in the handshake and the user', () => {
      expect(text).toContain('AUTHENTICATE_MESSAGE (type 3)');
      expect(text).toContain('Step 3 of 3');
      expect(text).toContain('The user name: alice');
      expect(text).toContain('The client machine: LAPTOP-7');
    });
    it('shows the NTLMv2 structure and fields with offsets', () => {
      expect(text).toContain('Response kind: NTLMv2');
      expect(text).toContain('Client challenge\n0102030405060708 (offset 154, 8 bytes)');
      expect(text).toContain('UserName | 72 | 10 | alice');
      expect(text).toContain('UserNameFields | 36 | 8 | Len 10, MaxLen 10, BufferOffset 72');
    });
  });
  describe('with NTLM type 1 and type 2', () => {
    it('places them in the handshake', () => {
      expect(textOf(decoderView(`NTLM ${NTLM_TYPE1}`).node)).toContain('Step 1 of 3');
      const t2 = textOf(decoderView(`Proxy-Authorization: NTLM ${NTLM_TYPE2}`).node);
      expect(t2).toContain('CHALLENGE_MESSAGE (type 2)');
      expect(t2).toContain('MsvAvNbDomainName');
    });
  });
  describe('with Negotiate', () => {
    it('says a Kerberos ticket cannot be decoded and names the service', () => {
      const text = textOf(decoderView(`Negotiate ${NEGOTIATE_KERBEROS}`).node);
      expect(text).toContain('Kerberos ticket — not decodable without the service key');
      expect(text).toContain('MS-Kerberos');
      expect(text).toContain('HTTP/proxy.example.com');
    });
    it('decodes an inner NTLM message', () => {
      const text = textOf(decoderView(`Negotiate ${NEGOTIATE_NTLM}`).node);
      expect(text).toContain('Inner NTLM message');
      expect(text).toContain('NEGOTIATE_MESSAGE (type 1)');
    });
  });
  describe('with a Bearer JWT', () => {
    it('pretty-prints, dates the times and warns the signature is not verified', () => {
      const view = decoderView(`Authorization: Bearer ${JWT}`, { now: 1_800_000_000_000 });
      const text = textOf(view.node);
      expect(text).toContain('"sub": "alice"');
      expect(text).toContain('2023-11-14T22:13:20');
      expect(text).toContain('not verified');
      expect(text).toContain('Expired.');
    });
  });
  describe('with garbage', () => {
    it('says no credentials were found', () => {
      const view = decoderView('hello there');
      expect(view.diagnostics.length).toBeGreaterThan(0);
    });
    it('never throws (property)', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300 }), (s) => {
          const view = decoderView(s);
          expect(typeof view.summary).toBe('string');
        }),
      );
    });
  });
});
