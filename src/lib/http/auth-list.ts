/**
 * The scanner shared by challenges (Proxy-Authenticate, WWW-Authenticate) and credentials
 * (Proxy-Authorization, Authorization). RFC 9110 §11.2-§11.4:
 *
 *   challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 *   credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
 *   auth-param  = token BWS "=" BWS ( token / quoted-string )
 *   token68     = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
 *
 * The comma separates both challenges and the parameters of one challenge, so after a comma the scanner
 * looks ahead: `token BWS "="` continues the current challenge's parameters, anything else starts a new
 * challenge. After an auth-scheme, a token68 is recognised when a run of token68 characters (and its "="
 * padding) is followed by the end or a comma; otherwise a parameter is expected.
 *
 * Deliberate leniencies, each reported by a diagnostic rather than rejected:
 * - a parameter list may follow a bare scheme directly ("Basic, realm=x"): attached to that scheme, silently,
 *   as browsers do;
 * - HTAB instead of SP after the scheme (warning);
 * - a leading field name such as "Proxy-Authenticate:" is skipped (info), so pasted header lines work;
 * - after an error the scanner skips to the next comma outside a quoted-string and continues.
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { isOws, isTchar, isToken68Char, scanWhile } from './chars';
import { readQuotedString } from './quoted-string';

export interface AuthParam {
  /** The name as written; compare case-insensitively. */
  name: string;
  /** The value, with quoted-pairs unescaped when it was a quoted-string. */
  value: string;
  /** Offset of the name. */
  start: number;
  /** Offset just past the value. */
  end: number;
  /** Whether the value was written as a quoted-string. */
  quoted: boolean;
}

/** One challenge or one set of credentials: an auth-scheme with a token68 or auth-params. */
export interface AuthItem {
  scheme: string;
  token68?: string;
  params: AuthParam[];
  /** Offset of the scheme. */
  start: number;
  /** Offset just past the last character of the item. */
  end: number;
}

const COMMA = 0x2c;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const COLON = 0x3a;
const SPACE = 0x20;

const FIELD_NAMES = new Set(['proxy-authenticate', 'www-authenticate', 'proxy-authorization', 'authorization']);

/** Scans a comma-separated list of auth items (RFC 9110 §5.6.1 list rule). Never throws; linear in `text`. */
export function scanAuthList(text: string, diagnostics: Diagnostic[]): AuthItem[] {
  const items: AuthItem[] = [];
  let current: AuthItem | undefined;
  let names = new Set<string>(); // lower-cased parameter names of `current`: duplicate checks in O(1)
  let pos = 0;
  while (true) {
    pos = scanWhile(text, pos, isOws);
    if (pos >= text.length) break;
    if (text.charCodeAt(pos) === COMMA) {
      pos++; // RFC 9110 §5.6.1: empty list elements are ignored
      continue;
    }
    if (startsParam(text, pos)) {
      if (current === undefined) {
        diagnostics.push(
          diagnostic('error', 'missing-auth-scheme', 'A parameter appears before any auth-scheme', pos, paramNameEnd(text, pos)),
        );
        pos = skipToComma(text, pos);
        continue;
      }
      pos = readParam(text, pos, current, names, diagnostics);
    } else {
      const head = readScheme(text, pos, diagnostics);
      if (head.item !== undefined) {
        current = head.item;
        names = new Set();
        items.push(current);
        if (head.paramFollows) pos = readParam(text, head.pos, current, names, diagnostics);
        else pos = head.pos;
      } else {
        pos = head.pos;
      }
    }
    pos = expectListEnd(text, pos, diagnostics);
  }
  return items;
}

/** `token BWS "="`: the start of an auth-param. */
function startsParam(text: string, pos: number): boolean {
  const end = scanWhile(text, pos, isTchar);
  if (end === pos) return false;
  return text.charCodeAt(scanWhile(text, end, isOws)) === EQUALS;
}

function paramNameEnd(text: string, pos: number): number {
  return scanWhile(text, pos, isTchar);
}

