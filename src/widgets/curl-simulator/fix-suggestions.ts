/**
 * "How to fix": from a simulation's outcome to the changes that would make the command work, each with a
 * corrected command (or environment line) when one can be written. Pure: it reads the result (steps,
 * chosen proxy, parsed request) and the command text it came from; it never re-runs the simulation.
 *
 * The rules follow curl's behaviour as the engine models it: -U/--proxy-user for the proxy vs -u for the
 * server (curl.1), the proxy auth flags and their precedence (proxyAuth in options.ts), lowercase
 * http_proxy only (lib/url.c, detect_proxy), NO_PROXY matching (lib/noproxy.c), the default proxy port
 * 1080, and RFC 3986 §3.2.1 percent-encoding of userinfo.
 */
import { findCurlInvocation } from '../../lib/shell/find-curl';
import { proxyAuth, type AuthScheme } from '../../lib/curl/options';
import { splitShellWords } from '../../lib/shell/words';
import type { SimulationResult } from '../../lib/curl/simulate';
import { parseCurlUrl } from '../../lib/curl/url';
import { shellQuote } from './redact';

export interface FixSuggestion {
  /** Stable id, kebab-case (tests and CSS hooks). */
  id: string;
  title: string;
  detail: string;
  /** The command with the fix applied. */
  command?: string;
  /** An environment line to set instead (NAME=value). */
  env?: string;
}

export interface FixContext {
  /** The command the result came from (offsets of the parsed request point into it). */
  command: string;
  /** Schemes the proxy offers, when the caller knows them; otherwise read from the transcript's 407. */
  offered?: readonly string[];
  /** A user name to put in a suggested -U (default "alice"). */
  user?: string;
}

const FLAG_FOR: Record<AuthScheme, string> = {
  basic: '--proxy-basic',
  digest: '--proxy-digest',
  ntlm: '--proxy-ntlm',
  negotiate: '--proxy-negotiate',
};
// curl's pickoneauth order (lib/http.c): what --proxy-anyauth chooses among the offered schemes.
const STRONGEST_FIRST: readonly AuthScheme[] = ['negotiate', 'digest', 'ntlm', 'basic'];
const AUTH_FLAG_OPTIONS = new Set(['proxy-basic', 'proxy-digest', 'proxy-ntlm', 'proxy-negotiate', 'proxy-anyauth']);

