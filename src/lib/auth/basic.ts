/**
 * The Basic scheme (RFC 7617): credentials are base64(user-id ":" password).
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { decodeBase64, encodeBase64, latin1Decode, latin1Encode, utf8DecodeStrict, utf8Encode } from '../bytes';
import { isCtl } from '../http/chars';

export interface BasicOptions {
  /**
   * How characters become octets. RFC 7617 §2.1 defines only charset="UTF-8"; without it the encoding is
   * unspecified and many servers expect ISO-8859-1. Default 'utf-8'.
   */
  charset?: 'utf-8' | 'latin1';
}

export interface BasicCredentials {
  /** The decoded octets as text (UTF-8 when valid, otherwise ISO-8859-1). */
  text: string;
  /** Present when the decoded text holds a colon. */
  userId?: string;
  password?: string;
  bytes: Uint8Array;
  encoding: 'utf-8' | 'latin1';
  diagnostics: Diagnostic[];
}

export interface BasicInputProblem {
  field: 'user-id' | 'password';
  /** UTF-16 offset of the offending character in that field. */
  at: number;
  message: string;
}

/**
 * The first reason `encodeBasic` would refuse these values, located at the character: a colon in the user-id
 * (RFC 7617 §2), a control character in either (RFC 7617 §2), or with ISO-8859-1 a character above U+00FF.
 */
export function basicInputProblem(userId: string, password: string, charset: 'utf-8' | 'latin1'): BasicInputProblem | undefined {
  const colon = userId.indexOf(':');
  if (colon >= 0) return { field: 'user-id', at: colon, message: 'must not contain a colon (RFC 7617 §2)' };
  for (const [field, value] of [
    ['user-id', userId],
    ['password', password],
  ] as const) {
    const at = firstCtl(value);
    if (at >= 0) return { field, at, message: `holds a control character, ${codePoint(value, at)} (RFC 7617 §2)` };
    if (charset === 'latin1') {
      for (let i = 0; i < value.length; i++) {
        if (value.charCodeAt(i) > 0xff) return { field, at: i, message: `holds ${codePoint(value, i)}, which ISO-8859-1 cannot encode` };
      }
    }
  }
  return undefined;
}

function codePoint(value: string, at: number): string {
  return `U+${(value.codePointAt(at) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Builds a Basic credentials value, "Basic <base64>" (RFC 7617 §2).
 * Throws a TypeError for a colon in the user-id, control characters in either part, or (latin1) a character
 * above U+00FF. With UTF-8 the strings are first normalised to NFC, as RFC 7617 §2.1 asks.
 */
export function encodeBasic(userId: string, password: string, options: BasicOptions = {}): string {
  const charset = options.charset ?? 'utf-8';
  if (charset !== 'utf-8' && charset !== 'latin1') throw new TypeError(`Unknown charset ${JSON.stringify(charset)}`);
  const problem = basicInputProblem(userId, password, charset);
  if (problem) throw new TypeError(`The ${problem.field} ${problem.message} at index ${problem.at}`);
  const pass = `${userId}:${password}`;
  let bytes: Uint8Array;
  if (charset === 'latin1') {
    bytes = latin1Encode(pass)!; // basicInputProblem refused what ISO-8859-1 cannot encode
  } else {
    bytes = utf8Encode(pass.normalize('NFC')); // RFC 7617 §2.1: NFC, then UTF-8
  }
  return `Basic ${encodeBase64(bytes)}`;
}

/**
 * Decodes the token68 of Basic credentials. Never throws. Offsets of diagnostics point into `token68`;
 * problems found in the decoded octets point at the four base64 characters that carry the octet.
 */
export function decodeBasic(token68: string): BasicCredentials {
  const diagnostics: Diagnostic[] = [];
  const decoded = decodeBase64(token68);
  if (token68.length === 0) {
    diagnostics.push(diagnostic('error', 'empty-credentials', 'The Basic credentials are empty', 0, 0));
  } else if (decoded.errorAt !== undefined) {
    const at = decoded.errorAt;
    const message =
      decoded.error === 'bad-character'
        ? `${describe(token68, at)} is not a base64 character (RFC 4648 §4); decoding stopped here`
        : decoded.error === 'bad-length'
          ? 'The base64 text has a stray final character'
          : 'The "=" padding is wrong';
    diagnostics.push(
      diagnostic('error', `base64-${decoded.error ?? 'invalid'}`, message, at, decoded.error === 'bad-character' ? at + 1 : token68.length),
    );
  } else if (token68.length % 4 !== 0) {
    diagnostics.push(
      diagnostic(
        'warning',
        'base64-missing-padding',
        'The base64 text lacks its "=" padding; most servers accept it, some do not',
        token68.length,
        token68.length,
      ),
    );
  }
  const bytes = decoded.bytes;
  const utf8 = utf8DecodeStrict(bytes);
  const encoding = utf8 === undefined ? 'latin1' : 'utf-8';
  const text = utf8 ?? latin1Decode(bytes);
  if (utf8 === undefined) {
    diagnostics.push(diagnostic('info', 'not-utf8', 'The octets are not valid UTF-8; shown as ISO-8859-1', 0, token68.length));
  }
  const result: BasicCredentials = { text, bytes, encoding, diagnostics };
  const colonByte = bytes.indexOf(0x3a);
  if (colonByte < 0) {
    if (bytes.length > 0) {
      diagnostics.push(
        diagnostic('error', 'missing-colon', 'The decoded text has no colon between user-id and password (RFC 7617 §2)', 0, token68.length),
      );
    }
  } else {
    const colon = text.indexOf(':');
    result.userId = text.slice(0, colon);
    result.password = text.slice(colon + 1);
    if (colon === 0) diagnostics.push(diagnostic('warning', 'empty-user-id', 'The user-id is empty', ...span(0)));
    if (result.password === '') diagnostics.push(diagnostic('info', 'empty-password', 'The password is empty', ...span(colonByte)));
  }
  for (let i = 0; i < bytes.length; i++) {
    if (isCtl(bytes[i]!)) {
      // RFC 7617 §2: control characters are not allowed in user-id or password
      diagnostics.push(
        diagnostic(
          'error',
          'control-character',
          `Decoded octet ${i} is a control character (0x${bytes[i]!.toString(16).padStart(2, '0')})`,
          ...span(i),
        ),
      );
      break;
    }
  }
  return result;

  // Octet i of the decoded data is carried by base64 characters 4*floor(i/3) .. +4.
  function span(byteIndex: number): [number, number] {
    const start = Math.min(4 * Math.floor(byteIndex / 3), token68.length);
    return [start, Math.min(start + 4, token68.length)];
  }
}

function firstCtl(value: string): number {
  for (let i = 0; i < value.length; i++) if (isCtl(value.charCodeAt(i))) return i;
  return -1;
}

function describe(text: string, at: number): string {
  const code = text.charCodeAt(at);
  return code > 0x20 && code < 0x7f ? `"${text[at]}"` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
