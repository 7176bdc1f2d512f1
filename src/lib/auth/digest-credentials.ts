/**
 * Reading Digest credentials (RFC 7616 §3.4) from a parsed Proxy-Authorization / Authorization value.
 */
import { boundedDiagnostics, diagnostic, finishDiagnostics, type Diagnostic } from '../diagnostics';
import { fromHex } from '../bytes';
import type { Credentials } from '../http/credentials-field';
import { findParam } from '../http/challenges';
import { decodeExtValue } from '../http/ext-value';
import type { AuthParam } from '../http/auth-list';
import { canonicalAlgorithm, computeDigestResponse, digestHexLength, type DigestAlgorithm, type DigestQop } from './digest';

export interface DigestCredentials {
  /** The `username` value (a hash when userhash=true). */
  username?: string;
  /** `username*` decoded from its RFC 8187 form. */
  usernameStar?: string;
  userhash: boolean;
  realm?: string;
  uri?: string;
  /** As written; `algorithmKnown` tells whether it is registered. Default MD5. */
  algorithm: string;
  algorithmKnown?: DigestAlgorithm;
  nonce?: string;
  nc?: string;
  cnonce?: string;
  qop?: string;
  response?: string;
  opaque?: string;
  diagnostics: Diagnostic[];
}

// RFC 7616 §3.4: which parameters are quoted-strings and which are bare tokens in credentials.
const QUOTED = new Set(['username', 'realm', 'nonce', 'uri', 'response', 'cnonce', 'opaque']);
const UNQUOTED = new Set(['algorithm', 'qop', 'nc', 'userhash']);

/** Reads Digest credentials and reports what RFC 7616 §3.4 requires. Offsets are those of the parsed item. Never throws. */
export function decodeDigestCredentials(credentials: Credentials): DigestCredentials {
  const diagnostics = boundedDiagnostics();
  const get = (name: string): AuthParam | undefined => findParam(credentials, name);
  const value = (name: string): string | undefined => get(name)?.value;
  const result: DigestCredentials = {
    userhash: value('userhash')?.toLowerCase() === 'true',
    algorithm: value('algorithm') ?? 'MD5',
    diagnostics,
  };
  const copy = (name: 'username' | 'realm' | 'uri' | 'nonce' | 'nc' | 'cnonce' | 'qop' | 'response' | 'opaque'): void => {
    const v = value(name);
    if (v !== undefined) result[name] = v;
  };
  for (const name of ['username', 'realm', 'uri', 'nonce', 'nc', 'cnonce', 'qop', 'response', 'opaque'] as const) copy(name);
  const where =
    credentials.token68 !== undefined
      ? ([credentials.start, credentials.end] as const)
      : ([credentials.start, credentials.start + credentials.scheme.length] as const);
  if (credentials.token68 !== undefined) {
    diagnostics.push(diagnostic('error', 'digest-token68', 'Digest credentials are parameters (username="…", …), not a token68', ...where));
  }

  const star = get('username*');
  if (star !== undefined) {
    const ext = decodeExtValue(star.value);
    if (ext.value !== undefined) result.usernameStar = ext.value;
    const valueStart = star.start + star.name.length + 1;
    for (const d of ext.diagnostics)
      diagnostics.push({ ...d, start: Math.min(valueStart + d.start, star.end), end: Math.min(valueStart + d.end, star.end) });
    if (result.username !== undefined)
      diagnostics.push(
        diagnostic(
          'error',
          'username-and-username-star',
          'username and username* must not both be sent (RFC 7616 §3.4.4)',
          star.start,
          star.end,
        ),
      );
    if (result.userhash)
      diagnostics.push(
        diagnostic(
          'error',
          'userhash-with-username-star',
          'With userhash=true the username is a hash; username* must not be used (RFC 7616 §3.4.4)',
          star.start,
          star.end,
        ),
      );
  }

  // RFC 7616 §3.4: required parameters
  const missing = ['realm', 'nonce', 'uri', 'response'].filter((n) => get(n) === undefined);
  if (result.username === undefined && star === undefined) missing.unshift('username');
  if (missing.length > 0)
    diagnostics.push(
      diagnostic(
        'error',
        'missing-parameter',
        `Missing required parameter${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`,
        ...where,
      ),
    );

  const algorithm = canonicalAlgorithm(result.algorithm);
  if (algorithm === undefined) {
    const p = get('algorithm')!;
    diagnostics.push(
      diagnostic(
        'warning',
        'unknown-algorithm',
        `Algorithm "${result.algorithm}" is not one of the registered Digest algorithms`,
        p.start,
        p.end,
      ),
    );
  } else result.algorithmKnown = algorithm;

  checkQop(get, result, diagnostics, where);
  checkHex(get('response'), algorithm, diagnostics);
  if (result.userhash && result.username !== undefined && algorithm !== undefined) {
    checkHex(get('username'), algorithm, diagnostics, 'userhash');
  }
  for (const p of credentials.params) {
    const lower = p.name.toLowerCase();
    if (QUOTED.has(lower) && !p.quoted)
      diagnostics.push(diagnostic('warning', 'should-be-quoted', `${p.name} is a quoted-string in RFC 7616 §3.4`, p.start, p.end));
    if (UNQUOTED.has(lower) && p.quoted)
      diagnostics.push(
        diagnostic(
          'warning',
          'should-not-be-quoted',
          `${p.name} is a bare token in RFC 7616 §3.4; some servers reject the quotes`,
          p.start,
          p.end,
        ),
      );
  }
  result.diagnostics = finishDiagnostics(diagnostics, credentials.end);
  return result;
}