export function fixSuggestions(result: SimulationResult, context: FixContext): FixSuggestion[] {
  const out: FixSuggestion[] = [];
  const { request } = result;
  const text = context.command;
  const choice = result.proxy;
  const proxy = choice?.kind === 'proxy' ? choice.proxy : undefined;
  const source = choice && choice.kind !== 'direct' ? choice.source.name : undefined;
  const url = request.urls[0] ? parseCurlUrl(request.urls[0].value) : undefined;
  const env = request.env;

  if (result.exitCode === 127) {
    return [
      {
        id: 'no-curl',
        title: 'Paste a curl command',
        detail: 'The text holds no curl command: start it with curl, e.g. curl -v -x http://proxy.example.com:3128 https://example.com/.',
      },
    ];
  }
  if (request.usageError) {
    out.push({
      id: 'usage',
      title: 'Fix the command line first',
      detail: 'curl stops before any network traffic (exit 2); the problem is underlined in the command above.',
    });
    return out;
  }

  const responses = result.steps.filter((s) => s.kind === 'response');
  const lastResponse = responses[responses.length - 1];
  const ended407 = lastResponse !== undefined && lastResponse.title.startsWith('Proxy answers 407');
  const haveCreds = proxy?.user !== undefined;
  const offered = (context.offered ?? offeredFromTranscript(result)).map((s) => s.toLowerCase());
  const want = proxyAuth(request);

  // NO_PROXY / --noproxy matched: no proxy at all.
  if (choice?.noProxy?.result.match) {
    const { source, value } = choice.noProxy;
    out.push({
      id: 'no-proxy-matched',
      title: `${source} matched ${url?.host ?? 'the host'}: no proxy was used`,
      detail: `${choice.noProxy.result.reason} curl connects directly, even with -x. If this host must go through the proxy, take it out of ${source} ("${value}"), or override the list for this command with --noproxy ''.`,
      command: insertAfterCurl(text, "--noproxy ''"),
    });
  }

  // Uppercase HTTP_PROXY is ignored for http:// (httpoxy); http_proxy is not used for https://.
  if (choice?.kind === 'direct' && !choice.noProxy?.result.match && url) {
    if (url.scheme === 'http' && nonEmpty(env['HTTP_PROXY']) && !nonEmpty(env['http_proxy'])) {
      out.push({
        id: 'lowercase-http-proxy',
        title: 'Use lowercase http_proxy',
        detail:
          'curl ignores HTTP_PROXY in uppercase for http:// URLs (in a CGI script a request header could set it: the "httpoxy" issue). Set http_proxy instead.',
        env: `http_proxy=${env['HTTP_PROXY']}`,
      });
    }
    if (url.scheme === 'https' && nonEmpty(env['http_proxy']) && !nonEmpty(env['https_proxy']) && !nonEmpty(env['HTTPS_PROXY'])) {
      out.push({
        id: 'https-proxy-variable',
        title: 'Set https_proxy for https:// URLs',
        detail: 'http_proxy applies only to http:// URLs; an https:// URL reads https_proxy (or HTTPS_PROXY, all_proxy).',
        env: `https_proxy=${env['http_proxy']}`,
      });
    }
  }

  // -u is for the server, -U for the proxy.
  if (ended407 && !haveCreds && request.user !== undefined) {
    const fixed = swapUserOption(result, text);
    out.push({
      id: 'user-vs-proxy-user',
      title: 'Use -U (--proxy-user), not -u',
      detail:
        '-u/--user sends credentials to the server behind the proxy, and only after the tunnel is up; the proxy needs -U/--proxy-user.',
      ...(fixed ? { command: fixed } : {}),
    });
  } else if (ended407 && !haveCreds) {
    const user = context.user || 'alice';
    out.push({
      id: 'add-proxy-user',
      title: 'Give curl the proxy credentials with -U (--proxy-user)',
      detail: `The proxy answered 407 and curl had no proxy credentials. With -U ${user} curl asks for the password (kept out of your shell history); -U ${user}:password also works, or user:password@ in the proxy URL.`,
      command: insertAfterCurl(text, `-U ${shellQuote(user)}`),
    });
  }

  // Credentials sent with a scheme the proxy does not offer.
  const offeredKnown = offered.filter((s): s is AuthScheme => (STRONGEST_FIRST as readonly string[]).includes(s));
  if (ended407 && haveCreds && want !== 'anyauth' && offeredKnown.length > 0 && !offeredKnown.includes(want)) {
    const best = STRONGEST_FIRST.find((s) => offeredKnown.includes(s))!;
    const names = offeredKnown.map(schemeName).join(', ');
    out.push({
      id: `use-proxy-${best}`,
      title: `Use ${FLAG_FOR[best]}`,
      detail: `The proxy offers ${names}; curl was told to use ${schemeName(want)}${want === 'basic' ? ' (the default)' : ''}.${best === 'negotiate' ? ' Negotiate uses your Kerberos ticket (kinit first); -U : takes the user from it.' : ''}`,
      command: withAuthFlag(result, text, FLAG_FOR[best]),
    });
    if (offeredKnown.length > 1 || best !== 'basic') {
      out.push({
        id: 'use-proxy-anyauth',
        title: 'Or let curl pick with --proxy-anyauth',
        detail: 'curl then waits for the 407 and answers the strongest scheme it offers, at the cost of one extra round trip.',
        command: withAuthFlag(result, text, '--proxy-anyauth'),
      });
    }
  } else if (ended407 && haveCreds) {
    const encoded = proxy ? percentEncodedProxy(proxy.raw) : undefined;
    if (encoded && source) {
      const fix: FixSuggestion = {
        id: 'percent-encode-userinfo',
        title: 'Percent-encode the @ (and : / # ?) in the proxy URL',
        detail: `Inside a URL, the password's "@" must be written %40 (RFC 3986 §3.2.1), otherwise the host starts after the first "@" for some parsers. The proxy string becomes ${encoded.masked}.`,
      };
      if (source === '-x' || source === '--proxy1.0') {
        const fixed = replaceProxyValue(result, text, encoded.value);
        if (fixed) fix.command = fixed;
      } else fix.env = `${source}=${encoded.value}`;
      out.push(fix);
    }
    out.push({
      id: 'check-credentials',
      title: 'Check the user name and password',
      detail: `The proxy rejected the ${schemeName(want === 'anyauth' ? (STRONGEST_FIRST.find((s) => offeredKnown.includes(s)) ?? 'basic') : want)} credentials for '${proxy?.user ?? ''}'. curl does not retry a refused scheme ("Authentication problem. Ignoring this.").${offeredKnown.includes('ntlm') ? ' NTLM proxies often want DOMAIN\\user.' : ''}`,
    });
  }

  if (ended407 && result.exitCode === 0 && !request.fail && !request.failWithBody) {
    out.push({
      id: 'fail-on-407',
      title: 'In scripts, add -f to make the 407 an error',
      detail: 'For an http:// URL the 407 is an ordinary HTTP response, so curl exits 0; -f (--fail) turns it into exit 22.',
      command: insertAfterCurl(text, '-f'),
    });
  }

  const failure = result.steps[result.steps.length - 1]?.detail[0] ?? '';
  const connect403 = responses.some((s) => s.title.startsWith('Proxy answers 403'));
  if (connect403) {
    out.push({
      id: 'connect-port-denied',
      title: 'The proxy does not allow CONNECT to this port',
      detail: `Proxies usually tunnel only to port 443 (Squid's SSL_ports). Use the standard port, or ask the proxy's administrators to allow port ${url?.port ?? ''}.`,
    });
  }
  if (result.exitCode === 7 && failure.startsWith('Failed to connect') && proxy) {
    const defaultPort = proxy.port === 1080 && !proxy.raw.includes(':1080');
    out.push({
      id: 'proxy-refused',
      title: `Nothing accepts connections at ${proxy.host}:${proxy.port}`,
      detail: defaultPort
        ? 'The proxy string has no port, so curl used its default, 1080. Most HTTP proxies listen on 3128 or 8080: write the port.'
        : "Check the proxy host and port (your browser's or system proxy settings, or the PAC file, show the right ones), and whether you need a VPN.",
      ...(defaultPort
        ? (() => {
            const fixed = replaceProxyValue(result, text, `${proxy.scheme}://${proxy.host}:3128`);
            return fixed ? { command: fixed } : {};
          })()
        : {}),
    });
  }
  const rawProxy = choice?.kind === 'error' ? choice.raw : undefined;
  const unencodedAt = result.exitCode === 5 && rawProxy !== undefined ? percentEncodedProxy(rawProxy) : undefined;
  if (unencodedAt && rawProxy !== undefined) {
    // curl ends the userinfo at the first "@", so an "@" in the password leaves one in the host name.
    const fix: FixSuggestion = {
      id: 'percent-encode-userinfo',
      title: 'Percent-encode the @ in the proxy URL',
      detail: `curl ends the user and password at the first "@", so it reads "${rawProxy.slice(rawProxy.indexOf('@') + 1)}" as host and port, which is not a host name. Inside a URL a literal "@" is written %40 (RFC 3986 §3.2.1): ${unencodedAt.masked}.`,
    };
    if (source === '-x' || source === '--proxy1.0') {
      const fixed = replaceProxyValue(result, text, unencodedAt.value);
      if (fixed) fix.command = fixed;
    } else if (source) fix.env = `${source}=${unencodedAt.value}`;
    out.push(fix);
  } else if (result.exitCode === 5 && !failure.startsWith('Could not resolve proxy')) {
    out.push({
      id: 'proxy-syntax',
      title: 'Fix the proxy string',
      detail: `${failure}${source ? ` (from ${source})` : ''}. curl reads a proxy as [scheme://][user:password@]host[:port], e.g. http://proxy.example.com:3128.`,
    });
  } else if (result.exitCode === 5) {
    out.push({
      id: 'proxy-unresolvable',
      title: `The proxy name ${proxy?.host ?? ''} does not resolve`,
      detail: `Check its spelling${source ? ` in ${source}` : ''}; internal proxy names often resolve only on the company network or VPN.`,
    });
  }
  if (result.exitCode === 6 && choice?.kind === 'direct') {
    out.push({
      id: 'host-unresolvable-direct',
      title: 'No proxy was used and the server name does not resolve',
      detail: 'Behind a proxy, client machines often cannot resolve outside names themselves: give curl the proxy with -x or https_proxy.',
      command: insertAfterCurl(text, '-x http://proxy.example.com:3128'),
    });
  }
  if (result.exitCode === 35 && proxy?.scheme === 'https') {
    const fixed = replaceProxyValue(result, text, `http://${proxy.raw.slice(proxy.raw.indexOf('://') + 3)}`);
    out.push({
      id: 'proxy-scheme-http',
      title: 'Write http:// for the proxy',
      detail:
        'https:// in the proxy URL means TLS to the proxy itself; most proxies speak plain HTTP on their port, even for https:// sites (those go through CONNECT).',
      ...(fixed ? { command: fixed } : {}),
    });
  }
  if (result.exitCode === 60) {
    out.push({
      id: 'untrusted-certificate',
      title: 'Trust the certificate (-k only for a test)',
      detail:
        "The server's certificate is self-signed or signed by a CA curl does not know. Give curl the CA with --cacert ca.pem (a corporate TLS-inspecting proxy has its own CA). -k (--insecure) skips the check: fine to confirm the diagnosis, not to keep.",
      command: insertAfterCurl(text, '-k'),
    });
  }
  if (want === 'negotiate' && haveCreds) {
    out.push({
      id: 'negotiate-ticket',
      title: 'Negotiate needs a Kerberos ticket',
      detail:
        'The token in the transcript is a placeholder: the real one comes from your ticket (kinit, or your Windows logon); -U : tells curl to use it.',
    });
  }
  if (!request.verbose && result.exitCode !== 0) {
    out.push({
      id: 'add-verbose',
      title: 'Add -v to see the exchange',
      detail: "curl -v shows each request (>), response (<) and curl's own notes (*).",
      command: insertAfterCurl(text, '-v'),
    });
  }
  return out;
}

