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

export type ProxyScheme = 'http' | 'https' | 'socks4' | 'socks4a' | 'socks5' | 'socks5h';

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

export interface ProxyChoice {
  kind: 'direct' | 'proxy' | 'error';
  proxy?: ProxyEndpoint;
  /** Where the proxy string came from: '-x', '--proxy1.0', '--socks5', or an environment variable name. */
  source?: string;
  noProxy?: { source: string; value: string; result: NoProxyMatch };
  /** The request goes through a CONNECT tunnel. */
  tunnel: boolean;
  /** curl's own "* Uses proxy env variable …" lines, in the order it prints them. */
  info: string[];
  error?: { exitCode: number; message: string };
  /** The proxy string as given, when curl could not read it. */
  raw?: string;
  /** Sentences for the UI. */
  why: string[];
}

const KNOWN_SCHEMES: readonly ProxyScheme[] = ['http', 'https', 'socks4', 'socks4a', 'socks5', 'socks5h'];

/** `ipv6Cidr`: whether NO_PROXY ranges match IPv6 addresses (curl 8.18.0 on; profiles.ts). */
export function chooseProxy(request: CurlRequest, target: CurlUrl, ipv6Cidr = true): ProxyChoice {
  const env = request.env;
  const info: string[] = [];
  const why: string[] = [];
  const choice: ProxyChoice = { kind: 'direct', tunnel: false, info, why };

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
    choice.noProxy = { source: noProxySource, value: noProxyValue, result };
    if (result.match) {
      why.push(`${noProxySource} matches ${target.host} (${result.reason}): curl connects directly.`);
      return choice;
    }
  }

  let raw: string | undefined;
  let source: string | undefined;
  if (request.proxy !== undefined) {
    raw = request.proxy.value;
    source = request.proxy10 ? '--proxy1.0' : '-x';
  } else if (request.socks !== undefined) {
    raw = `${request.socks.option === 'socks5-hostname' ? 'socks5h' : request.socks.option}://${request.socks.value}`;
    source = `--${request.socks.option}`;
  } else {
    const found = detectProxyFromEnv(env, target.scheme);
    if (found) {
      raw = found.value;
      source = found.name;
      info.push(`Uses proxy env variable ${found.name} == '${found.value}'`);
    } else {
      const ignored = target.scheme === 'http' ? getenv(env, 'HTTP_PROXY') : undefined;
      if (ignored !== undefined) why.push('HTTP_PROXY is set but curl ignores the uppercase form for http:// URLs; use http_proxy.');
    }
  }
  if (raw === undefined || raw === '') {
    if (why.length === 0) why.push('No proxy option and no proxy environment variable for this URL: curl connects directly.');
    return choice;
  }
  choice.source = source!;
  const parsed = parseProxyString(raw, request.proxy10);
  if ('error' in parsed) {
    choice.kind = 'error';
    choice.error = { exitCode: parsed.exitCode, message: parsed.error };
    choice.raw = raw;
    why.push(parsed.error);
    return choice;
  }
  const proxy = parsed;
  // -U gives credentials unless the proxy URL has its own (parse_proxy replaces them).
  if (proxy.user === undefined && request.proxyUser !== undefined) {
    const colon = request.proxyUser.indexOf(':');
    proxy.user = colon >= 0 ? request.proxyUser.slice(0, colon) : request.proxyUser;
    if (colon >= 0) proxy.password = request.proxyUser.slice(colon + 1);
  }
  choice.kind = 'proxy';
  choice.proxy = proxy;
  const isHttpProxy = proxy.scheme === 'http' || proxy.scheme === 'https';
  choice.tunnel = isHttpProxy && (target.scheme !== 'http' || request.proxyTunnel);
  why.push(`${source} gives the proxy ${proxy.scheme}://${proxy.host}:${proxy.port}.`);
  if (isHttpProxy) {
    why.push(
      choice.tunnel
        ? `${target.scheme}:// through an HTTP proxy: curl first asks the proxy to open a tunnel with CONNECT ${target.hostForUrl}:${target.port}.`
        : 'http:// through an HTTP proxy: curl sends the whole URL to the proxy (absolute form), no tunnel.',
    );
  } else {
    why.push('A SOCKS proxy: authentication happens in the SOCKS handshake, there is no 407.');
  }
  return choice;
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
export function parseProxyString(raw: string, http10 = false): ProxyEndpoint | { error: string; exitCode: number } {
  const sep = raw.indexOf('://');
  let scheme: ProxyScheme = 'http';
  if (sep >= 0) {
    const s = raw.slice(0, sep).toLowerCase();
    if (!(KNOWN_SCHEMES as readonly string[]).includes(s)) {
      return { error: `Unsupported proxy scheme for '${raw}'`, exitCode: 7 };
    }
    scheme = s as ProxyScheme;
  }
  const defaultPort = scheme === 'https' ? 443 : 1080;
  const url = parseCurlUrl(sep >= 0 ? raw : `http://${raw}`, 'http', defaultPort);
  if (!url) return { error: `Unsupported proxy syntax in '${raw}'`, exitCode: 5 };
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
