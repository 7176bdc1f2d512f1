/**
 * The Digest scheme's computation: RFC 7616 §3.4 (and RFC 2617 §3.2.2 when the server offers no qop).
 *
 *   A1       = unq(username) ":" unq(realm) ":" passwd                      (§3.4.2)
 *   A1 -sess = H( unq(username) ":" unq(realm) ":" passwd ) ":" unq(nonce) ":" unq(cnonce)
 *   A2       = Method ":" request-uri                                       (§3.4.3, qop=auth or absent)
 *   A2       = Method ":" request-uri ":" H(entity-body)                    (§3.4.3, qop=auth-int)
 *   response = KD( H(A1), unq(nonce) ":" nc ":" unq(cnonce) ":" unq(qop) ":" H(A2) )   (§3.4.1)
 *   response = KD( H(A1), unq(nonce) ":" H(A2) )                           (RFC 2617 §3.2.2.1, no qop)
 *   KD(secret, data) = H( secret ":" data )
 */
import { md5 } from '@noble/hashes/legacy.js';
import { sha256, sha512_256 } from '@noble/hashes/sha2.js';
import { latin1Encode, toHex, utf8Encode } from '../bytes';
import { isToken } from '../http/chars';
import { encodeExtValue } from '../http/ext-value';
import { quoteString } from '../http/quoted-string';

export type DigestAlgorithm = 'MD5' | 'MD5-sess' | 'SHA-256' | 'SHA-256-sess' | 'SHA-512-256' | 'SHA-512-256-sess';
export type DigestQop = 'auth' | 'auth-int';

/** RFC 7616 §6.1 algorithm registry, with the hash each name stands for. */
const HASHES: Record<DigestAlgorithm, (data: Uint8Array) => Uint8Array> = {
  MD5: md5,
  'MD5-sess': md5,
  'SHA-256': sha256,
  'SHA-256-sess': sha256,
  // SHA-512/256 of FIPS 180-4 §6.7 (its own initial values), not a truncated SHA-512.
  'SHA-512-256': sha512_256,
  'SHA-512-256-sess': sha512_256,
};

export const DIGEST_ALGORITHMS = Object.keys(HASHES) as DigestAlgorithm[];

export interface DigestInput {
  /** Default MD5 (RFC 7616 §3.3: "If this is not present, it is assumed to be MD5"). Case-insensitive. */
  algorithm?: string;
  username: string;
  password: string;
  realm: string;
  nonce: string;
  method: string;
  /** The request-target as sent (for a proxy: the absolute-form URI, or host:port for CONNECT). */
  uri: string;
  /** Omit for RFC 2617/2069 compatibility with servers that offer no qop. */
  qop?: DigestQop;
  /** Nonce count: a number (1 → "00000001") or 8 hex digits. Default 1 when qop is given. */
  nc?: number | string;
  cnonce?: string;
  opaque?: string;
  /** Required for qop=auth-int ('' for a request without body). Strings are hashed as UTF-8. */
  entityBody?: string | Uint8Array;
  /** RFC 7616 §3.4.4: send H(username ":" realm) instead of the name. */
  userhash?: boolean;
  /** How strings become octets before hashing. Default 'utf-8' (RFC 7616 §4, charset=UTF-8). */
  charset?: 'utf-8' | 'latin1';
}

export interface DigestResponse {
  algorithm: DigestAlgorithm;
  /** H(A1), hex. */
  ha1: string;
  /** A2 (no secret in it), and H(A2) hex. */
  a2: string;
  ha2: string;
  /** The data KD hashes after H(A1) ":" (no secret in it). */
  kdData: string;
  /** The request-digest, hex. */
  response: string;
  /** The value sent as username: the name itself, its userhash, or its RFC 8187 encoding for `username*`. */
  username: string;
  usernameParam: 'username' | 'username*';
  /** The whole credentials value: `Digest username="…", realm="…", …`. */
  header: string;
}

/**
 * Computes Digest credentials. Throws a TypeError for arguments that cannot make a valid response
 * (unknown algorithm, qop without cnonce, a bad nc, a method that is not a token, …).
 */
