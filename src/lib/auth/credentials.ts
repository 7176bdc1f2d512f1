/**
 * Decoding what a client sent in Proxy-Authorization (or Authorization): one entry point for a bare value
 * ("Basic QWxh…"), a header line ("Proxy-Authorization: Basic QWxh…", curl -v's "> " prefix allowed) or a
 * whole raw request, dispatched on the auth-scheme. Every diagnostic offset in the result, nested ones included,
 * points into the input given (NTLM and Negotiate message fields keep their byte offsets into the decoded token).
 */
import { appendDiagnostics, finishDiagnostics, clampDiagnostics, diagnostic, type Diagnostic } from '../diagnostics';
import { isOws, isTchar, isToken68, scanWhile } from '../http/chars';
import type { AuthParam } from '../http/auth-list';
import { parseCredentials } from '../http/credentials-field';
import { decodeBasic, type BasicCredentials } from './basic';
import { decodeBearer, type BearerToken } from './bearer';
import { decodeDigestCredentials, type DigestCredentials } from './digest-credentials';
import { decodeNtlmMessage } from './ntlm';
import { decodeNegotiate } from './negotiate';

type NtlmMessage = NonNullable<ReturnType<typeof decodeNtlmMessage>['message']>;
type NegotiateToken = NonNullable<ReturnType<typeof decodeNegotiate>['token']>;

interface CredentialsBase {
  /** The auth-scheme as written. */
  scheme: string;
  token68?: string;
  params: AuthParam[];
  /** Offsets of the credentials (scheme to last character) in the input. */
  start: number;
  end: number;
  /** The field name when the input named one ("Proxy-Authorization"), as written. */
  fieldName?: string;
}

export type DecodedCredentials =
  | (CredentialsBase & { kind: 'basic'; basic?: BasicCredentials })
  | (CredentialsBase & { kind: 'digest'; digest: DigestCredentials })
  | (CredentialsBase & { kind: 'bearer'; bearer?: BearerToken })
  | (CredentialsBase & { kind: 'ntlm'; ntlm?: NtlmMessage })
  | (CredentialsBase & { kind: 'negotiate'; negotiate?: NegotiateToken })
  | (CredentialsBase & { kind: 'other' });

export interface DecodeCredentialsResult {
  credentials?: DecodedCredentials;
  diagnostics: Diagnostic[];
}

const TOKEN68_SCHEMES = new Set(['basic', 'bearer', 'ntlm', 'negotiate']);
const CHALLENGE_FIELDS = new Set(['proxy-authenticate', 'www-authenticate']);

/**
 * Decodes a Proxy-Authorization / Authorization value, header line or raw request. Never throws.
 * `now` (milliseconds since the epoch) lets Bearer JWTs be checked for expiry.
 */
