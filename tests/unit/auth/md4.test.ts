import { describe, expect, it } from 'vitest';
import { md4 } from '../../../src/lib/auth/md4';
import { toHex, utf8Encode } from '../../../src/lib/bytes';

// RFC 1320 §A.5, the complete test suite.
const RFC1320_A5: ReadonlyArray<readonly [string, string]> = [
  ['', '31d6cfe0d16ae931b73c59d7e0c089c0'],
  ['a', 'bde52cb31de33e46245e05fbdbd6fb24'],
  ['abc', 'a448017aaf21d8525fc10ae87aa6729d'],
  ['message digest', 'd9130a8164549fe818874806e1c7014b'],
  ['abcdefghijklmnopqrstuvwxyz', 'd79e1c308aa5bbcdeea8ed63df412da9'],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', '043f8582f241db351ce627e153e7f0e4'],
  ['12345678901234567890123456789012345678901234567890123456789012345678901234567890', 'e33b4ddc9c38f2199c3e7b164fcc0536'],
];

describe('md4', () => {
  describe('with the RFC 1320 §A.5 test suite', () => {
    for (const [input, digest] of RFC1320_A5) {
      it(`hashes ${JSON.stringify(input)}`, () => {
        expect(toHex(md4(utf8Encode(input)))).toBe(digest);
      });
    }
  });

  describe('with lengths around the padding boundary', () => {
    it('gives 16 bytes for 55, 56, 63, 64 and 65 byte messages, all different', () => {
      const digests = [55, 56, 63, 64, 65].map((n) => toHex(md4(new Uint8Array(n).fill(0x61))));
      expect(new Set(digests).size).toBe(5);
      for (const d of digests) expect(d).toHaveLength(32);
    });
  });

  describe('with the NTLM password hash of "Password" (MS-NLMP §4.2.2.1.2)', () => {
    it('gives NTOWFv1', () => {
      const utf16 = new Uint8Array([...'Password'].flatMap((ch) => [ch.charCodeAt(0), 0]));
      expect(toHex(md4(utf16))).toBe('a4f49c406510bdcab6824ee7c30fd852');
    });
  });
});
