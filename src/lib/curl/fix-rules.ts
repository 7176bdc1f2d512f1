/**
 * What would make a simulated command work, as small rules over the run's facts (outcome.ts): each rule
 * reads the facts and the parsed request, never a transcript line or a step title, and answers with a
 * suggestion as data (an id, the facts it rests on, and the corrected command or variable when one can be
 * written). Wording belongs to the UI.
 *
 * The rules follow curl's behaviour as the engine models it: -U/--proxy-user for the proxy vs -u for the
 * server (curl.1), the proxy auth flags and their precedence (proxyAuth in options.ts), curl's pickoneauth
 * order, lowercase http_proxy only (lib/url.c, detect_proxy), NO_PROXY matching (lib/noproxy.c), the
 * default proxy port 1080, and RFC 3986 §3.2.1 percent-encoding of userinfo.
 */
import { quoteBash } from '../snippets/quote';
import { insertAfterCurl, percentEncodedProxy, replaceProxyValue, swapUserOption, withAuthFlag } from './command-edits';
import type { SimulationFacts } from './outcome';
import type { AuthScheme, CurlRequest } from './options';
import { AUTH_SCHEME_NAMES, CURL_AUTH_PREFERENCE } from './proxy-auth';
import type { ProxyEndpoint } from './proxy-choice';
import { parseCurlUrl } from './url';
import { splitShellWords, type ShellWordsResult } from '../shell/words';

/** The flag that asks curl for each proxy scheme. */
export const PROXY_AUTH_FLAG: Readonly<Record<AuthScheme | 'anyauth', string>> = {
  basic: '--proxy-basic',
  digest: '--proxy-digest',
  ntlm: '--proxy-ntlm',
  negotiate: '--proxy-negotiate',
  anyauth: '--proxy-anyauth',
};

export type Suggestion =
  | { id: 'no-curl' }
  | { id: 'usage' }
  | { id: 'no-proxy-matched'; source: string; value: string; host: string; reason: string; command: string }
  | { id: 'lowercase-http-proxy'; env: string }
  | { id: 'https-proxy-variable'; env: string }
  | { id: 'user-vs-proxy-user'; command: string | undefined }
  | { id: 'add-proxy-user'; user: string; command: string }
  /** The command asks for `requested`, which the (simulated) proxy does not offer. */
  | { id: 'proxy-lacks-scheme'; requested: AuthScheme; offered: string[] }
  /** No scheme asked for (Basic by default) and the proxy wants another: name it. */
  | { id: 'use-proxy-scheme'; scheme: AuthScheme; offered: string[]; command: string }
  | { id: 'use-proxy-anyauth'; command: string }
  | { id: 'percent-encode-userinfo'; masked: string; hostRead: string | undefined; command: string | undefined; env: string | undefined }
  | { id: 'check-credentials'; scheme: AuthScheme; user: string; ntlmOffered: boolean }
  | { id: 'fail-on-407'; command: string }
  | { id: 'connect-port-denied'; port: number | undefined }
  | { id: 'proxy-refused'; host: string; port: number; defaultPort: boolean; command: string | undefined }
  | { id: 'proxy-syntax'; message: string; source: string | undefined }
  | { id: 'proxy-unresolvable'; host: string; source: string | undefined }
  | { id: 'host-unresolvable-direct'; command: string }
  | { id: 'proxy-scheme-http'; command: string | undefined }
  | { id: 'untrusted-certificate'; command: string }
  | { id: 'negotiate-ticket' }
  | { id: 'add-verbose'; command: string };

export interface FixInput {
  facts: SimulationFacts;
  request: CurlRequest;
  /** The command the request was parsed from (its offsets point into it). */
  command: string;
  /** The command's shell words from that parse, if the caller kept them (else the edits lex the command). */
  shell?: ShellWordsResult;
  /** A user name to put in a suggested -U (default "alice"). */
  user?: string;
}

export type FixRule = (input: FixInput) => Suggestion | undefined;

