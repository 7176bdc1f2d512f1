/**
 * RFC 8187 ext-value, the encoding of `username*` in Digest (RFC 7616 §3.4.4):
 *   ext-value = charset "'" [ language ] "'" value-chars
 *   value-chars = *( pct-encoded / attr-char )
 */
import { boundedDiagnostics, diagnostic, finishDiagnostics, type Diagnostic } from '../diagnostics';
import { latin1Decode, utf8DecodeStrict, utf8Encode } from '../bytes';
import { isAttrChar } from './chars';

const HEX_UPPER = '0123456789ABCDEF';

export interface ExtValueResult {
  value?: string;
  charset?: string;
  language?: string;
  diagnostics: Diagnostic[];
}

/** Encodes a string as `UTF-8''…` (RFC 8187 §3.2), percent-encoding every octet that is not an attr-char. */
export function encodeExtValue(value: string): string {
  let out = "UTF-8''";
  for (const byte of utf8Encode(value)) {
    out += byte < 0x80 && isAttrChar(byte) ? String.fromCharCode(byte) : '%' + HEX_UPPER[byte >> 4]! + HEX_UPPER[byte & 15]!;
  }
  return out;
}

/** Decodes an ext-value; charsets UTF-8 and ISO-8859-1 (case-insensitive) as RFC 8187 §3.2.1 requires. Never throws. */
export function decodeExtValue(text: string): ExtValueResult {
  const result = readExtValue(text, boundedDiagnostics());
  return { ...result, diagnostics: finishDiagnostics(result.diagnostics, text.length) };
}

function readExtValue(text: string, diagnostics: Diagnostic[]): ExtValueResult {
  const q1 = text.indexOf("'");
  const q2 = q1 < 0 ? -1 : text.indexOf("'", q1 + 1);
  if (q1 < 0 || q2 < 0) {
    diagnostics.push(
      diagnostic('error', 'ext-value-syntax', `An RFC 8187 value looks like UTF-8''text; the two apostrophes are missing`, 0, text.length),
    );
    return { diagnostics };
  }
  const charset = text.slice(0, q1);
  const language = text.slice(q1 + 1, q2);
  const bytes: number[] = [];
  for (let i = q2 + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x25 /* % */) {
      const hi = hexDigit(text.charCodeAt(i + 1));
      const lo = hexDigit(text.charCodeAt(i + 2));
      if (hi < 0 || lo < 0) {
        diagnostics.push(
          diagnostic('error', 'bad-percent-encoding', '"%" must be followed by two hex digits', i, Math.min(i + 3, text.length)),
        );
        continue;
      }
      bytes.push((hi << 4) | lo);
      i += 2;
    } else {
      if (!isAttrChar(code)) {
        diagnostics.push(
          diagnostic('error', 'bad-character', `${JSON.stringify(text[i])} must be percent-encoded in an RFC 8187 value`, i, i + 1),
        );
      }
      bytes.push(code & 0xff);
    }
  }
  const octets = Uint8Array.from(bytes);
  const lower = charset.toLowerCase();
  let value: string | undefined;
  if (lower === 'utf-8') {
    value = utf8DecodeStrict(octets);
    if (value === undefined)
      diagnostics.push(diagnostic('error', 'bad-utf8', 'The percent-encoded octets are not valid UTF-8', q2 + 1, text.length));
  } else if (lower === 'iso-8859-1') {
    value = latin1Decode(octets);
  } else {
    diagnostics.push(diagnostic('error', 'unknown-charset', `Charset "${charset}" is not UTF-8 or ISO-8859-1`, 0, q1));
  }
  return value === undefined ? { charset, language, diagnostics } : { value, charset, language, diagnostics };
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}
