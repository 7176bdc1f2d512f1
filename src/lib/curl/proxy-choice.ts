/**
 * Which proxy curl uses for a URL, and why: lib/url.c (create_conn, detect_proxy, parse_proxy), curl 7.88.
 *
 * 1. NO_PROXY first: `--noproxy` if given, else `no_proxy`, else `NO_PROXY` (an empty variable counts as
 *    unset, curl_getenv). A match means no proxy at all, even one given with -x.
 * 2. Then `-x`/`--proxy1.0`; failing that the environment: `<scheme>_proxy` in lowercase, then in
 *    uppercase except `HTTP_PROXY` (ignored: a CGI script receives the client's Proxy: header as
 *    HTTP_PROXY, the "httpoxy" problem), then `all_proxy`, `ALL_PROXY`.
 * 3. The proxy string: no scheme means http://; the port defaults to 1080 (443 for https://); user and
 *    password are percent-decoded and replace -U; a scheme curl does not know is an error (exit 7).
 */
import { curlNoProxyMatch, type NoProxyMatch } from './no-proxy';
import type { CurlRequest } from './options';
import { parseCurlUrl, type CurlUrl } from './url';

type ProxyScheme = 'http' | 'https' | 'socks4' | 'socks4a' | 'socks5' | 'socks5h';

export interface ProxyEndpoint {
  scheme: ProxyScheme;
  host: string;
  port: number;
  user?: string;
  password?: string;
  /** The proxy string as given. */
  raw: string;
  /** --proxy1.0: requests to the proxy use HTTP/1.0. */
  http10: boolean;
}

/** Where the proxy string came from: an option ('-x', '--proxy1.0', '--socks5' …) or an environment variable. */
export type ProxySource = { kind: 'option'; name: string } | { kind: 'env'; name: string };

/** The NO_PROXY list curl consulted ('--noproxy', 'no_proxy' or 'NO_PROXY'), and what it said about the host. */
export interface NoProxyUse {
  source: string;
  value: string;
  result: NoProxyMatch;
}

interface ChoiceBase {
  /** curl's own "* Uses proxy env variable …" lines, in the order it prints them. */
  info: string[];
  /** Sentences for the UI. */
  why: string[];
  /** The NO_PROXY list consulted, when there was one. */
  noProxy?: NoProxyUse;
}

/**
 * The proxy credentials curl holds, and whence: `option` (-U/--proxy-user), `url` (user:password@ in the
 * -x/--proxy1.0 string) or `env` (user:password@ in the proxy environment variable).
 */
export type ProxyCredentialsUse =
  | { kind: 'none' }
  | { kind: 'given'; user: string; password: { kind: 'given'; value: string } | { kind: 'absent' }; from: 'option' | 'url' | 'env' };

/** What curl decided about the proxy, and why. */
export type ProxyChoice =
  | (ChoiceBase & { kind: 'direct'; reason: 'no-proxy-match' | 'not-configured'; tunnel: false })
  | (ChoiceBase & { kind: 'proxy'; proxy: ProxyEndpoint; source: ProxySource; credentials: ProxyCredentialsUse; tunnel: boolean })
  | (ChoiceBase & {
      kind: 'error';
      source: ProxySource;
      /** The proxy string as given, which curl could not read. */
      raw: string;
      error: { exitCode: number; message: string; cause: 'unsupported-scheme' | 'syntax' };
      tunnel: false;
    });

const KNOWN_SCHEMES: readonly ProxyScheme[] = ['http', 'https', 'socks4', 'socks4a', 'socks5', 'socks5h'];