/** The run ended on the proxy's 407: a plain-http response, a failed CONNECT, or -f's exit 22. */
function endedOn407(f: SimulationFacts): boolean {
  const o = f.outcome;
  if (o.kind === 'response') return o.from === 'proxy' && o.status === 407;
  return (o.cause === 'tunnel-failed' || o.cause === 'http-error') && o.status === 407 && f.proxyStatuses.at(-1) === 407;
}

/** Schemes the proxy offered that curl knows, lowercased. */
function offeredSchemes(f: SimulationFacts): AuthScheme[] {
  return f.offered.map((s) => s.toLowerCase()).filter((s): s is AuthScheme => (CURL_AUTH_PREFERENCE as readonly string[]).includes(s));
}

const proxyOf = (f: SimulationFacts): ProxyEndpoint | undefined => (f.proxy.kind === 'proxy' ? f.proxy.proxy : undefined);
const sourceOf = (f: SimulationFacts): string | undefined =>
  f.proxy.kind === 'proxy' || f.proxy.kind === 'error' ? f.proxy.source.name : undefined;
const hasCredentials = (f: SimulationFacts): boolean => f.credentials.kind === 'given';
const nonEmpty = (v: string | undefined): v is string => v !== undefined && v !== '';
/** The command asked for a proxy scheme with a flag (not just curl's default Basic). */
const askedForScheme = (r: CurlRequest): boolean => Object.values(r.proxyAuthFlags).some(Boolean);

/** The scheme curl should be told to use when it was not told any and the proxy lacks Basic. */
function missingSchemeChoice(i: FixInput): AuthScheme | undefined {
  const { facts: f, request } = i;
  if (!endedOn407(f) || !hasCredentials(f) || askedForScheme(request) || f.requested !== 'basic') return undefined;
  const offered = offeredSchemes(f);
  if (offered.length === 0 || offered.includes('basic')) return undefined;
  return CURL_AUTH_PREFERENCE.find((s) => offered.includes(s));
}

const noProxyMatched: FixRule = ({ facts: f, request, command, shell }) => {
  const p = f.proxy;
  if (p.kind !== 'direct' || p.reason !== 'no-proxy-match' || !p.noProxy) return undefined;
  const host = (request.urls[0] ? parseCurlUrl(request.urls[0].value)?.host : undefined) ?? 'the host';
  const { source, value, result } = p.noProxy;
  return { id: 'no-proxy-matched', source, value, host, reason: result.reason, command: insertAfterCurl(command, "--noproxy ''", shell) };
};

const lowercaseHttpProxy: FixRule = ({ facts: f, request }) => {
  const url = request.urls[0] ? parseCurlUrl(request.urls[0].value) : undefined;
  const env = request.env;
  if (f.proxy.kind !== 'direct' || f.proxy.reason !== 'not-configured' || url?.scheme !== 'http') return undefined;
  return nonEmpty(env['HTTP_PROXY']) && !nonEmpty(env['http_proxy'])
    ? { id: 'lowercase-http-proxy', env: `http_proxy=${env['HTTP_PROXY']}` }
    : undefined;
};

const httpsProxyVariable: FixRule = ({ facts: f, request }) => {
  const url = request.urls[0] ? parseCurlUrl(request.urls[0].value) : undefined;
  const env = request.env;
  if (f.proxy.kind !== 'direct' || f.proxy.reason !== 'not-configured' || url?.scheme !== 'https') return undefined;
  return nonEmpty(env['http_proxy']) && !nonEmpty(env['https_proxy']) && !nonEmpty(env['HTTPS_PROXY'])
    ? { id: 'https-proxy-variable', env: `https_proxy=${env['http_proxy']}` }
    : undefined;
};

const userVsProxyUser: FixRule = ({ facts: f, request, command }) =>
  endedOn407(f) && !hasCredentials(f) && request.user !== undefined
    ? { id: 'user-vs-proxy-user', command: swapUserOption(request, command) }
    : undefined;

