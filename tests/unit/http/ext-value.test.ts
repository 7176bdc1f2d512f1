import { describe, expect, it } from 'vitest';
import { decodeExtValue, encodeExtValue } from '../../../src/lib/http/ext-value';

describe('encodeExtValue (RFC 8187 §3.2)', () => {
  it('encodes the RFC 7616 §3.9.2 username', () => {
    expect(encodeExtValue('J\u00e4s\u00f8n Doe')).toBe("UTF-8''J%C3%A4s%C3%B8n%20Doe");
  });
  it('percent-encodes characters that are not attr-char', () => {
    expect(encodeExtValue("a'b%c*")).toBe("UTF-8''a%27b%25c%2A");
  });
});

describe('decodeExtValue', () => {
  it('decodes UTF-8 and keeps the language', () => {
    expect(decodeExtValue("UTF-8'en'%e2%82%ac%20rates")).toStrictEqual({
      value: '\u20ac rates',
      charset: 'UTF-8',
      language: 'en',
      diagnostics: [],
    });
  });
  it('decodes ISO-8859-1 (RFC 8187 §3.2.3 example)', () => {
    expect(decodeExtValue("iso-8859-1'en'%A3%20rates").value).toBe('\u00a3 rates');
  });
  it('reports a missing apostrophe, bad percent-encoding, invalid UTF-8 and an unknown charset', () => {
    expect(decodeExtValue('abc').diagnostics.map((d) => d.code)).toStrictEqual(['ext-value-syntax']);
    expect(decodeExtValue("UTF-8''%4").diagnostics.map((d) => [d.code, d.start, d.end])).toStrictEqual([['bad-percent-encoding', 7, 9]]);
    expect(decodeExtValue("UTF-8''%FF").diagnostics.map((d) => d.code)).toStrictEqual(['bad-utf8']);
    expect(decodeExtValue("KOI8-R''x").diagnostics.map((d) => d.code)).toStrictEqual(['unknown-charset']);
  });
});