/**
 * Reads `auth-scheme [ 1*SP token68 ]`, or the scheme and the spaces before its first auth-param
 * (then `paramFollows` is set and `pos` is at the parameter's name).
 */
function readScheme(text: string, pos: number, diagnostics: Diagnostic[]): { item?: AuthItem; pos: number; paramFollows?: boolean } {
  let start = pos;
  let schemeEnd = scanWhile(text, start, isTchar);
  if (schemeEnd > start && text.charCodeAt(schemeEnd) === COLON && FIELD_NAMES.has(text.slice(start, schemeEnd).toLowerCase())) {
    diagnostics.push(
      diagnostic(
        'info',
        'field-name-skipped',
        `The field name "${text.slice(start, schemeEnd)}:" was skipped; only its value is parsed`,
        start,
        schemeEnd + 1,
      ),
    );
    start = scanWhile(text, schemeEnd + 1, isOws);
    if (start >= text.length || text.charCodeAt(start) === COMMA) return { pos: start };
    schemeEnd = scanWhile(text, start, isTchar);
  }
  if (schemeEnd === start) {
    diagnostics.push(
      diagnostic(
        'error',
        'expected-auth-scheme',
        `Expected an auth-scheme (a token), found ${describeChar(text, start)}`,
        start,
        start + 1,
      ),
    );
    return { pos: skipToComma(text, start) };
  }
  const item: AuthItem = { scheme: text.slice(start, schemeEnd), params: [], start, end: schemeEnd };
  const afterSpace = scanWhile(text, schemeEnd, isOws);
  if (afterSpace >= text.length || text.charCodeAt(afterSpace) === COMMA) return { item, pos: afterSpace };
  if (afterSpace === schemeEnd) {
    diagnostics.push(
      diagnostic(
        'error',
        'expected-space',
        `Expected a space after the auth-scheme "${item.scheme}", found ${describeChar(text, schemeEnd)}`,
        schemeEnd,
        schemeEnd + 1,
      ),
    );
    return { item, pos: skipToComma(text, schemeEnd) };
  }
  for (let i = schemeEnd; i < afterSpace; i++) {
    if (text.charCodeAt(i) !== SPACE) {
      diagnostics.push(diagnostic('warning', 'tab-after-scheme', 'The auth-scheme must be followed by spaces (1*SP), not a tab', i, i + 1));
      break;
    }
  }
  // RFC 9110 §11.2: token68 when the run of token68 characters and its padding fills the element.
  const runEnd = scanWhile(text, afterSpace, isToken68Char);
  const padEnd = scanWhile(text, runEnd, (c) => c === EQUALS);
  const elementEnd = scanWhile(text, padEnd, isOws);
  if (
    runEnd > afterSpace &&
    (elementEnd >= text.length || text.charCodeAt(elementEnd) === COMMA) &&
    !missingValueBeforeParams(text, afterSpace, runEnd, padEnd, elementEnd)
  ) {
    item.token68 = text.slice(afterSpace, padEnd);
    item.end = padEnd;
    return { item, pos: padEnd };
  }
  if (startsParam(text, afterSpace)) return { item, pos: afterSpace, paramFollows: true };
  // A run of token68 characters that stops at a stray one ("YWxp*2U6"): point at the stray character.
  const stray = runEnd > afterSpace ? padEnd : afterSpace;
  diagnostics.push(
    diagnostic(
      'error',
      'bad-character',
      stray === afterSpace
        ? `Expected a token68 or a parameter after "${item.scheme}", found ${describeChar(text, afterSpace)}`
        : `${describeChar(text, stray)} cannot appear in a token68 (RFC 9110 §11.2 allows letters, digits, - . _ ~ + / and trailing =)`,
      stray,
      stray + 1,
    ),
  );
  return { item, pos: skipToComma(text, afterSpace) };
}

/**
 * "Digest realm=, nonce=x" is invalid either way: a token68 "realm=" followed by parameters, or a parameter
 * with a missing value. The second reading is the likely intent, so it wins when parameters follow.
 */