const addProxyUser: FixRule = ({ facts: f, request, command, user, shell }) => {
  if (!endedOn407(f) || hasCredentials(f) || request.user !== undefined) return undefined;
  const name = user || 'alice';
  return { id: 'add-proxy-user', user: name, command: insertAfterCurl(command, `-U ${quoteBash(name)}`, shell) };
};

const proxyLacksScheme: FixRule = ({ facts: f, request }) => {
  if (!endedOn407(f) || !hasCredentials(f) || f.requested === 'anyauth' || !askedForScheme(request)) return undefined;
  if (f.auth.kind !== 'no-common-scheme') return undefined;
  return { id: 'proxy-lacks-scheme', requested: f.requested, offered: f.offered };
};

const useProxyScheme: FixRule = (i) => {
  const best = missingSchemeChoice(i);
  return best
    ? {
        id: 'use-proxy-scheme',
        scheme: best,
        offered: i.facts.offered,
        command: withAuthFlag(i.request, i.command, PROXY_AUTH_FLAG[best], i.shell),
      }
    : undefined;
};

const useProxyAnyauth: FixRule = (i) =>
  missingSchemeChoice(i)
    ? { id: 'use-proxy-anyauth', command: withAuthFlag(i.request, i.command, PROXY_AUTH_FLAG.anyauth, i.shell) }
    : undefined;

/** An "@" in the password, unencoded: after a 407 (curl read a different user or password) or as exit 5. */
const percentEncodeUserinfo: FixRule = ({ facts: f, request, command, shell }) => {
  const o = f.outcome;
  const raw =
    f.proxy.kind === 'error' && o.kind === 'error' && o.exit === 5
      ? f.proxy.raw
      : endedOn407(f) && hasCredentials(f) && f.auth.kind === 'refused'
        ? proxyOf(f)?.raw
        : undefined;
  const encoded = raw !== undefined ? percentEncodedProxy(raw) : undefined;
  const source = sourceOf(f);
  if (!encoded || raw === undefined) return undefined;
  const viaOption = source === '-x' || source === '--proxy1.0';
  return {
    id: 'percent-encode-userinfo',
    masked: encoded.masked,
    hostRead: f.proxy.kind === 'error' ? raw.slice(raw.indexOf('@') + 1) : undefined,
    command: viaOption ? replaceProxyValue(request, command, encoded.value, shell) : undefined,
    env: !viaOption && source ? `${source}=${encoded.value}` : undefined,
  };
};

const checkCredentials: FixRule = ({ facts: f }) =>
  endedOn407(f) && f.auth.kind === 'refused' && f.credentials.kind === 'given'
    ? { id: 'check-credentials', scheme: f.auth.scheme, user: f.credentials.user, ntlmOffered: offeredSchemes(f).includes('ntlm') }
    : undefined;

const failOn407: FixRule = ({ facts: f, request, command, shell }) =>
  endedOn407(f) && f.outcome.kind === 'response' && !request.fail && !request.failWithBody
    ? { id: 'fail-on-407', command: insertAfterCurl(command, '-f', shell) }
    : undefined;

const connectPortDenied: FixRule = ({ facts: f, request }) => {
  if (!f.proxyStatuses.includes(403)) return undefined;
  const url = request.urls[0] ? parseCurlUrl(request.urls[0].value) : undefined;
  return { id: 'connect-port-denied', port: url?.port };
};

const proxyRefused: FixRule = ({ facts: f, request, command, shell }) => {
  const o = f.outcome;
  const proxy = proxyOf(f);
  if (o.kind !== 'error' || o.cause !== 'proxy-refused' || !proxy) return undefined;
  const defaultPort = proxy.port === 1080 && !proxy.raw.includes(':1080');
  return {
    id: 'proxy-refused',
    host: proxy.host,
    port: proxy.port,
    defaultPort,
    command: defaultPort ? replaceProxyValue(request, command, `${proxy.scheme}://${proxy.host}:3128`, shell) : undefined,
  };
};