export function computeDigestResponse(input: DigestInput): DigestResponse {
  const algorithm = canonicalAlgorithm(input.algorithm ?? 'MD5');
  if (algorithm === undefined) throw new TypeError(`Unsupported Digest algorithm ${JSON.stringify(input.algorithm)}`);
  const H = HASHES[algorithm];
  const encode = encoder(input.charset ?? 'utf-8');
  const hex = (text: string | Uint8Array): string => toHex(H(typeof text === 'string' ? encode(text) : text));
  for (const key of ['username', 'password', 'realm', 'nonce', 'uri'] as const) {
    if (typeof input[key] !== 'string') throw new TypeError(`${key} must be a string`);
  }
  if (!isToken(input.method)) throw new TypeError(`The method ${JSON.stringify(input.method)} is not a token`);
  if (input.uri === '') throw new TypeError('The uri must not be empty');
  const qop = input.qop;
  if (qop !== undefined && qop !== 'auth' && qop !== 'auth-int')
    throw new TypeError(`qop must be "auth" or "auth-int", not ${JSON.stringify(qop)}`);
  const sess = algorithm.endsWith('-sess');
  if ((qop !== undefined || sess) && (input.cnonce === undefined || input.cnonce === '')) {
    throw new TypeError(sess ? `${algorithm} needs a cnonce` : 'qop needs a cnonce (RFC 7616 §3.4)');
  }
  if (sess && qop === undefined) throw new TypeError(`${algorithm} needs a qop (RFC 7616 §3.4.2)`);
  if (qop === undefined && input.nc !== undefined) throw new TypeError('nc is only sent with a qop');
  if (qop === 'auth-int' && input.entityBody === undefined) throw new TypeError("qop=auth-int needs the entityBody ('' for none)");
  const nc = qop === undefined ? undefined : formatNonceCount(input.nc ?? 1);
  const cnonce = input.cnonce ?? '';

  // RFC 7616 §3.4.2
  let ha1 = hex(`${input.username}:${input.realm}:${input.password}`);
  if (sess) ha1 = hex(`${ha1}:${input.nonce}:${cnonce}`);
  // RFC 7616 §3.4.3
  const a2 = qop === 'auth-int' ? `${input.method}:${input.uri}:${hex(input.entityBody ?? '')}` : `${input.method}:${input.uri}`;
  const ha2 = hex(a2);
  // RFC 7616 §3.4.1; RFC 2617 §3.2.2.1 without qop
  const kdData = qop === undefined ? `${input.nonce}:${ha2}` : `${input.nonce}:${nc}:${cnonce}:${qop}:${ha2}`;
  const response = hex(`${ha1}:${kdData}`);

  // RFC 7616 §3.4.4: userhash, or username* when the name does not fit a quoted-string
  let username: string;
  let usernameParam: 'username' | 'username*' = 'username';
  if (input.userhash === true) username = hex(`${input.username}:${input.realm}`);
  else if (needsExtValue(input.username)) {
    username = encodeExtValue(input.username);
    usernameParam = 'username*';
  } else username = input.username;

  const parts = [
    usernameParam === 'username' ? `username=${quoteString(username)}` : `username*=${username}`,
    `realm=${quoteString(input.realm)}`,
    `uri=${quoteString(input.uri)}`,
  ];
  if (input.algorithm !== undefined) parts.push(`algorithm=${algorithm}`);
  parts.push(`nonce=${quoteString(input.nonce)}`);
  if (qop !== undefined) parts.push(`nc=${nc}`, `cnonce=${quoteString(cnonce)}`, `qop=${qop}`);
  parts.push(`response="${response}"`);
  if (input.opaque !== undefined) parts.push(`opaque=${quoteString(input.opaque)}`);
  if (input.userhash === true) parts.push('userhash=true');
  return { algorithm, ha1, a2, ha2, kdData, response, username, usernameParam, header: `Digest ${parts.join(', ')}` };
}

/** The registered spelling of an algorithm name, matched case-insensitively; undefined when unknown. */
export function canonicalAlgorithm(name: string): DigestAlgorithm | undefined {
  const lower = name.toLowerCase();
  return DIGEST_ALGORITHMS.find((a) => a.toLowerCase() === lower);
}

/** The length in hex digits of a response computed with this algorithm. */
export function digestHexLength(algorithm: DigestAlgorithm): number {
  return algorithm.startsWith('MD5') ? 32 : 64;
}

/** nc = 8LHEX (RFC 7616 §3.4). Throws a TypeError for anything else. */
export function formatNonceCount(nc: number | string): string {
  if (typeof nc === 'number') {
    if (!Number.isInteger(nc) || nc < 1 || nc > 0xffffffff) throw new TypeError(`nc must be an integer from 1 to 0xffffffff, not ${nc}`);
    return nc.toString(16).padStart(8, '0');
  }
  if (nc.length !== 8 || !/^[0-9a-fA-F]{8}$/.test(nc)) throw new TypeError(`nc must be 8 hex digits, not ${JSON.stringify(nc)}`);
  return nc.toLowerCase();
}

/**
 * Whether a username must go in `username*` (RFC 7616 §3.4.4). A quoted-string could carry octets 0x80-0xFF as
 * obs-text, but a server cannot tell their charset, so anything outside printable ASCII is encoded.
 */
export function needsExtValue(username: string): boolean {
  for (let i = 0; i < username.length; i++) {
    const c = username.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return true;
  }
  return false;
}

function encoder(charset: 'utf-8' | 'latin1'): (text: string) => Uint8Array {
  if (charset === 'utf-8') return utf8Encode;
  if (charset !== 'latin1') throw new TypeError(`Unknown charset ${JSON.stringify(charset)}`);
  return (text) => {
    const bytes = latin1Encode(text);
    if (bytes === undefined) throw new TypeError('A character above U+00FF cannot be hashed as ISO-8859-1');
    return bytes;
  };
}
