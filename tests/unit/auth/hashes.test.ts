import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmac, md5, sha256, sha512_256 } from '../../../src/lib/auth/hashes';
import { toHex, utf8Encode } from '../../../src/lib/bytes';

const node = (name: string, data: Uint8Array) => createHash(name).update(data).digest('hex');

describe('hashes', () => {
  describe('with the published test vectors', () => {
    it('gives RFC 1321 §A.5 MD5 digests', () => {
      expect(toHex(md5(utf8Encode('')))).toBe('d41d8cd98f00b204e9800998ecf8427e');
      expect(toHex(md5(utf8Encode('message digest')))).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    });
    it('gives FIPS 180-4 example SHA-256 and SHA-512/256 digests of "abc"', () => {
      expect(toHex(sha256(utf8Encode('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
      expect(toHex(sha512_256(utf8Encode('abc')))).toBe('53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23');
    });
    it('gives the RFC 2202 §2 HMAC-MD5 test case 2', () => {
      expect(toHex(hmac(md5, utf8Encode('Jefe'), utf8Encode('what do ya want for nothing?')))).toBe('750c783e6ab0b503eaa86e310a5db738');
    });
  });

  describe('with every length around the padding boundaries', () => {
    it('agrees with node:crypto for 0 to 300 bytes', () => {
      for (let n = 0; n <= 300; n++) {
        const data = new Uint8Array(n).map((_, i) => (i * 31 + n) & 0xff);
        expect(toHex(md5(data))).toBe(node('md5', data));
        expect(toHex(sha256(data))).toBe(node('sha256', data));
        expect(toHex(sha512_256(data))).toBe(node('sha512-256', data));
      }
    });
  });

  describe('with arbitrary bytes and keys', () => {
    it('agrees with node:crypto, HMAC keys longer than a block included', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ maxLength: 100 }), (data, key) => {
          expect(toHex(sha512_256(data))).toBe(node('sha512-256', data));
          expect(toHex(sha256(data))).toBe(node('sha256', data));
          expect(toHex(hmac(md5, key, data))).toBe(createHmac('md5', key).update(data).digest('hex'));
          expect(toHex(hmac(sha256, key, data))).toBe(createHmac('sha256', key).update(data).digest('hex'));
        }),
        { numRuns: 200 },
      );
    });
  });
});
