/**
 * The credentials decoder's result as a view tree (shared/view.ts): the same function renders the worked
 * example at build time and the live result in the browser. Input → decodeCredentials (src/lib) → view.
 * The Basic password is rendered masked; the element reveals it on "Show" (its value travels in
 * `secrets`, never in the markup).
 */
import { decodeCredentials, type DecodedCredentials } from '../../lib/auth/credentials';
import type { BearerToken, JsonValue } from '../../lib/auth/bearer';
import { KERBEROS_NOTE } from '../../lib/auth/kerberos';
import { MECHANISM_NAMES, type MechOid, type NegotiateToken } from '../../lib/auth/negotiate';
import { decodeNtlmMessage } from '../../lib/auth/ntlm';
import { decodeBase64 } from '../../lib/bytes';
import type { Diagnostic } from '../../lib/diagnostics';
import { hexPairs, v, vcopy, vdiagnostics, vdl, vmarked, vtable, type VChild, type VElement } from '../shared/view';
import { ntlmView } from './ntlm-view';

export interface DecoderView {
  node: VElement;
  /** One sentence for the live region. */
  summary: string;
  diagnostics: Diagnostic[];
  kind?: DecodedCredentials['kind'];
  /** Secret values the element may reveal, by data-secret name. */
  secrets: Record<string, string>;
  credentials?: DecodedCredentials;
}

import { MASK } from '../../lib/mask';
const HEX_CAP = 4096;

const DIGEST_PARAMS: Readonly<Record<string, string>> = {
  username: 'The user name, in clear text (or its hash when userhash=true)',
  'username*': "The user name in RFC 8187 encoding (charset'lang'percent-encoded), for names outside ASCII",
  realm: 'The protection space, copied from the challenge; part of H(A1)',
  uri: 'The request target as the client sent it (the Request-URI, or host:port for CONNECT); part of H(A2)',
  algorithm: 'The hash: MD5 (the default when absent), SHA-256 or SHA-512-256, with -sess variants',
  nonce: 'The server nonce from the challenge, echoed unchanged',
  nc: 'Nonce count: how many requests used this nonce, 8 hex digits from 00000001',
  cnonce: 'The client nonce: random, chosen by the client, needed with qop',
  qop: 'Quality of protection chosen from the challenge: auth (headers) or auth-int (body too)',
  response: 'The proof: KD(H(A1), nonce:nc:cnonce:qop:H(A2)); recompute it below with the password',
  opaque: 'Server data from the challenge, echoed unchanged',
  userhash: 'true when username is H(username:realm) instead of the name',
  charset: 'Only UTF-8 is defined (RFC 7616 §3.4)',
};

export function decoderView(input: string, options: { now?: number } = {}): DecoderView {
  const result = decodeCredentials(input, options.now !== undefined ? { now: options.now } : {});
  const { credentials, diagnostics } = result;
  const secrets: Record<string, string> = {};
  if (input.trim() === '') {
    return {
      node: v('div', {}, v('p', { class: 'w-note' }, 'Paste a Proxy-Authorization header, its value or a whole request to decode it.')),
      summary: 'Empty input',
      diagnostics: [],
      secrets,
    };
  }
  const problems: VChild =
    diagnostics.length > 0
      ? [
          v('h4', {}, 'Problems found'),
          vdiagnostics(input, diagnostics, undefined),
          vmarked(input, diagnostics, 'Your input, with the problems underlined'),
        ]
      : null;
  if (!credentials) {
    return {
      node: v('div', {}, v('p', { class: 'w-error', 'data-result-error': '' }, 'No credentials found.'), problems),
      summary: `No credentials found: ${diagnostics[0]?.message ?? 'unrecognised input'}`,
      diagnostics,
      secrets,
    };
  }
  const heading = v(
    'p',
    { 'data-summary': '' },
    'Scheme: ',
    v('strong', { 'data-scheme': '' }, credentials.scheme),
    credentials.fieldName ? ` in ${credentials.fieldName}` : '',
    credentials.fieldName?.toLowerCase() === 'authorization'
      ? v('span', { class: 'w-note' }, ' (Authorization goes to the origin server; a proxy reads Proxy-Authorization)')
      : null,
  );
  const body = schemeView(credentials, secrets);
  const node = v('div', { 'data-kind': credentials.kind }, heading, body.node, problems);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return {
    node,
    summary: `${credentials.scheme} credentials decoded: ${body.summary}${errors ? `, ${errors} error${errors > 1 ? 's' : ''}` : ''}`,
    diagnostics,
    kind: credentials.kind,
    secrets,
    credentials,
  };
}