export function decodeCredentials(input: string, options: { now?: number } = {}): DecodeCredentialsResult {
  const located = locateValue(input);
  const diagnostics = located.diagnostics;
  if (located.value === undefined) return { diagnostics: finish(diagnostics, input.length) };
  const { start: at, end: valueEnd, fieldName } = located.value;
  const bare = bareBasic(input, at, valueEnd, fieldName);
  if (bare !== undefined)
    return { credentials: bare.credentials, diagnostics: finish([...diagnostics, ...bare.diagnostics], input.length) };
  const parsed = parseCredentials(input.slice(at, valueEnd));
  appendDiagnostics(diagnostics, parsed.diagnostics, at);
  const item = parsed.credentials;
  if (item === undefined) return { diagnostics: finish(diagnostics, input.length) };

  const base: CredentialsBase = {
    scheme: item.scheme,
    params: item.params.map((p) => ({ ...p, start: p.start + at, end: p.end + at })),
    start: item.start + at,
    end: item.end + at,
  };
  if (item.token68 !== undefined) base.token68 = item.token68;
  if (fieldName !== undefined) base.fieldName = fieldName;
  const lower = item.scheme.toLowerCase();
  const token68 = item.token68;
  // The token68 ends the item, so it starts token68.length before the item's end.
  const tokenStart = token68 === undefined ? base.end : base.end - token68.length;

  // Unless the grammar already pointed at what follows the scheme (a stray character in the token).
  const reportedAfterScheme = diagnostics.some((d) => d.severity === 'error' && d.start >= base.end);
  if (TOKEN68_SCHEMES.has(lower) && token68 === undefined && !reportedAfterScheme) {
    const what = item.params.length > 0 ? 'parameters' : 'nothing';
    diagnostics.push(
      diagnostic(
        'error',
        'missing-token68',
        `${item.scheme} credentials are a base64 token, but ${what} followed the scheme`,
        base.start,
        base.end,
      ),
    );
  }
  let credentials: DecodedCredentials;
  switch (lower) {
    case 'basic': {
      credentials = { ...base, kind: 'basic' };
      if (token68 !== undefined) {
        const basic = decodeBasic(token68);
        const shifted = shift(basic.diagnostics, tokenStart);
        appendDiagnostics(diagnostics, shifted);
        credentials.basic = { ...basic, diagnostics: shifted };
      }
      break;
    }
    case 'digest': {
      const digest = decodeDigestCredentials(item);
      const shifted = shift(digest.diagnostics, at);
      appendDiagnostics(diagnostics, shifted);
      credentials = { ...base, kind: 'digest', digest: { ...digest, diagnostics: shifted } };
      break;
    }
    case 'bearer': {
      credentials = { ...base, kind: 'bearer' };
      if (token68 !== undefined) {
        const bearer = decodeBearer(token68, options);
        const shifted = shift(bearer.diagnostics, tokenStart);
        appendDiagnostics(diagnostics, shifted);
        credentials.bearer = { ...bearer, diagnostics: shifted };
      }
      break;
    }
    case 'ntlm': {
      credentials = { ...base, kind: 'ntlm' };
      if (token68 !== undefined) {
        const ntlm = decodeNtlmMessage(token68);
        appendDiagnostics(diagnostics, ntlm.diagnostics, tokenStart);
        if (ntlm.message !== undefined) credentials.ntlm = ntlm.message;
      }
      break;
    }
    case 'negotiate': {
      credentials = { ...base, kind: 'negotiate' };
      if (token68 !== undefined) {
        const negotiate = decodeNegotiate(token68);
        appendDiagnostics(diagnostics, negotiate.diagnostics, tokenStart);
        if (negotiate.token !== undefined) credentials.negotiate = negotiate.token;
      }
      break;
    }
    default:
      credentials = { ...base, kind: 'other' };
      diagnostics.push(
        diagnostic(
          'info',
          'unknown-scheme',
          `"${item.scheme}" is not a scheme this decoder knows; showing its ${token68 !== undefined ? 'token68' : 'parameters'} as they are`,
          base.start,
          base.start + item.scheme.length,
        ),
      );
  }
  return { credentials, diagnostics: finish(diagnostics, input.length) };
}

function finish(diagnostics: readonly Diagnostic[], length: number): Diagnostic[] {
  return clampDiagnostics(finishDiagnostics(diagnostics, length), length);
}

/** A scheme's own list, capped and moved to input offsets (a Digest header can carry thousands of bad parameters). */
function shift(list: readonly Diagnostic[], by: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  appendDiagnostics(out, finishDiagnostics(list, Number.MAX_SAFE_INTEGER), by);
  return out;
}

/**
 * A bare token68 with no scheme in front ("YWxpY2U6czNjcjN0") whose base64 is printable "user:password": read as
 * Basic, with a note. Anything else (no colon, control characters, not base64) stays an unknown scheme.
 */
function bareBasic(
  input: string,
  start: number,
  end: number,
  fieldName: string | undefined,
): { credentials: DecodedCredentials; diagnostics: Diagnostic[] } | undefined {
  const text = input.slice(start, end);
  if (text.length < 4 || !isToken68(text)) return undefined;
  const basic = decodeBasic(text);
  if (basic.userId === undefined || basic.diagnostics.some((d) => d.severity === 'error') || !printable(basic.text)) return undefined;
  const note = diagnostic('info', 'bare-basic-token', 'No scheme was given: read as Basic (base64 of user:password)', start, end);
  const shifted = shift(basic.diagnostics, start);
  const credentials: DecodedCredentials = {
    kind: 'basic',
    scheme: 'Basic',
    token68: text,
    params: [],
    start,
    end,
    basic: { ...basic, diagnostics: shifted },
    ...(fieldName !== undefined ? { fieldName } : {}),
  };
  return { credentials, diagnostics: [note, ...shifted] };
}

function printable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xfffd) return false;
  }
  return true;
}

interface Located {
  value?: { start: number; end: number; fieldName?: string };
  diagnostics: Diagnostic[];
}

interface Line {
  start: number;
  end: number;
  /** Offset of the field name, after curl -v's "> " marker if any. */
  nameStart: number;
  name?: string;
  /** Offset just past the colon. */
  colon?: number;
}