/** Recomputes the response from a password and compares. Never throws: impossible inputs give `matches: false` and a reason. */
export function checkDigestCredentials(
  decoded: DigestCredentials,
  secret: { username?: string; password: string },
  request: { method: string; entityBody?: string | Uint8Array },
): { expected?: string; matches: boolean; reason?: string } {
  const username = secret.username ?? decoded.usernameStar ?? decoded.username;
  if (username === undefined) return { matches: false, reason: 'no username to hash' };
  try {
    const qop = decoded.qop === 'auth' || decoded.qop === 'auth-int' ? (decoded.qop as DigestQop) : undefined;
    const computed = computeDigestResponse({
      algorithm: decoded.algorithm,
      username,
      password: secret.password,
      realm: decoded.realm ?? '',
      nonce: decoded.nonce ?? '',
      method: request.method,
      uri: decoded.uri ?? '',
      ...(qop !== undefined ? { qop, cnonce: decoded.cnonce ?? '', nc: decoded.nc ?? 1 } : {}),
      ...(qop === 'auth-int' ? { entityBody: request.entityBody ?? '' } : {}),
    });
    return { expected: computed.response, matches: computed.response === decoded.response?.toLowerCase() };
  } catch (error) {
    return { matches: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function checkQop(
  get: (name: string) => AuthParam | undefined,
  result: DigestCredentials,
  diagnostics: Diagnostic[],
  where: readonly [number, number],
): void {
  const qop = get('qop');
  const nc = get('nc');
  const cnonce = get('cnonce');
  if (qop !== undefined) {
    if (qop.value !== 'auth' && qop.value !== 'auth-int') {
      diagnostics.push(
        diagnostic('error', 'bad-qop', `qop must be "auth" or "auth-int" in credentials, not "${qop.value}"`, qop.start, qop.end),
      );
    }
    // RFC 7616 §3.4: cnonce and nc MUST be sent with qop
    const lacking = [cnonce === undefined ? 'cnonce' : '', nc === undefined ? 'nc' : ''].filter(Boolean);
    if (lacking.length > 0)
      diagnostics.push(
        diagnostic(
          'error',
          'qop-without-cnonce',
          `With qop, ${lacking.join(' and ')} must be sent too (RFC 7616 §3.4)`,
          qop.start,
          qop.end,
        ),
      );
  } else {
    for (const p of [nc, cnonce]) {
      if (p !== undefined)
        diagnostics.push(diagnostic('error', 'without-qop', `${p.name} must not be sent without qop (RFC 7616 §3.4)`, p.start, p.end));
    }
    if (result.algorithm.toLowerCase().endsWith('-sess'))
      diagnostics.push(diagnostic('error', 'sess-without-qop', `${result.algorithm} needs qop and cnonce`, ...where));
  }
  if (nc !== undefined) {
    // nc = 8LHEX
    if (nc.value.length !== 8 || fromHex(nc.value) === undefined) {
      diagnostics.push(diagnostic('error', 'bad-nc', `nc must be exactly 8 hex digits, not "${nc.value}"`, nc.start, nc.end));
    } else if (nc.value === '00000000') {
      diagnostics.push(diagnostic('warning', 'zero-nc', 'nc counts requests from 00000001; 00000000 is never valid', nc.start, nc.end));
    }
  }
}

function checkHex(
  param: AuthParam | undefined,
  algorithm: DigestAlgorithm | undefined,
  diagnostics: Diagnostic[],
  what = 'response',
): void {
  if (param === undefined) return;
  const v = param.value;
  if (fromHex(v) === undefined) {
    diagnostics.push(diagnostic('error', `bad-${what}`, `The ${what} must be hex digits`, param.start, param.end));
  } else if (algorithm !== undefined && v.length !== digestHexLength(algorithm)) {
    diagnostics.push(
      diagnostic(
        'error',
        `bad-${what}-length`,
        `A ${algorithm} ${what} has ${digestHexLength(algorithm)} hex digits, this one has ${v.length}`,
        param.start,
        param.end,
      ),
    );
  }
}

/**
 * The request method a Digest `uri` implies when the reader gives none: CONNECT when the uri is in authority
 * form (host:port, RFC 9112 §3.2.3: what a client sends through a proxy for an https:// URL), GET otherwise.
 */
export function defaultDigestMethod(uri: string | undefined): 'CONNECT' | 'GET' {
  return uri !== undefined && isAuthorityForm(uri) ? 'CONNECT' : 'GET';
}

/** authority-form = uri-host ":" port: no scheme, path, query or userinfo, digits after the last colon. */
function isAuthorityForm(uri: string): boolean {
  return /^(\[[^\]/?@]*\]|[^:/?@[\]*]+):\d+$/.test(uri);
}