/** `ipv6Cidr`: whether NO_PROXY ranges match IPv6 addresses (curl 8.18.0 on; profiles.ts). */
export function chooseProxy(request: CurlRequest, target: CurlUrl, ipv6Cidr = true): ProxyChoice {
  const env = request.env;
  const base: ChoiceBase = { info: [], why: [] };
  const { info, why } = base;

  let noProxySource: string | undefined;
  let noProxyValue: string | undefined;
  if (request.noproxy !== undefined) {
    noProxySource = '--noproxy';
    noProxyValue = request.noproxy;
  } else {
    for (const name of ['no_proxy', 'NO_PROXY']) {
      const v = getenv(env, name);
      if (v !== undefined) {
        noProxySource = name;
        noProxyValue = v;
        info.push(`Uses proxy env variable ${name} == '${v}'`);
        break;
      }
    }
  }
  if (noProxySource !== undefined && noProxyValue !== undefined) {
    const result = curlNoProxyMatch(target.host, noProxyValue, ipv6Cidr);
    base.noProxy = { source: noProxySource, value: noProxyValue, result };
    if (result.match) {
      why.push(`${noProxySource} matches ${target.host} (${result.reason}): curl connects directly.`);
      return { ...base, kind: 'direct', reason: 'no-proxy-match', tunnel: false };
    }
  }

  let given: { raw: string; source: ProxySource } | undefined;
  if (request.proxy !== undefined) {
    given = { raw: request.proxy.value, source: { kind: 'option', name: request.proxy10 ? '--proxy1.0' : '-x' } };
  } else if (request.socks !== undefined) {
    given = {
      raw: `${request.socks.option === 'socks5-hostname' ? 'socks5h' : request.socks.option}://${request.socks.value}`,
      source: { kind: 'option', name: `--${request.socks.option}` },
    };
  } else {
    const found = detectProxyFromEnv(env, target.scheme);
    if (found) {
      given = { raw: found.value, source: { kind: 'env', name: found.name } };
      info.push(`Uses proxy env variable ${found.name} == '${found.value}'`);
    } else {
      const ignored = target.scheme === 'http' ? getenv(env, 'HTTP_PROXY') : undefined;
      if (ignored !== undefined) why.push('HTTP_PROXY is set but curl ignores the uppercase form for http:// URLs; use http_proxy.');
    }
  }
  if (given === undefined || given.raw === '') {
    if (why.length === 0) why.push('No proxy option and no proxy environment variable for this URL: curl connects directly.');
    return { ...base, kind: 'direct', reason: 'not-configured', tunnel: false };
  }
  const { raw, source } = given;
  const parsed = parseProxyString(raw, request.proxy10);
  if ('error' in parsed) {
    why.push(parsed.error);
    return {
      ...base,
      kind: 'error',
      source,
      raw,
      error: { exitCode: parsed.exitCode, message: parsed.error, cause: parsed.cause },
      tunnel: false,
    };
  }
  const proxy = parsed;
  const inUrl = proxy.user !== undefined;
  // -U gives credentials unless the proxy URL has its own (parse_proxy replaces them).
  if (proxy.user === undefined && request.proxyUser !== undefined) {
    const colon = request.proxyUser.indexOf(':');
    proxy.user = colon >= 0 ? request.proxyUser.slice(0, colon) : request.proxyUser;
    if (colon >= 0) proxy.password = request.proxyUser.slice(colon + 1);
  }
  const isHttpProxy = proxy.scheme === 'http' || proxy.scheme === 'https';
  const tunnel = isHttpProxy && (target.scheme !== 'http' || request.proxyTunnel);
  why.push(`${source.name} gives the proxy ${proxy.scheme}://${proxy.host}:${proxy.port}.`);
  if (isHttpProxy) {
    why.push(
      tunnel
        ? `${target.scheme}:// through an HTTP proxy: curl first asks the proxy to open a tunnel with CONNECT ${target.hostForUrl}:${target.port}.`
        : 'http:// through an HTTP proxy: curl sends the whole URL to the proxy (absolute form), no tunnel.',
    );
  } else {
    why.push('A SOCKS proxy: authentication happens in the SOCKS handshake, there is no 407.');
  }
  const credentials: ProxyCredentialsUse =
    proxy.user === undefined
      ? { kind: 'none' }
      : {
          kind: 'given',
          user: proxy.user,
          password: proxy.password === undefined ? { kind: 'absent' } : { kind: 'given', value: proxy.password },
          from: !inUrl ? 'option' : source.kind === 'env' ? 'env' : 'url',
        };
  return { ...base, kind: 'proxy', proxy, source, credentials, tunnel };
}

/** detect_proxy in lib/url.c. */
export function detectProxyFromEnv(env: Readonly<Record<string, string>>, scheme: string): { name: string; value: string } | undefined {
  const lower = `${scheme.toLowerCase()}_proxy`;
  let v = getenv(env, lower);
  if (v !== undefined) return { name: lower, value: v };
  if (lower !== 'http_proxy') {
    const upper = lower.toUpperCase();
    v = getenv(env, upper);
    if (v !== undefined) return { name: upper, value: v };
  }
  for (const name of ['all_proxy', 'ALL_PROXY']) {
    v = getenv(env, name);
    if (v !== undefined) return { name, value: v };
  }
  return undefined;
}

/** parse_proxy in lib/url.c. */
export function parseProxyString(
  raw: string,
  http10 = false,
): ProxyEndpoint | { error: string; exitCode: number; cause: 'unsupported-scheme' | 'syntax' } {
  const sep = raw.indexOf('://');
  let scheme: ProxyScheme = 'http';
  if (sep >= 0) {
    const s = raw.slice(0, sep).toLowerCase();
    if (!(KNOWN_SCHEMES as readonly string[]).includes(s)) {
      return { error: `Unsupported proxy scheme for '${raw}'`, exitCode: 7, cause: 'unsupported-scheme' };
    }
    scheme = s as ProxyScheme;
  }
  const defaultPort = scheme === 'https' ? 443 : 1080;
  const url = parseCurlUrl(sep >= 0 ? raw : `http://${raw}`, 'http', defaultPort);
  if (!url) return { error: `Unsupported proxy syntax in '${raw}'`, exitCode: 5, cause: 'syntax' };
  const endpoint: ProxyEndpoint = { scheme, host: url.host, port: url.explicitPort ? url.port : defaultPort, raw, http10 };
  if (url.user !== undefined) endpoint.user = url.user;
  if (url.password !== undefined) endpoint.password = url.password;
  return endpoint;
}

/** curl_getenv: an empty variable counts as unset. */
function getenv(env: Readonly<Record<string, string>>, name: string): string | undefined {
  const v = Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined;
  return v === undefined || v === '' ? undefined : v;
}