function missingValueBeforeParams(text: string, start: number, runEnd: number, padEnd: number, elementEnd: number): boolean {
  if (padEnd - runEnd !== 1 || scanWhile(text, start, isTchar) !== runEnd) return false;
  const next = scanWhile(text, elementEnd, (c) => c === COMMA || isOws(c));
  return next < text.length && startsParam(text, next);
}

/** Reads `token BWS "=" BWS ( token / quoted-string )` into `item`; `pos` is known to start one. */
function readParam(text: string, pos: number, item: AuthItem, names: Set<string>, diagnostics: Diagnostic[]): number {
  const nameEnd = scanWhile(text, pos, isTchar);
  const name = text.slice(pos, nameEnd);
  const equals = scanWhile(text, nameEnd, isOws);
  const valueStart = scanWhile(text, equals + 1, isOws);
  if (equals > nameEnd || valueStart > equals + 1) {
    // RFC 9110 §5.6.3: BWS, which recipients must accept and senders must not generate.
    diagnostics.push(
      diagnostic(
        'info',
        'whitespace-around-equals',
        `Whitespace around "=" in "${name}" is accepted, but senders should not write it`,
        nameEnd,
        valueStart,
      ),
    );
  }
  let value: string;
  let end: number;
  let quoted = false;
  const first = text.charCodeAt(valueStart);
  if (first === QUOTE) {
    const q = readQuotedString(text, valueStart, diagnostics);
    value = q.value;
    end = q.end;
    quoted = true;
  } else if (valueStart < text.length && isTchar(first)) {
    end = scanWhile(text, valueStart, isTchar);
    value = text.slice(valueStart, end);
  } else if (valueStart >= text.length || first === COMMA) {
    diagnostics.push(diagnostic('error', 'missing-value', `The parameter "${name}" has no value`, pos, equals + 1));
    value = '';
    end = equals + 1;
  } else {
    diagnostics.push(
      diagnostic(
        'error',
        'bad-character',
        `The value of "${name}" must be a token or a quoted-string, found ${describeChar(text, valueStart)}`,
        valueStart,
        valueStart + 1,
      ),
    );
    return skipToComma(text, valueStart);
  }
  if (item.token68 !== undefined) {
    diagnostics.push(
      diagnostic('error', 'token68-with-params', `"${item.scheme}" already has a token68; it cannot also have parameters`, pos, end),
    );
  }
  const lower = name.toLowerCase();
  if (names.has(lower)) {
    // RFC 9110 §11.2: each parameter name MUST only occur once per challenge.
    diagnostics.push(diagnostic('error', 'duplicate-parameter', `The parameter "${name}" is given twice for "${item.scheme}"`, pos, end));
  }
  names.add(lower);
  item.params.push({ name, value, start: pos, end, quoted });
  item.end = end;
  return end;
}

/** After an element: OWS then a comma or the end. Anything else is reported and skipped. */
function expectListEnd(text: string, pos: number, diagnostics: Diagnostic[]): number {
  const next = scanWhile(text, pos, isOws);
  if (next >= text.length || text.charCodeAt(next) === COMMA) return next;
  const skipped = skipToComma(text, next);
  diagnostics.push(
    diagnostic(
      'error',
      'unexpected-characters',
      `Unexpected ${describeChar(text, next)}; expected a comma or the end of the field`,
      next,
      trimEnd(text, next, skipped),
    ),
  );
  return skipped;
}

/** The next comma outside a quoted-string, or the end of input. */
function skipToComma(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === COMMA) return i;
    if (code === QUOTE) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
    }
    i++;
  }
  return text.length;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && isOws(text.charCodeAt(e - 1))) e--;
  return e;
}

function describeChar(text: string, pos: number): string {
  if (pos >= text.length) return 'the end of the field';
  const code = text.charCodeAt(pos);
  const hex = 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
  return code > 0x20 && code < 0x7f ? `"${text[pos]}"` : hex;
}
