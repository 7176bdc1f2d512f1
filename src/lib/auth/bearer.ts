/**
 * The Bearer scheme (RFC 6750): the b64token in credentials (§2.1), a look inside JWTs (RFC 7519) without
 * verifying them, and the error attributes of Bearer challenges (§3).
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { decodeBase64, utf8DecodeStrict } from '../bytes';
import { isToken68, isToken68Char, scanWhile } from '../http/chars';
import { findParam, type Challenge } from '../http/challenges';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JwtTime {
  claim: 'exp' | 'nbf' | 'iat';
  /** NumericDate: seconds since 1970-01-01T00:00:00Z (RFC 7519 §2). */
  seconds: number;
  iso: string;
}

export interface JwtInfo {
  /** JWS compact form has three parts, JWE compact form five (only its header is readable). */
  form: 'JWS' | 'JWE';
  header: JsonValue;
  payload?: JsonValue;
  times: JwtTime[];
  /** Set only when `now` was given. */
  expired?: boolean;
  notYetValid?: boolean;
  /** Always false: nothing here checks a signature. */
  verified: false;
  note: string;
}

export interface BearerToken {
  token: string;
  /** Whether the token matches b64token (RFC 6750 §2.1). */
  syntaxValid: boolean;
  jwt?: JwtInfo;
  diagnostics: Diagnostic[];
}

export interface BearerChallengeInfo {
  realm?: string;
  /** Space-delimited scope tokens (RFC 6750 §3). */
  scope?: string[];
  error?: string;
  /** The status code RFC 6750 §3.1 pairs with the error code, when it is a registered one. */
  errorStatus?: 400 | 401 | 403;
  errorDescription?: string;
  errorUri?: string;
  diagnostics: Diagnostic[];
}

const NOT_VERIFIED = 'Decoded only: the signature is not verified, so nothing here proves who issued the token or that it was not altered.';

// RFC 6750 §3.1
const ERROR_STATUS: Record<string, 400 | 401 | 403> = { invalid_request: 400, invalid_token: 401, insufficient_scope: 403 };

/** Reads a Bearer token; when it is a JWT, decodes its header and payload. `now` is in milliseconds since the epoch. Never throws. */
export function decodeBearer(token: string, options: { now?: number } = {}): BearerToken {
  const diagnostics: Diagnostic[] = [];
  const syntaxValid = isToken68(token); // b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
  if (!syntaxValid) {
    const at = firstBadB64tokenChar(token);
    diagnostics.push(
      diagnostic(
        'error',
        'bad-b64token',
        token === '' ? 'The Bearer token is empty' : `The character at ${at} is not allowed in a Bearer token (RFC 6750 §2.1)`,
        at,
        Math.min(at + 1, token.length),
      ),
    );
  }
  const result: BearerToken = { token, syntaxValid, diagnostics };
  const jwt = decodeJwt(token, diagnostics);
  if (jwt !== undefined) {
    if (options.now !== undefined) {
      const now = options.now / 1000;
      const exp = jwt.times.find((t) => t.claim === 'exp');
      const nbf = jwt.times.find((t) => t.claim === 'nbf');
      jwt.expired = exp !== undefined && now >= exp.seconds;
      jwt.notYetValid = nbf !== undefined && now < nbf.seconds;
      if (jwt.expired) diagnostics.push(diagnostic('warning', 'jwt-expired', `The token expired at ${exp!.iso}`, 0, token.length));
      if (jwt.notYetValid)
        diagnostics.push(diagnostic('warning', 'jwt-not-yet-valid', `The token is not valid before ${nbf!.iso}`, 0, token.length));
    }
    result.jwt = jwt;
  }
  return result;
}

