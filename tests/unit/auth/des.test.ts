import { describe, expect, it } from 'vitest';
import { desEncrypt7, desEncryptBlock, expandDesKey } from '../../../src/lib/auth/des';
import { fromHex, toHex } from '../../../src/lib/bytes';

const hex = (text: string): Uint8Array => fromHex(text)!;

describe('desEncryptBlock', () => {
  describe('with the classic worked example (key 133457799BBCDFF1)', () => {
    it('encrypts 0123456789ABCDEF to 85E813540F0AB405', () => {
      expect(toHex(desEncryptBlock(hex('133457799BBCDFF1'), hex('0123456789ABCDEF')))).toBe('85e813540f0ab405');
    });
  });

  describe('with NIST SP 800-17 style vectors', () => {
    it('encrypts the zero block under the zero key to 8CA64DE9C1B123A7', () => {
      expect(toHex(desEncryptBlock(hex('0000000000000000'), hex('0000000000000000')))).toBe('8ca64de9c1b123a7');
    });
    it('ignores parity bits: keys differing only in the low bits give the same block', () => {
      const a = desEncryptBlock(hex('0000000000000000'), hex('0123456789abcdef'));
      const b = desEncryptBlock(hex('0101010101010101'), hex('0123456789abcdef'));
      expect(toHex(a)).toBe(toHex(b));
    });
    it('encrypts "Now is t" under 0123456789ABCDEF to 3FA40E8A984D4815', () => {
      expect(toHex(desEncryptBlock(hex('0123456789abcdef'), hex('4e6f772069732074')))).toBe('3fa40e8a984d4815');
    });
  });

  describe('with a wrong key or block size', () => {
    it('throws a TypeError', () => {
      expect(() => desEncryptBlock(new Uint8Array(7), new Uint8Array(8))).toThrow(TypeError);
      expect(() => desEncryptBlock(new Uint8Array(8), new Uint8Array(9))).toThrow(TypeError);
    });
  });
});

describe('expandDesKey (MS-NLMP §6)', () => {
  it('spreads 56 bits over 8 bytes with odd parity', () => {
    const key = expandDesKey(hex('ffffffffffffff'));
    expect(toHex(key)).toBe('fefefefefefefefe');
    for (const byte of expandDesKey(hex('0123456789abcd'))) {
      let ones = 0;
      for (let i = 0; i < 8; i++) ones += (byte >> i) & 1;
      expect(ones % 2).toBe(1);
    }
  });
  it('encrypts "KGS!@#$%" with the first half of the LM hash key of "PASSWORD" (MS-NLMP §4.2.2.1.1)', () => {
    // "PASSWORD\0\0\0\0\0\0": first 7 bytes "PASSWOR" -> e52cac67419a9a22
    const key7 = new Uint8Array([...'PASSWOR'].map((c) => c.charCodeAt(0)));
    expect(toHex(desEncrypt7(key7, new TextEncoder().encode('KGS!@#$%')))).toBe('e52cac67419a9a22');
  });
});