/** Scheme names from the transcript's Proxy-Authenticate lines (needs -v). */
export function offeredFromTranscript(result: Pick<SimulationResult, 'lines'>): string[] {
  const out: string[] = [];
  for (const l of result.lines) {
    if (l.kind !== 'recv' || !l.text.toLowerCase().startsWith('< proxy-authenticate:')) continue;
    const value = l.text.slice(l.text.indexOf(':') + 1).trim();
    const space = value.indexOf(' ');
    const scheme = space < 0 ? value : value.slice(0, space);
    if (scheme && !out.includes(scheme)) out.push(scheme);
  }
  return out;
}

/** The command with `insert` added right after the curl word (or unchanged when there is none). */
export function insertAfterCurl(text: string, insert: string): string {
  const diagnostics: never[] = [];
  const invocation = findCurlInvocation(splitShellWords(text), diagnostics);
  if (!invocation) return text;
  const at = invocation.program.end;
  return `${text.slice(0, at)} ${insert}${text.slice(at)}`;
}

/**
 * The proxy string with its userinfo percent-encoded, when the userinfo (read up to the LAST "@", which is
 * what the user meant) itself holds an "@"; else undefined.
 */
export function percentEncodedProxy(raw: string): { value: string; masked: string } | undefined {
  const sep = raw.indexOf('://');
  const from = sep < 0 ? 0 : sep + 3;
  let end = raw.length;
  for (let i = from; i < raw.length; i++)
    if (raw[i] === '/' || raw[i] === '?' || raw[i] === '#') {
      end = i;
      break;
    }
  const at = raw.lastIndexOf('@', end - 1);
  if (at < from) return undefined;
  const userinfo = raw.slice(from, at);
  if (!userinfo.includes('@')) return undefined;
  const colon = userinfo.indexOf(':');
  const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const password = colon < 0 ? undefined : userinfo.slice(colon + 1);
  const prefix = raw.slice(0, from);
  const host = raw.slice(at);
  const enc = (s: string) => encodeURIComponent(s);
  return {
    value: `${prefix}${enc(user)}${password !== undefined ? ':' + enc(password) : ''}${host}`,
    masked: `${prefix}${enc(user)}${password !== undefined ? ':…' : ''}${host}`,
  };
}

