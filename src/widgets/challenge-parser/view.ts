/**
 * The challenge parser's result as a view tree (shared/view.ts), for build time and the browser alike:
 * each challenge with its parameters explained, diagnostics underlined in the input, warnings, what curl does
 * and what browsers do.
 */
import { describeBearerChallenge } from '../../lib/auth/bearer';
import { decodeNtlmMessage } from '../../lib/auth/ntlm';
import { parseChallenges } from '../../lib/http/challenges';
import { appendDiagnostics, boundedDiagnostics, finishDiagnostics, type Diagnostic } from '../../lib/diagnostics';
import { v, vdiagnostics, vdl, vmarked, vtable, type VChild, type VElement } from '../shared/view';
import { lintChallenges, type LocatedChallenge } from '../../lib/http/challenge-lint';
import { readPastedResponse } from '../../lib/http/pasted-response';

export interface ChallengeOptions {
  /** How the client talks to the proxy: http:// (plain, the usual case) or https:// (TLS to the proxy). */
  proxyScheme: 'http' | 'https';
}

export interface ChallengeView {
  node: VElement;
  summary: string;
  diagnostics: Diagnostic[];
  challenges: LocatedChallenge[];
}

/**
 * curl's preference among the schemes it can answer for a proxy (lib/http.c pickoneauth: Negotiate, Bearer,
 * Digest, NTLM, Basic, AWS-SigV4; Bearer and AWS-SigV4 never apply to a proxy). Negotiate only when curl is built
 * with GSS-API or SSPI.
 */
const CURL_PREFERENCE = ['negotiate', 'digest', 'ntlm', 'basic'] as const;
/** Chromium scores handlers Negotiate 4, NTLM 3, Digest 2, Basic 1 (net/http/http_auth_handler_*.cc); Firefox orders them alike. */
const BROWSER_PREFERENCE = ['negotiate', 'ntlm', 'digest', 'basic'] as const;

const PARAMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  basic: {
    realm: 'The protection space: clients reuse the same credentials for the same realm (RFC 7617 §2)',
    charset: 'Only "UTF-8" is allowed: the server expects the user and password encoded as UTF-8 (RFC 7617 §2.1)',
  },
  digest: {
    realm: 'The protection space, shown to the user and hashed into H(A1) (RFC 7616 §3.3)',
    nonce: 'Server-chosen random value; the client hashes it into the response',
    opaque: 'Server data the client must send back unchanged',
    stale: 'true: the nonce expired but the password was right, retry with the new nonce without asking the user',
    algorithm: 'The hash: MD5 (default when absent), SHA-256, SHA-512-256, and -sess variants',
    qop: 'Quality of protection the server supports: auth, auth-int (comma-separated)',
    domain: 'URIs in the same protection space (space-separated); ignored for proxies (RFC 7616 §3.3)',
    charset: 'Only "UTF-8": the user name and password are UTF-8',
    userhash: 'true: the server accepts a hashed user name',
  },
  bearer: {
    realm: 'The protection space',
    scope: 'Space-separated scopes the token must have (RFC 6750 §3)',
    error: 'Why the last token failed: invalid_request (400), invalid_token (401), insufficient_scope (403)',
    error_description: 'A human-readable explanation',
    error_uri: 'A page explaining the error',
  },
  negotiate: {},
  ntlm: {},
};

const SCHEME_NOTES: Readonly<Record<string, string>> = {
  basic: 'Basic (RFC 7617): the client sends user:password in base64, readable by anyone on the path.',
  digest: 'Digest (RFC 7616): the client proves it knows the password with a hash over the nonce; the password is not sent.',
  ntlm: 'NTLM (MS-NLMP): a three-message handshake on one connection; the bare challenge starts it, a challenge with a token is the type 2 message.',
  negotiate: 'Negotiate (RFC 4559): SPNEGO, usually Kerberos with the OS login (kinit or a Windows domain), NTLM as fallback.',
  bearer: 'Bearer (RFC 6750): an OAuth token, unusual for proxies.',
};