const proxySyntax: FixRule = (i) => {
  const o = i.facts.outcome;
  if (o.kind !== 'error' || o.cause !== 'proxy-syntax' || percentEncodeUserinfo(i)) return undefined;
  return { id: 'proxy-syntax', message: o.message, source: sourceOf(i.facts) };
};

const proxyUnresolvable: FixRule = ({ facts: f }) => {
  const o = f.outcome;
  return o.kind === 'error' && o.cause === 'proxy-unresolvable'
    ? { id: 'proxy-unresolvable', host: o.host, source: sourceOf(f) }
    : undefined;
};

const hostUnresolvableDirect: FixRule = ({ facts: f, command, shell }) =>
  f.outcome.kind === 'error' && f.outcome.cause === 'host-unresolvable' && f.proxy.kind === 'direct'
    ? { id: 'host-unresolvable-direct', command: insertAfterCurl(command, '-x http://proxy.example.com:3128', shell) }
    : undefined;

const proxySchemeHttp: FixRule = ({ facts: f, request, command, shell }) => {
  const o = f.outcome;
  const proxy = proxyOf(f);
  if (o.kind !== 'error' || o.cause !== 'tls' || o.peer !== 'proxy' || o.problem !== 'wrong-version' || !proxy) return undefined;
  return {
    id: 'proxy-scheme-http',
    command: replaceProxyValue(request, command, `http://${proxy.raw.slice(proxy.raw.indexOf('://') + 3)}`, shell),
  };
};

const untrustedCertificate: FixRule = ({ facts: f, command, shell }) =>
  f.outcome.kind === 'error' && f.outcome.cause === 'tls' && f.outcome.problem === 'untrusted-certificate'
    ? { id: 'untrusted-certificate', command: insertAfterCurl(command, '-k', shell) }
    : undefined;

const negotiateTicket: FixRule = ({ facts: f }) =>
  f.requested === 'negotiate' && hasCredentials(f) ? { id: 'negotiate-ticket' } : undefined;

const addVerbose: FixRule = ({ facts: f, request, command, shell }) =>
  !request.verbose && f.outcome.kind === 'error' ? { id: 'add-verbose', command: insertAfterCurl(command, '-v', shell) } : undefined;

/** The rules, in the order their suggestions are shown. */
export const FIX_RULES: readonly FixRule[] = [
  noProxyMatched,
  lowercaseHttpProxy,
  httpsProxyVariable,
  userVsProxyUser,
  addProxyUser,
  proxyLacksScheme,
  useProxyScheme,
  useProxyAnyauth,
  percentEncodeUserinfo,
  checkCredentials,
  failOn407,
  connectPortDenied,
  proxyRefused,
  proxySyntax,
  proxyUnresolvable,
  hostUnresolvableDirect,
  proxySchemeHttp,
  untrustedCertificate,
  negotiateTicket,
  addVerbose,
];

/** Every suggestion the rules make for a run; a command curl refuses, or no curl at all, gets only that. */
export function fixesFor(input: FixInput): Suggestion[] {
  const o = input.facts.outcome;
  if (o.kind === 'error' && o.cause === 'no-curl') return [{ id: 'no-curl' }];
  if (o.kind === 'error' && o.cause === 'usage') return [{ id: 'usage' }];
  // The command is lexed once for every edit the rules write (a caller that parsed it passes its words).
  const withWords: FixInput = { ...input, shell: input.shell ?? splitShellWords(input.command) };
  const out: Suggestion[] = [];
  for (const rule of FIX_RULES) {
    const s = rule(withWords);
    if (s) out.push(s);
  }
  return out;
}

/** A scheme's name as curl prints it. */
export function schemeName(s: AuthScheme | 'anyauth'): string {
  return s === 'anyauth' ? 'any scheme' : AUTH_SCHEME_NAMES[s];
}
