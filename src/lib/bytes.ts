/**
 * Byte conversions that behave the same in the browser and in Node: no Buffer, no atob on unchecked input.
 * Decoders are total: they report where the input stops being valid instead of throwing.
 */

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE_STD = makeDecodeTable(BASE64_ALPHABET);
const DECODE_URL = makeDecodeTable(BASE64URL_ALPHABET);
const HEX = '0123456789abcdef';

export interface Base64Result {
  bytes: Uint8Array;
  /** Offset (into the text) of the first character that is not valid, if any. */
  errorAt?: number;
  /** Why decoding stopped or what was tolerated. */
  error?: 'bad-character' | 'bad-padding' | 'bad-length';
}

export interface Base64Options {
  /** base64url alphabet (RFC 4648 §5) instead of the standard one (§4). */
  url?: boolean;
  /** Require `=` padding to a multiple of 4 characters (the standard alphabet's canonical form). */
  requirePadding?: boolean;
}

/** Decodes base64 (RFC 4648 §4) or base64url (§5). Stops at the first invalid character and says where. */
export function decodeBase64(text: string, options: Base64Options = {}): Base64Result {
  const table = options.url ? DECODE_URL : DECODE_STD;
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x3d /* = */) end--;
  const padding = text.length - end;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? table[code]! : -1;
    if (value < 0) {
      return { bytes: out.slice(0, written), errorAt: i, error: 'bad-character' };
    }
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffer >> bits) & 0xff;
    }
  }
  const bytes = out.slice(0, written);
  if (end % 4 === 1) return { bytes, errorAt: end - 1, error: 'bad-length' };
  if (padding > 2 || (padding > 0 && (end + padding) % 4 !== 0)) {
    return { bytes, errorAt: end, error: 'bad-padding' };
  }
  if (options.requirePadding && (end + padding) % 4 !== 0) {
    return { bytes, errorAt: text.length, error: 'bad-padding' };
  }
  return { bytes };
}

export function encodeBase64(bytes: Uint8Array, options: { url?: boolean; pad?: boolean } = {}): string {
  const alphabet = options.url ? BASE64URL_ALPHABET : BASE64_ALPHABET;
  const pad = options.pad ?? !options.url;
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + (pad ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += alphabet[(n >> 18) & 63]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + (pad ? '=' : '');
  }
  return out;
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX[b >> 4]! + HEX[b & 15]!;
  return out;
}

/** Parses hex digits (either case); returns undefined for odd length or a non-hex digit. */
export function fromHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(hex.charCodeAt(2 * i));
    const lo = hexValue(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return undefined;
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const utf8Encoder = new TextEncoder();

/** UTF-8 bytes of a string; lone surrogates become U+FFFD (as TextEncoder does). */
export function utf8Encode(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/** Strict UTF-8 decoding: undefined when the bytes are not valid UTF-8. */
export function utf8DecodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** ISO-8859-1: every byte is the code point of the same value. */
export function latin1Decode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

/** ISO-8859-1 bytes of a string; undefined when a character is above U+00FF. */
export function latin1Encode(text: string): Uint8Array | undefined {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return undefined;
    out[i] = code;
  }
  return out;
}

/** UTF-16LE, as NTLM's Unicode strings are. An odd trailing byte is ignored. */
export function utf16leDecode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i]! | (bytes[i + 1]! << 8));
  return out;
}

export function utf16leEncode(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i] = code & 0xff;
    out[2 * i + 1] = code >> 8;
  }
  return out;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

function makeDecodeTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
