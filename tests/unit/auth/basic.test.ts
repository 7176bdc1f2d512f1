import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBasic, encodeBasic } from '../../../src/lib/auth/basic';
import { encodeBase64 } from '../../../src/lib/bytes';

describe('encodeBasic', () => {
  describe('with the RFC 7617 §2 example', () => {
    it('encodes Aladdin:open sesame', () => {
      expect(encodeBasic('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    });
  });
  describe('with the RFC 7617 §2.1 example (charset="UTF-8")', () => {
    it('encodes test/123£ as UTF-8', () => {
      expect(encodeBasic('test', '123\u00a3', { charset: 'utf-8' })).toBe('Basic dGVzdDoxMjPCow==');
    });
    it('encodes test/123£ as ISO-8859-1 when asked', () => {
      expect(encodeBasic('test', '123\u00a3', { charset: 'latin1' })).toBe('Basic dGVzdDoxMjOj');
    });
  });
  describe('with a decomposed character', () => {
    it('normalises to NFC before UTF-8', () => {
      expect(encodeBasic('e\u0301', 'x')).toBe(encodeBasic('\u00e9', 'x'));
    });
  });
  describe('with nonsense arguments', () => {
    it('throws a TypeError for a colon in the user-id', () => {
      expect(() => encodeBasic('a:b', 'c')).toThrow(TypeError);
    });
    it('allows a colon in the password', () => {
      expect(encodeBasic('a', 'b:c')).toBe('Basic YTpiOmM=');
    });
    it('throws a TypeError for control characters', () => {
      expect(() => encodeBasic('a\nb', 'c')).toThrow(TypeError);
      expect(() => encodeBasic('a', 'c\u007f')).toThrow(TypeError);
    });
    it('throws a TypeError for latin1 with a character above U+00FF', () => {
      expect(() => encodeBasic('\u20ac', 'x', { charset: 'latin1' })).toThrow(TypeError);
    });
  });
});

describe('decodeBasic', () => {
  it('decodes the RFC 7617 §2 example', () => {
    const r = decodeBasic('QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    expect([r.userId, r.password, r.encoding, r.diagnostics]).toStrictEqual(['Aladdin', 'open sesame', 'utf-8', []]);
  });
  it('decodes the RFC 7617 §2.1 example as UTF-8', () => {
    const r = decodeBasic('dGVzdDoxMjPCow==');
    expect([r.userId, r.password, r.encoding]).toStrictEqual(['test', '123\u00a3', 'utf-8']);
  });
  it('falls back to ISO-8859-1 when the octets are not UTF-8', () => {
    const r = decodeBasic('dGVzdDoxMjOj');
    expect([r.userId, r.password, r.encoding]).toStrictEqual(['test', '123\u00a3', 'latin1']);
    expect(r.diagnostics.map((d) => d.code)).toStrictEqual(['not-utf8']);
  });
  it('splits at the first colon only', () => {
    expect(decodeBasic('YTpiOmM=').password).toBe('b:c');
  });
  describe('with problems', () => {
    it('reports a missing colon', () => {
      const r = decodeBasic('QWxhZGRpbg==');
      expect(r.userId).toBeUndefined();
      expect(r.text).toBe('Aladdin');
      expect(r.diagnostics.map((d) => d.code)).toStrictEqual(['missing-colon']);
    });
    it('reports a bad base64 character with its position', () => {
      const r = decodeBasic('QWxh*GRpbjpvcGVu');
      expect(r.diagnostics[0]).toMatchObject({ code: 'base64-bad-character', start: 4, end: 5 });
    });
    it('reports base64url characters', () => {
      expect(decodeBasic('YT_-').diagnostics[0]).toMatchObject({ code: 'base64-bad-character', start: 2 });
    });
    it('warns about missing padding', () => {
      const r = decodeBasic('QWxhZGRpbjpvcGVuIHNlc2FtZQ');
      expect([r.userId, r.password]).toStrictEqual(['Aladdin', 'open sesame']);
      expect(r.diagnostics.map((d) => d.code)).toStrictEqual(['base64-missing-padding']);
    });
    it('reports a control character at the base64 characters that carry it', () => {
      const token = encodeBase64(new TextEncoder().encode('user:pa\u0001ss')); // octet 7 lives in characters 8..12
      const r = decodeBasic(token);
      expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'control-character', start: 8, end: 12 }));
    });
    it('reports an empty user-id and an empty password', () => {
      expect(decodeBasic('Og==').diagnostics.map((d) => d.code)).toStrictEqual(['empty-user-id', 'empty-password']);
    });
    it('reports empty credentials', () => {
      expect(decodeBasic('').diagnostics.map((d) => d.code)).toStrictEqual(['empty-credentials']);
    });
  });
  it('round-trips encodeBasic for any user-id without colon or CTL', () => {
    const noCtl = fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, '').normalize('NFC'));
    fc.assert(
      fc.property(
        noCtl.map((s) => s.replace(/:/g, '')),
        noCtl,
        (user, password) => {
          const r = decodeBasic(encodeBasic(user, password).slice(6));
          expect([r.userId, r.password]).toStrictEqual([user, password]);
        },
      ),
    );
  });
  it('never throws and keeps diagnostics inside the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        for (const d of decodeBasic(text).diagnostics) expect(0 <= d.start && d.start <= d.end && d.end <= text.length).toBe(true);
      }),
    );
  });
  it('completes on 1 MB of base64', () => {
    const r = decodeBasic('QUFB'.repeat(1 << 18) + 'OmI=');
    expect(r.password).toBe('b');
  });
});