/** The error attributes of a Bearer challenge (RFC 6750 §3). Offsets are those of the parsed challenge. Never throws. */
export function describeBearerChallenge(challenge: Challenge): BearerChallengeInfo {
  const diagnostics: Diagnostic[] = [];
  const info: BearerChallengeInfo = { diagnostics };
  const realm = findParam(challenge, 'realm');
  if (realm !== undefined) info.realm = realm.value;
  const scope = findParam(challenge, 'scope');
  if (scope !== undefined) {
    info.scope = scope.value.split(' ').filter((s) => s !== '');
    checkChars(scope.value, scope, diagnostics, 'scope', true);
  }
  const error = findParam(challenge, 'error');
  if (error !== undefined) {
    info.error = error.value;
    const status = ERROR_STATUS[error.value];
    if (status !== undefined) info.errorStatus = status;
    else
      diagnostics.push(
        diagnostic(
          'warning',
          'unknown-bearer-error',
          `"${error.value}" is not one of invalid_request, invalid_token, insufficient_scope (RFC 6750 §3.1)`,
          error.start,
          error.end,
        ),
      );
    checkChars(error.value, error, diagnostics, 'error', false);
  }
  const description = findParam(challenge, 'error_description');
  if (description !== undefined) {
    info.errorDescription = description.value;
    checkChars(description.value, description, diagnostics, 'error_description', false);
  }
  const uri = findParam(challenge, 'error_uri');
  if (uri !== undefined) info.errorUri = uri.value;
  if (challenge.token68 !== undefined) {
    diagnostics.push(
      diagnostic('error', 'bearer-token68', 'A Bearer challenge carries parameters, not a token68', challenge.start, challenge.end),
    );
  }
  return info;
}

function decodeJwt(token: string, diagnostics: Diagnostic[]): JwtInfo | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 && parts.length !== 5) return undefined;
  const header = decodeJsonSegment(parts[0]!);
  if (header === undefined || typeof header !== 'object' || header === null || Array.isArray(header)) return undefined;
  const form = parts.length === 3 ? 'JWS' : 'JWE';
  const jwt: JwtInfo = { form, header, times: [], verified: false, note: NOT_VERIFIED };
  if (form === 'JWE') {
    jwt.note = 'An encrypted JWT (JWE): only its header can be read without the key. ' + NOT_VERIFIED;
    return jwt;
  }
  const payloadStart = parts[0]!.length + 1;
  const payload = decodeJsonSegment(parts[1]!);
  if (payload === undefined) {
    diagnostics.push(
      diagnostic(
        'warning',
        'jwt-payload-not-json',
        'The JWT payload is not base64url-encoded JSON',
        payloadStart,
        payloadStart + parts[1]!.length,
      ),
    );
    return jwt;
  }
  jwt.payload = payload;
  if (typeof payload === 'object' && payload !== null && !Array.isArray(payload)) {
    for (const claim of ['exp', 'nbf', 'iat'] as const) {
      const value = payload[claim];
      if (value === undefined) continue;
      const ms = typeof value === 'number' ? value * 1000 : NaN;
      // Date's range is ±8.64e15 ms (ECMA-262 §21.4.1.1); outside it toISOString would throw.
      if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
        diagnostics.push(
          diagnostic(
            'warning',
            'jwt-bad-time',
            `The ${claim} claim is not a NumericDate (seconds since 1970)`,
            payloadStart,
            payloadStart + parts[1]!.length,
          ),
        );
        continue;
      }
      jwt.times.push({ claim, seconds: value as number, iso: new Date(ms).toISOString() });
    }
  }
  if (parts[2] === '')
    diagnostics.push(diagnostic('info', 'jwt-unsigned', 'The JWT has no signature (alg "none"?)', token.length, token.length));
  return jwt;
}

function decodeJsonSegment(segment: string): JsonValue | undefined {
  const decoded = decodeBase64(segment, { url: true });
  if (decoded.errorAt !== undefined || segment === '') return undefined;
  const text = utf8DecodeStrict(decoded.bytes);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

function firstBadB64tokenChar(token: string): number {
  const run = scanWhile(token, 0, isToken68Char);
  return scanWhile(token, run, (c) => c === 0x3d /* = */);
}

// RFC 6750 §3: error and error_description are %x20-21 / %x23-5B / %x5D-7E; scope tokens the same without SP.
function checkChars(value: string, param: { start: number; end: number }, diagnostics: Diagnostic[], name: string, scope: boolean): void {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const ok = c === 0x20 || c === 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e);
    if (!ok) {
      diagnostics.push(
        diagnostic(
          'error',
          'bearer-bad-character',
          `${name} may not contain ${c === 0x22 ? 'a double quote' : c === 0x5c ? 'a backslash' : `U+${c.toString(16).toUpperCase().padStart(4, '0')}`} (RFC 6750 §3)`,
          param.start,
          param.end,
        ),
      );
      return;
    }
  }
  if (scope && value.includes('  '))
    diagnostics.push(diagnostic('info', 'scope-double-space', 'Scope tokens are separated by single spaces', param.start, param.end));
}