function schemeView(c: DecodedCredentials, secrets: Record<string, string>): { node: VChild; summary: string } {
  switch (c.kind) {
    case 'basic':
      return basicView(c, secrets);
    case 'digest':
      return digestView(c);
    case 'bearer':
      return c.bearer ? bearerView(c.bearer) : { node: null, summary: 'no token' };
    case 'ntlm': {
      if (!c.ntlm || c.token68 === undefined) return { node: null, summary: 'not a readable NTLM message' };
      const bytes = decodeBase64(c.token68).bytes;
      return { node: ntlmView(c.ntlm, bytes), summary: `NTLM ${c.ntlm.typeName} (type ${c.ntlm.type})` };
    }
    case 'negotiate':
      return c.negotiate ? negotiateView(c.negotiate, c.token68 ?? '') : { node: null, summary: 'not a readable Negotiate token' };
    default:
      return {
        node: c.token68 !== undefined ? vdl([['token68', capped(c.token68)]]) : paramsTable(c.params, {}),
        summary: 'unknown scheme, shown as written',
      };
  }
}

function basicView(c: Extract<DecodedCredentials, { kind: 'basic' }>, secrets: Record<string, string>): { node: VChild; summary: string } {
  const b = c.basic;
  if (!b) return { node: null, summary: 'no token' };
  const hasPassword = b.password !== undefined;
  if (hasPassword) secrets['basic-password'] = b.password!;
  const hex = (bytes: Uint8Array, masked = false): string =>
    hexPairs(bytes.subarray(0, HEX_CAP), masked) + (bytes.length > HEX_CAP ? ' …' : '');
  // The password's bytes are the password: masked like it, revealed by the same Show (RFC 7617: the user-id has no colon).
  const colon = hasPassword ? b.bytes.indexOf(0x3a) : -1;
  const shownBytes = colon >= 0 ? b.bytes.subarray(0, colon + 1) : b.bytes;
  const hiddenBytes = colon >= 0 ? b.bytes.subarray(colon + 1) : undefined;
  const bytesMask = hiddenBytes ? hex(hiddenBytes, true) : '';
  if (hiddenBytes) secrets['basic-password-bytes'] = hex(hiddenBytes);
  const node = vdl([
    [
      'User',
      v(
        'span',
        { class: 'w-with-copy' },
        v('code', { 'data-field': 'user' }, b.userId !== undefined ? capped(b.userId) : '(no colon: cannot split user and password)'),
        b.userId !== undefined ? vcopy(b.userId, 'the user name') : null,
      ),
    ],
    hasPassword
      ? [
          'Password',
          v(
            'span',
            { class: 'w-with-copy' },
            v('code', { 'data-secret': 'basic-password', 'aria-label': 'Password (hidden)' }, MASK),
            v('button', { type: 'button', 'data-reveal': 'basic-password', 'data-needs-js': '' }, 'Show'),
          ),
        ]
      : null,
    ['Charset', b.encoding === 'utf-8' ? 'UTF-8 (valid)' : 'Not valid UTF-8: read as ISO-8859-1 (Latin-1)'],
    [
      'Bytes',
      v(
        'span',
        {},
        `${b.bytes.length} bytes: `,
        v('code', {}, hex(shownBytes)),
        hiddenBytes ? ' ' : null,
        hiddenBytes ? v('code', { 'data-secret': 'basic-password-bytes', 'data-mask': bytesMask }, bytesMask) : null,
      ),
    ],
    ['Decoded text', v('code', { 'data-secret-text': '' }, hasPassword ? `${capped(b.userId ?? '')}:${MASK}` : capped(b.text))],
  ]);
  return { node, summary: `user ${b.userId ?? '(none)'}` };
}