function swapUserOption(result: SimulationResult, text: string): string | undefined {
  const option = result.request.options.find((o) => o.option.long === 'user');
  if (!option) return undefined;
  const word = text.slice(option.start, option.end);
  if (word.startsWith('--user')) return text.slice(0, option.start) + '--proxy-user' + text.slice(option.start + 6);
  if (word.startsWith('-u')) return text.slice(0, option.start) + '-U' + text.slice(option.start + 2);
  return undefined;
}

/** Removes the proxy auth flags that are present and adds `flag` after curl. */
function withAuthFlag(result: SimulationResult, text: string, flag: string): string {
  const spans = result.request.options
    .filter((o) => AUTH_FLAG_OPTIONS.has(o.option.long) && text.startsWith('--', o.start))
    .map((o) => ({ start: o.start, end: o.end }))
    .sort((a, b) => b.start - a.start);
  let t = text;
  for (const s of spans) {
    const from = s.start > 0 && t[s.start - 1] === ' ' ? s.start - 1 : s.start;
    t = t.slice(0, from) + t.slice(s.end);
  }
  return insertAfterCurl(t, flag);
}

/** The command with the -x value replaced: the last shell word of the option's span is its value. */
function replaceProxyValue(result: SimulationResult, text: string, value: string): string | undefined {
  const p = result.request.proxy;
  if (!p) return undefined;
  const word = splitShellWords(text)
    .commands.flatMap((c) => c.words)
    .find((w) => w.end === p.end);
  if (!word) return undefined;
  let replacement = shellQuote(value);
  if (word.start === p.start) {
    // attached: -xVALUE, -vxVALUE, --proxy=VALUE
    const v = word.value;
    const cut = v.startsWith('--') ? v.indexOf('=') + 1 : v.indexOf('x') + 1;
    if (cut <= 0) return undefined;
    replacement = shellQuote(v.slice(0, cut) + value);
  }
  return text.slice(0, word.start) + replacement + text.slice(word.end);
}

function schemeName(s: AuthScheme | 'anyauth'): string {
  return s === 'ntlm' ? 'NTLM' : s === 'anyauth' ? 'any scheme' : s[0]!.toUpperCase() + s.slice(1);
}

function nonEmpty(v: string | undefined): v is string {
  return v !== undefined && v !== '';
}
