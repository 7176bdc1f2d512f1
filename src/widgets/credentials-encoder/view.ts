/**
 * The credentials encoder's outputs as view trees (shared/view.ts), one per scheme, for build time and the
 * browser alike. Pure: the Digest cnonce and the NTLM client challenge and time are arguments (the element
 * draws them with crypto.getRandomValues; the build uses fixed example values).
 * Secrets are displayed masked unless revealed, but copy buttons copy the real text.
 */
import { basicInputProblem, encodeBasic } from '../../lib/auth/basic';
import { CURL_NTLM_TYPE1_FLAGS } from '../../lib/curl/proxy-auth';
import { respondToDigestChallenge } from '../../lib/auth/digest-challenge';
import { buildAuthenticateMessage, buildNegotiateMessage, decodeNtlmMessage, filetimeFromUnixMilliseconds } from '../../lib/auth/ntlm';
import { encodeBase64, latin1Encode, toHex, utf8Encode } from '../../lib/bytes';
import { diagnostic, shiftDiagnostics } from '../../lib/diagnostics';
import { quoteBash } from '../../lib/snippets/quote';
import { parseChallenges, type Challenge } from '../../lib/http/challenges';
import { encodeUserinfo } from '../../lib/snippets/input';
import { hexPairs, v, vcopy, vdiagnostics, vdl, vmarked, type VChild, type VElement } from '../shared/view';

import { MASK } from '../../lib/mask';

export interface BasicState {
  user: string;
  password: string;
  charset: 'utf-8' | 'latin1';
  proxy: string;
  reveal: boolean;
}

export interface DigestState {
  challenge: string;
  user: string;
  password: string;
  method: string;
  uri: string;
  /** curl answers the first Digest challenge; "strongest" is what RFC 7616 §3.7 suggests and browsers do. */
  choice: 'first' | 'strongest';
  cnonce: string;
}

export interface NtlmState {
  user: string;
  domain: string;
  password: string;
  workstation: string;
  type2: string;
  /** 16 hex digits. */
  clientChallenge: string;
  /** Milliseconds since the epoch, used when the type 2 has no MsvAvTimestamp. */
  time: number;
}

// RFC 7617 §2, and curl's -U, which splits user and password at the first colon.
/** Longer user names and passwords are refused with a located message (a header this long helps nobody). */
const MAX_BASIC_INPUT = 16_384;
const MAX_HEX_BYTES = 256;