function digestView(c: Extract<DecodedCredentials, { kind: 'digest' }>): { node: VChild; summary: string } {
  const d = c.digest;
  return {
    node: [
      paramsTable(c.params, DIGEST_PARAMS),
      v(
        'p',
        { class: 'w-note' },
        `Algorithm: ${d.algorithmKnown ?? d.algorithm}${d.qop ? `, qop=${d.qop}` : ', no qop (RFC 2069 compatibility mode)'}. Enter the password below to recompute the response.`,
      ),
    ],
    summary: `user ${d.usernameStar ?? d.username ?? '(none)'}, ${d.algorithmKnown ?? d.algorithm}`,
  };
}

function paramsTable(params: DecodedCredentials['params'], explain: Readonly<Record<string, string>>): VElement {
  return vtable(
    'Parameters',
    ['Parameter', 'Value', 'Meaning'],
    params
      .slice(0, 200)
      .map((p) => [
        v('code', {}, capped(p.name, 200)),
        v('code', {}, capped(p.quoted ? `"${p.value}"` : p.value)),
        explain[p.name.toLowerCase()] ?? '',
      ]),
  );
}

function bearerView(b: BearerToken): { node: VChild; summary: string } {
  const jwt = b.jwt;
  if (!jwt)
    return {
      node: v('p', {}, b.syntaxValid ? 'An opaque token (not a JWT): only its issuer can read it.' : 'Not a valid Bearer token.'),
      summary: 'opaque token',
    };
  return {
    node: [
      v('p', { class: 'w-warning', 'data-unverified': '' }, jwt.note),
      v('h4', {}, `JWT header (${jwt.form})`),
      v('pre', { class: 'w-code w-json', tabindex: 0, 'aria-label': 'JWT header' }, pretty(jwt.header)),
      jwt.payload !== undefined
        ? [v('h4', {}, 'JWT payload'), v('pre', { class: 'w-code w-json', tabindex: 0, 'aria-label': 'JWT payload' }, pretty(jwt.payload))]
        : v('p', {}, 'The payload is encrypted (JWE): not readable without the key.'),
      jwt.times.length > 0
        ? [v('h4', {}, 'Times'), vdl(jwt.times.map((t) => [t.claim, v('time', { datetime: t.iso }, `${t.iso} (${t.seconds})`)] as const))]
        : null,
      jwt.expired ? v('p', { class: 'w-error' }, 'Expired.') : null,
    ],
    summary: `a ${jwt.form}${jwt.expired ? ', expired' : ''}, signature not verified`,
  };
}

/** Long values are cut for display (a 1 MB paste must not become a 1 MB text node). */
function capped(text: string, max = 4096): string {
  return text.length > max ? `${text.slice(0, max)} … (${text.length - max} more characters)` : text;
}

function pretty(value: JsonValue): string {
  const text = JSON.stringify(value, null, 2);
  return text.length > 65_536 ? text.slice(0, 65_536) + '\n…' : text;
}

function mechName(m: MechOid): string {
  return `${m.name ?? MECHANISM_NAMES[m.oid] ?? 'unknown mechanism'} (${m.oid})`;
}