/** Finds the credentials value: the whole input, the value of a header line, or the right line of a raw request. */
function locateValue(input: string): Located {
  const diagnostics: Diagnostic[] = [];
  const lines = splitLines(input);
  const nonEmpty = lines.filter((l) => l.end > scanWhile(input, l.start, isOws));
  if (nonEmpty.length === 0) {
    diagnostics.push(diagnostic('error', 'empty-input', 'Paste a Proxy-Authorization value, header line or request', 0, input.length));
    return { diagnostics };
  }
  if (nonEmpty.length === 1) {
    const line = nonEmpty[0]!;
    const lower = line.name?.toLowerCase();
    if (line.name === undefined || line.colon === undefined) return { value: trimmed(input, line.nameStart, line.end), diagnostics };
    if (lower === 'proxy-authorization' || lower === 'authorization') {
      return { value: { ...trimmed(input, line.colon, line.end), fieldName: line.name }, diagnostics };
    }
    diagnostics.push(wrongField(line));
    return { diagnostics };
  }
  // A raw request: header lines up to the first empty line after the request line.
  let proxy: Line | undefined;
  let origin: Line | undefined;
  let started = false;
  for (const line of lines) {
    const blank = line.end === scanWhile(input, line.start, isOws);
    if (blank && started) break;
    if (!blank) started = true;
    const lower = line.name?.toLowerCase();
    if (lower === 'proxy-authorization' && proxy === undefined) proxy = line;
    if (lower === 'authorization' && origin === undefined) origin = line;
  }
  const chosen = proxy ?? origin;
  if (chosen === undefined || chosen.colon === undefined) {
    const challenge = lines.find((l) => CHALLENGE_FIELDS.has((l.name ?? '').toLowerCase()));
    diagnostics.push(
      challenge !== undefined
        ? wrongField(challenge)
        : diagnostic('error', 'no-credentials-field', 'No Proxy-Authorization or Authorization line was found', 0, input.length),
    );
    return { diagnostics };
  }
  if (proxy !== undefined && origin !== undefined) {
    diagnostics.push(
      diagnostic(
        'info',
        'authorization-also-present',
        'Authorization is also present: it is meant for the origin server, the proxy reads Proxy-Authorization',
        origin.nameStart,
        origin.end,
      ),
    );
  } else if (proxy === undefined) {
    diagnostics.push(
      diagnostic(
        'info',
        'origin-credentials',
        'There is no Proxy-Authorization line; decoding Authorization, which a proxy does not read (RFC 9110 §11.7.2)',
        chosen.nameStart,
        chosen.end,
      ),
    );
  }
  return { value: { ...trimmed(input, chosen.colon, chosen.end), fieldName: chosen.name! }, diagnostics };
}

function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= input.length) {
    let end = input.indexOf('\n', start);
    if (end < 0) end = input.length;
    const next = end + 1;
    if (end > start && input.charCodeAt(end - 1) === 0x0d) end--;
    lines.push(readLine(input, start, end));
    start = next;
  }
  return lines;
}

function readLine(input: string, start: number, end: number): Line {
  let nameStart = scanWhile(input, start, isOws);
  // curl -v marks request lines with "> "
  if (input.charCodeAt(nameStart) === 0x3e /* > */ && nameStart < end) nameStart = scanWhile(input, nameStart + 1, isOws);
  const nameEnd = Math.min(scanWhile(input, nameStart, isTchar), end);
  if (nameEnd > nameStart && nameEnd < end && input.charCodeAt(nameEnd) === 0x3a /* : */) {
    return { start, end, nameStart, name: input.slice(nameStart, nameEnd), colon: nameEnd + 1 };
  }
  return { start, end, nameStart };
}

function trimmed(input: string, start: number, end: number): { start: number; end: number } {
  let s = scanWhile(input, start, isOws);
  let e = end;
  while (e > s && isOws(input.charCodeAt(e - 1))) e--;
  if (s > e) s = e;
  return { start: s, end: e };
}

function wrongField(line: Line): Diagnostic {
  const lower = (line.name ?? '').toLowerCase();
  const isChallenge = CHALLENGE_FIELDS.has(lower);
  return diagnostic(
    'error',
    isChallenge ? 'challenge-not-credentials' : 'not-a-credentials-field',
    isChallenge
      ? `${line.name} carries the server's challenges, not credentials; use the challenge parser`
      : `${line.name} is not Proxy-Authorization or Authorization`,
    line.nameStart,
    line.colon ?? line.end,
  );
}