export function basicView(s: BasicState): VElement {
  for (const [label, value] of [
    ['User name', s.user],
    ['Password', s.password],
  ] as const) {
    if (value.length > MAX_BASIC_INPUT)
      return v(
        'div',
        { 'data-basic': '' },
        v(
          'p',
          { class: 'w-error', 'data-error': '' },
          `${label}: ${value.length.toLocaleString('en')} characters, from character ${MAX_BASIC_INPUT + 1} on it is more than this tool encodes (${MAX_BASIC_INPUT.toLocaleString('en')}).`,
        ),
      );
  }
  const problem = basicInputProblem(s.user, s.password, s.charset);
  if (problem) return basicProblemView(s, problem);
  const header = encodeBasic(s.user, s.password, { charset: s.charset });
  const token = header.slice('Basic '.length);
  const joined = `${s.user}:${s.password}`;
  const bytes = s.charset === 'latin1' ? latin1Encode(joined)! : utf8Encode(joined.normalize('NFC'));
  const userBytes = s.charset === 'latin1' ? latin1Encode(s.user + ':')!.length : utf8Encode((s.user + ':').normalize('NFC')).length;
  const shownPassword = s.reveal ? s.password : MASK;
  const capped = bytes.subarray(0, MAX_HEX_BYTES);
  const shownUntil = s.reveal ? capped.length : Math.min(userBytes, capped.length);
  let hex = [hexPairs(capped.subarray(0, shownUntil)), hexPairs(capped.subarray(shownUntil), true)].filter(Boolean).join(' ');
  if (bytes.length > MAX_HEX_BYTES) hex += ` … (${bytes.length - MAX_HEX_BYTES} more bytes)`;
  const quoted = quoteBash(joined);
  const curl = `curl -U ${quoted} -x ${s.proxy || 'http://proxy.example.com:3128'} https://example.com/`;
  const curlShown = `curl -U ${quoteBash(`${s.user}:${shownPassword}`)} -x ${s.proxy || 'http://proxy.example.com:3128'} https://example.com/`;
  const url = proxyUrl(s.proxy, s.user, s.password);
  const urlShown = proxyUrl(s.proxy, s.user, s.password, !s.reveal);
  return v(
    'div',
    { 'data-basic': '' },
    vdl([
      ['Joined string', v('code', { 'data-out': 'joined' }, `${s.user}:${shownPassword}`)],
      ['Bytes', v('span', {}, `${bytes.length} bytes (${s.charset === 'utf-8' ? 'UTF-8, NFC' : 'ISO-8859-1'}): `, v('code', {}, hex))],
      ['Base64', out(token, 'base64', 'the base64 token')],
      ['Header', out(`Proxy-Authorization: ${header}`, 'header', 'the header')],
      ['curl', out(curl, 'curl', 'the curl command', curlShown)],
      [
        'Proxy URL',
        url ? out(url, 'url', 'the proxy URL', urlShown) : v('span', { class: 'w-note' }, 'Enter the proxy as http://host:port'),
      ],
    ]),
    s.user.includes('@') || s.password.includes('@') || /[:/?#%]/.test(s.password)
      ? v(
          'p',
          { class: 'w-note' },
          'In the proxy URL, reserved characters such as @ : / ? # % are percent-encoded (RFC 3986 §3.2.1); curl -U takes them as they are, inside single quotes.',
        )
      : null,
    s.charset === 'latin1'
      ? null
      : /[^\x00-\x7f]/.test(joined)
        ? v(
            'p',
            { class: 'w-note' },
            'Non-ASCII characters: many proxies decode Basic as ISO-8859-1; if yours rejects this, try the ISO-8859-1 charset.',
          )
        : null,
  );
}

/** Which field and which character stop the encoding: the user name is shown underlined, the password only by position. */
function basicProblemView(s: BasicState, problem: NonNullable<ReturnType<typeof basicInputProblem>>): VElement {
  const label = problem.field === 'user-id' ? 'User name' : 'Password';
  const where = `character ${problem.at + 1}`;
  const d = diagnostic('error', 'basic-input', problem.message, problem.at, problem.at + 1);
  return v(
    'div',
    { 'data-basic': '' },
    v('p', { class: 'w-error', 'data-error': '', 'data-field': problem.field }, `${label}, ${where}: it ${problem.message}.`),
    problem.field === 'user-id' || s.reveal
      ? vmarked(problem.field === 'user-id' ? s.user : s.password, [d], `${label}, with the problem underlined`)
      : null,
  );
}

export function digestView(s: DigestState): VElement {
  const parsed = parseChallenges(stripFieldName(s.challenge));
  const offset = s.challenge.length - stripFieldName(s.challenge).length;
  const diags = shiftDiagnostics(parsed.diagnostics, offset);
  const digests = parsed.challenges.filter((c) => c.scheme.toLowerCase() === 'digest');
  const problems: VChild =
    diags.length > 0
      ? [vdiagnostics(s.challenge, diags), vmarked(s.challenge, diags, 'The challenge, with the problems underlined')]
      : null;
  if (digests.length === 0) {
    return v(
      'div',
      { 'data-digest': '' },
      v('p', { class: 'w-error', 'data-error': '' }, 'No Digest challenge found: paste the Proxy-Authenticate: Digest … line of the 407.'),
      problems,
    );
  }
  // curl keeps the first Digest challenge ("Ignoring duplicate digest auth header.", lib/http.c Curl_http_input_auth)
  const offered: Challenge[] = s.choice === 'first' ? [digests[0]!] : digests;
  const answer = respondToDigestChallenge(
    offered,
    { username: s.user, password: s.password },
    { method: s.method || 'GET', uri: s.uri || '/', cnonce: s.cnonce, nc: 1 },
  );
  const why = [
    s.choice === 'first' && digests.length > 1
      ? `The 407 has ${digests.length} Digest challenges: curl answers the first and ignores the others ("Ignoring duplicate digest auth header.").`
      : '',
    ...answer.why,
  ].filter(Boolean);
  return v(
    'div',
    { 'data-digest': '' },
    problems,
    answer.header
      ? vdl([
          ['Header', out(`Proxy-Authorization: ${answer.header}`, 'digest-header', 'the Digest header')],
          answer.response ? ['Algorithm', answer.response.algorithm] : null,
          answer.response ? ['H(A1)', v('code', {}, answer.response.ha1)] : null,
          answer.response ? ['A2', v('code', {}, answer.response.a2)] : null,
          answer.response ? ['response', v('code', {}, answer.response.response)] : null,
          ['cnonce', v('code', { 'data-out': 'cnonce' }, s.cnonce)],
        ])
      : v('p', { class: 'w-error', 'data-error': '' }, 'This challenge cannot be answered.'),
    v('h4', {}, 'Why this answer'),
    v(
      'ul',
      { 'data-why': '' },
      why.map((w) => v('li', {}, w)),
    ),
    v('h4', {}, 'How to change it'),
    v(
      'ul',
      {},
      v(
        'li',
        {},
        'The algorithm and qop come from the proxy: curl cannot be told to use another one. To get SHA-256, the proxy must offer it (Squid: auth_param digest … and a SHA-256 helper), first in its list for curl.',
      ),
      v(
        'li',
        {},
        'The URI must be what the request line carries: the path for a plain http:// request through the proxy, or host:port for the CONNECT of an https:// request.',
      ),
      v(
        'li',
        {},
        'Use ',
        v('code', {}, '--proxy-digest -U user:password'),
        ' (or ',
        v('code', {}, '--proxy-anyauth'),
        ') so curl answers with Digest instead of sending Basic.',
      ),
    ),
  );
}

export function ntlmType1(): { base64: string; header: string } {
  const base64 = encodeBase64(buildNegotiateMessage({ flags: CURL_NTLM_TYPE1_FLAGS }));
  return { base64, header: `Proxy-Authorization: NTLM ${base64}` };
}

export function ntlmView(s: NtlmState, reveal: boolean): VElement {
  const type1 = ntlmType1();
  const parts: VChild[] = [
    v('h4', {}, 'Step 1: type 1 (NEGOTIATE_MESSAGE)'),
    v('p', {}, 'What curl sends first with --proxy-ntlm (no secret in it):'),
    out(type1.header, 'ntlm-type1', 'the type 1 header'),
    v('h4', {}, 'Step 3: type 3 (AUTHENTICATE_MESSAGE, NTLMv2)'),
  ];
  const token = stripNtlmPrefix(s.type2);
  if (token === '') {
    parts.push(
      v(
        'p',
        { class: 'w-note', 'data-error': '' },
        "Paste the proxy's type 2 (the second 407's Proxy-Authenticate: NTLM …) to compute the type 3.",
      ),
    );
    return v('div', { 'data-ntlm': '' }, parts);
  }
  const decoded = decodeNtlmMessage(token);
  if (decoded.message?.type !== 2) {
    parts.push(
      v(
        'p',
        { class: 'w-error', 'data-error': '' },
        decoded.message
          ? `That is a type ${decoded.message.type} message, not a type 2 (CHALLENGE_MESSAGE).`
          : `Not an NTLM message: ${decoded.diagnostics[0]?.message ?? 'unreadable'}`,
      ),
    );
    return v('div', { 'data-ntlm': '' }, parts);
  }
  const clientChallenge = hexBytes(s.clientChallenge);
  if (!clientChallenge) {
    parts.push(v('p', { class: 'w-error', 'data-error': '' }, 'The client challenge must be 16 hex digits (8 bytes).'));
    return v('div', { 'data-ntlm': '' }, parts);
  }
  try {
    const result = buildAuthenticateMessage({
      challenge: token,
      user: s.user,
      domain: s.domain,
      password: s.password,
      workstation: s.workstation,
      clientChallenge,
      time: filetimeFromUnixMilliseconds(s.time),
    });
    const type3 = decodeNtlmMessage(result.bytes).message;
    const ts = type3?.type === 3 ? type3.ntlmv2Response?.timestamp?.value : undefined;
    parts.push(
      out(
        `Proxy-Authorization: NTLM ${result.base64}`,
        'ntlm-type3',
        'the type 3 header',
        reveal
          ? undefined
          : `Proxy-Authorization: NTLM ${result.base64.slice(0, 24)}… (${result.base64.length} characters: Copy takes all of it; Show beside the NTLM password displays it)`,
      ),
      vdl([
        ['Server challenge', v('code', {}, decoded.message.serverChallenge?.value ?? '?')],
        ['Client challenge', v('code', { 'data-out': 'client-challenge' }, toHex(clientChallenge))],
        ['Timestamp', ts ?? '?'],
        ['NTProofStr', v('code', {}, toHex(result.ntProofStr))],
        ['Target', decoded.message.targetName?.value ?? '(none)'],
      ]),
      v(
        'p',
        { class: 'w-note' },
        "NTLMv2: HMAC-MD5 keyed with NTOWFv2(password, user, domain) over the server challenge, the client challenge, the time and the proxy's target information (MS-NLMP §3.3.2). The type 3 must go out on the same connection as the type 1.",
      ),
    );
  } catch (error) {
    parts.push(
      v('p', { class: 'w-error', 'data-error': '' }, `Cannot build the type 3: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  return v('div', { 'data-ntlm': '' }, parts);
}

/** An output line with its copy button; `shown` replaces the text on screen (masked secrets). */
function out(text: string, name: string, what: string, shown?: string): VElement {
  return v('span', { class: 'w-with-copy' }, v('code', { 'data-out': name }, shown ?? text), vcopy(text, what));
}

/** http://user:pass@host:port with the userinfo percent-encoded (RFC 3986 §3.2.1). */
export function proxyUrl(proxy: string, user: string, password: string, mask = false): string | undefined {
  const m = /^(https?|socks5h?|socks4a?):\/\/([^/@]*@)?([^/]+)\/?$/i.exec(proxy.trim());
  if (!m) return undefined;
  return `${m[1]!.toLowerCase()}://${encodeUserinfo(user)}:${mask ? MASK : encodeUserinfo(password)}@${m[3]}`;
}

function stripFieldName(text: string): string {
  const trimmed = text.replace(/^\s*(?:< )?(?:proxy|www)-authenticate:\s*/i, '');
  return trimmed;
}

function stripNtlmPrefix(text: string): string {
  return text
    .trim()
    .replace(/^(?:< )?(?:proxy|www)-authenticate:\s*/i, '')
    .replace(/^NTLM\s+/i, '')
    .trim();
}

function hexBytes(text: string): Uint8Array | undefined {
  const t = text.trim();
  if (!/^[0-9a-fA-F]{16}$/.test(t)) return undefined;
  const out = new Uint8Array(8);
  for (let i = 0; i < 8; i++) out[i] = parseInt(t.slice(i * 2, i * 2 + 2), 16);
  return out;
}