function negotiateView(t: NegotiateToken, token68: string): { node: VChild; summary: string } {
  const inner = t.innerToken;
  const rows: VChild[] = [];
  rows.push(v('li', {}, `Framing: ${FRAMING[t.framing]}`));
  if (t.thisMech) rows.push(v('li', {}, `GSS thisMech: ${mechName(t.thisMech)}`));
  if (t.negTokenInit) {
    const init = t.negTokenInit;
    rows.push(
      v(
        'li',
        {},
        'NegTokenInit',
        v(
          'ul',
          {},
          v(
            'li',
            {},
            'mechTypes (client preference first):',
            v(
              'ol',
              {},
              init.mechTypes.map((m) => v('li', {}, mechName(m))),
            ),
          ),
          init.reqFlags ? v('li', {}, `reqFlags: ${init.reqFlags.flags.join(', ') || 'none'}`) : null,
          init.mechToken ? v('li', {}, `mechToken: ${init.mechToken.length} bytes at offset ${init.mechToken.offset}`) : null,
          init.negHints?.hintName ? v('li', {}, `negHints: ${init.negHints.hintName}`) : null,
          init.mechListMIC ? v('li', {}, `mechListMIC: ${init.mechListMIC.length} bytes`) : null,
        ),
      ),
    );
  }
  if (t.negTokenResp) {
    const resp = t.negTokenResp;
    rows.push(
      v(
        'li',
        {},
        'NegTokenResp',
        v(
          'ul',
          {},
          resp.negState ? v('li', {}, `negState: ${resp.negState.name} (${resp.negState.value})`) : null,
          resp.supportedMech ? v('li', {}, `supportedMech: ${mechName(resp.supportedMech)}`) : null,
          resp.responseToken
            ? v('li', {}, `responseToken: ${resp.responseToken.length} bytes at offset ${resp.responseToken.offset}`)
            : null,
          resp.mechListMIC ? v('li', {}, `mechListMIC: ${resp.mechListMIC.length} bytes`) : null,
        ),
      ),
    );
  }
  let innerNode: VChild = null;
  let summary = FRAMING[t.framing];
  if (inner?.kind === 'ntlm') {
    const bytes = decodeBase64(token68.trim()).bytes.subarray(inner.offset, inner.offset + inner.length);
    const decoded = inner.ntlm ?? decodeNtlmMessage(bytes).message;
    innerNode = decoded
      ? [v('h4', {}, 'Inner NTLM message'), ntlmView(decoded, bytes, 'h5')]
      : v('p', {}, 'An NTLM message that could not be read.');
    summary = `Negotiate carrying NTLM${decoded ? ` ${decoded.typeName}` : ''}`;
  } else if (inner?.kind === 'kerberos') {
    innerNode = [
      v('h4', {}, 'Inner Kerberos token'),
      v('p', { class: 'w-warning', 'data-kerberos-note': '' }, KERBEROS_NOTE),
      vdl([
        ['Message', inner.messageType],
        inner.realm ? ['Realm', inner.realm] : null,
        inner.sname ? ['Service principal', inner.sname] : null,
        inner.apOptions ? ['AP options', inner.apOptions.join(', ') || 'none'] : null,
        inner.ticketEncryptionType
          ? ['Ticket encryption', `${inner.ticketEncryptionType.name} (${inner.ticketEncryptionType.value})`]
          : null,
        inner.authenticatorEncryptionType
          ? ['Authenticator encryption', `${inner.authenticatorEncryptionType.name} (${inner.authenticatorEncryptionType.value})`]
          : null,
        inner.errorCode !== undefined ? ['Error code', String(inner.errorCode)] : null,
      ]),
    ];
    summary = `Negotiate carrying Kerberos ${inner.messageType}`;
  } else if (inner?.kind === 'negoex') {
    innerNode = v('p', {}, inner.note);
  }
  return { node: [v('h4', {}, 'SPNEGO structure'), v('ul', { class: 'w-tree' }, rows), innerNode], summary };
}

const FRAMING: Record<NegotiateToken['framing'], string> = {
  'gss-initial-context-token': 'GSS-API initial context token (RFC 2743 §3.1) around SPNEGO',
  'negotiation-token': 'SPNEGO negotiation token (a continuation, RFC 4178 §4.2)',
  'raw-ntlm': 'a raw NTLM message (no SPNEGO), as Windows sends it',
  'raw-kerberos': 'a raw Kerberos token (no SPNEGO)',
  'gss-other-mechanism': 'a GSS-API token of another mechanism',
};