export function challengeView(input: string, options: ChallengeOptions): ChallengeView {
  const pasted = readPastedResponse(input);
  const found = boundedDiagnostics();
  const challenges: LocatedChallenge[] = [];
  for (const field of pasted.fields) {
    const parsed = parseChallenges(field.value);
    appendDiagnostics(found, parsed.diagnostics, field.start);
    for (const c of parsed.challenges) {
      challenges.push({
        ...c,
        field: field.name,
        start: c.start + field.start,
        end: c.end + field.start,
        params: c.params.map((p) => ({ ...p, start: p.start + field.start, end: p.end + field.start })),
      });
    }
  }
  appendDiagnostics(found, lintChallenges(pasted, challenges, options.proxyScheme, input.length));
  const diagnostics = finishDiagnostics(found, input.length).sort((a, b) => a.start - b.start);
  if (input.trim() === '') {
    return {
      node: v('div', {}, v('p', { class: 'w-note' }, 'Paste a Proxy-Authenticate value, header lines or a whole 407 response.')),
      summary: 'Empty input',
      diagnostics: [],
      challenges,
    };
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warns = diagnostics.filter((d) => d.severity === 'warning').length;
  const schemes = schemeList(challenges);
  const count = `${challenges.length} challenge${challenges.length === 1 ? '' : 's'}`;
  // The answer first (what was found, what curl and browsers do), then the warnings, then each challenge in detail.
  const node = v(
    'div',
    { 'data-count': challenges.length },
    v(
      'p',
      { 'data-summary': '' },
      pasted.status !== undefined ? `HTTP ${pasted.status}${pasted.reason ? ` ${pasted.reason.slice(0, 200)}` : ''}: ` : '',
      challenges.length === 0 ? 'no challenge found.' : `${count}: ${schemes}.`,
    ),
    challenges.length > 0
      ? [v('h4', {}, 'What curl does'), curlAdvice(challenges), v('h4', {}, 'What browsers do'), browserAdvice(challenges)]
      : null,
    diagnostics.length > 0
      ? [
          v('h4', {}, 'Warnings and errors'),
          vdiagnostics(input, diagnostics),
          vmarked(input, diagnostics, 'Your input, with the problems underlined'),
        ]
      : null,
    challenges.slice(0, MAX_SECTIONS).map((c, i) => challengeSection(c, i)),
    challenges.length > MAX_SECTIONS
      ? v('p', { class: 'w-note' }, `… and ${challenges.length - MAX_SECTIONS} more challenges, not shown`)
      : null,
  );
  return {
    node,
    summary: `${count} found${challenges.length ? ` (${schemes})` : ''}, ${errors} error${errors === 1 ? '' : 's'}, ${warns} warning${warns === 1 ? '' : 's'}`,
    diagnostics,
    challenges,
  };
}

const MAX_SECTIONS = 50;
const MAX_NAMED = 6;

/** "Basic, Digest and 3 more": the scheme names for the summary and the live region, bounded. */
function schemeList(challenges: readonly LocatedChallenge[]): string {
  const names = challenges.slice(0, MAX_NAMED).map((c) => (c.scheme.length > 40 ? `${c.scheme.slice(0, 40)}…` : c.scheme));
  const more = challenges.length - names.length;
  return names.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function challengeSection(c: LocatedChallenge, index: number): VChild {
  const lower = c.scheme.toLowerCase();
  const explain = PARAMS[lower] ?? {};
  const extra: VChild[] = [];
  if (lower === 'ntlm' && c.token68 !== undefined) {
    const m = decodeNtlmMessage(c.token68).message;
    if (m?.type === 2) {
      extra.push(
        v(
          'p',
          {},
          `The token is an NTLM CHALLENGE_MESSAGE (type 2): the second step of the handshake. Server challenge ${m.serverChallenge?.value ?? '?'}${m.targetName ? `, target ${m.targetName.value}` : ''}. Open it in the `,
          v('a', { href: '/tools/decoder/' }, 'decoder'),
          ' for every field.',
        ),
      );
    }
  }
  if (lower === 'bearer') {
    const info = describeBearerChallenge(c);
    if (info.error)
      extra.push(
        v(
          'p',
          {},
          `Error ${info.error}${info.errorStatus ? ` (HTTP ${info.errorStatus})` : ''}${info.errorDescription ? `: ${info.errorDescription}` : ''}.`,
        ),
      );
  }
  return [
    v('h4', { 'data-challenge': index }, `${index + 1}. ${c.scheme}`, v('span', { class: 'w-note' }, ` in ${c.field}`)),
    v('p', {}, SCHEME_NOTES[lower] ?? `"${c.scheme}" is not a scheme this page knows; clients that do not know it skip it.`),
    c.token68 !== undefined ? vdl([['token68', c.token68.length > 200 ? `${c.token68.slice(0, 200)}…` : c.token68]]) : null,
    c.params.length > 0
      ? vtable(
          `Parameters of challenge ${index + 1} (${c.scheme})`,
          ['Parameter', 'Value', 'Meaning'],
          c.params
            .slice(0, 100)
            .map((p) => [
              v('code', {}, p.name),
              v('code', {}, p.quoted ? `"${short(p.value)}"` : short(p.value)),
              explain[p.name.toLowerCase()] ?? 'Not defined for this scheme: clients ignore it',
            ]),
        )
      : null,
    extra,
  ];
}

function short(text: string): string {
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

function curlAdvice(challenges: readonly LocatedChallenge[]): VElement {
  const proxy = challenges.filter((c) => c.field === 'Proxy-Authenticate');
  const offered = new Set(proxy.map((c) => c.scheme.toLowerCase()));
  const items: VChild[] = [];
  if (proxy.length === 0) {
    items.push(
      v(
        'li',
        {},
        "There is no Proxy-Authenticate challenge: curl's proxy options do not apply. For WWW-Authenticate, use -u (server credentials) with --basic, --digest, --ntlm, --negotiate or --anyauth.",
      ),
    );
    return v('ul', { 'data-curl': '' }, items);
  }
  items.push(
    v(
      'li',
      {},
      v('code', {}, '-U user:password'),
      ' (or --proxy-user) alone: curl sends ',
      v('strong', {}, 'Basic'),
      ' preemptively, in the first request, without waiting for the 407. ',
      offered.has('basic')
        ? 'The proxy offers Basic, so that works when the password is right.'
        : 'The proxy does not offer Basic here, so it answers 407 again and curl stops: add one of the options below.',
    ),
  );
  const pick = CURL_PREFERENCE.find((s) => offered.has(s));
  items.push(
    v(
      'li',
      { 'data-curl-anyauth': pick ?? '' },
      v('code', {}, '--proxy-anyauth'),
      ': curl first sends no credentials, reads the 407, then answers the strongest scheme it supports: Negotiate, then Digest, then NTLM, then Basic (pickoneauth in lib/http.c). ',
      pick
        ? [
            'Here it picks ',
            v('strong', {}, pick === 'ntlm' ? 'NTLM' : pick.charAt(0).toUpperCase() + pick.slice(1)),
            pick === 'negotiate'
              ? ' (only if curl is built with GSS-API or SSPI and you have a Kerberos ticket; pass "-U :" so curl takes the user from the ticket)'
              : '',
            '.',
          ]
        : 'None of the offered schemes is one curl can answer for a proxy.',
    ),
  );
  const flags: Record<string, string> = {
    digest: '--proxy-digest',
    ntlm: '--proxy-ntlm',
    negotiate: '--proxy-negotiate',
    basic: '--proxy-basic',
  };
  const specific = [...offered].filter((s) => flags[s]).map((s) => flags[s]!);
  if (specific.length > 0)
    items.push(v('li', {}, 'Or name the scheme: ', ...specific.flatMap((f, i) => [i > 0 ? ', ' : '', v('code', {}, f)]), '.'));
  if (offered.has('ntlm') || offered.has('negotiate'))
    items.push(
      v('li', {}, 'NTLM and Negotiate authenticate the connection, not the request: keep-alive must work through the whole path.'),
    );
  return v('ul', { 'data-curl': '' }, items);
}

function browserAdvice(challenges: readonly LocatedChallenge[]): VElement {
  const offered = new Set(challenges.map((c) => c.scheme.toLowerCase()));
  const pick = BROWSER_PREFERENCE.find((s) => offered.has(s));
  const items: VChild[] = [
    v(
      'li',
      {},
      'Browsers pick the strongest scheme they support: Negotiate, then NTLM, then Digest, then Basic (Chromium scores them 4, 3, 2, 1; Firefox orders them the same way).',
      pick ? ` Here: ${pick === 'ntlm' ? 'NTLM' : pick.charAt(0).toUpperCase() + pick.slice(1)}.` : '',
    ),
  ];
  if (pick === 'negotiate' || pick === 'ntlm')
    items.push(
      v(
        'li',
        {},
        'Negotiate and NTLM use the operating system login without a prompt (Windows domain, Kerberos ticket); if that fails, browsers fall back to the next scheme or show a prompt.',
      ),
    );
  if (pick === 'basic' || pick === 'digest')
    items.push(
      v(
        'li',
        {},
        'Basic and Digest show a login dialog naming the proxy and the realm; the browser then remembers the credentials for the session.',
      ),
    );
  items.push(
    v(
      'li',
      {},
      'A browser does not show the 407 page itself: it shows its own prompt, or an error when it supports none of the offered schemes (Chrome: ERR_PROXY_AUTH_UNSUPPORTED).',
    ),
  );
  return v('ul', { 'data-browsers': '' }, items);
}
