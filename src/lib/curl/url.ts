/**
 * The small part of URL parsing the simulator needs, following curl's lib/urlapi.c where it matters:
 * a missing scheme is guessed as http, scheme and host are lowercased, credentials are percent-decoded,
 * IPv6 hosts keep their brackets for Host: and CONNECT.
 */

export interface CurlUrl {
  scheme: string;
  /** Host as curl prints it in "Connected to" (IPv6 without brackets). */
  host: string;
  /** Host as it appears in a URL / Host header (IPv6 with brackets). */
  hostForUrl: string;
  port: number;
  /** Whether the port was written in the URL. */
  explicitPort: boolean;
  /** Path and query, at least "/". */
  path: string;
  user?: string;
  password?: string;
  /** scheme://host[:port]/path as curl sends it in absolute form. */
  href: string;
}

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ftp: 21, ftps: 990, ws: 80, wss: 443 };

/** Parses a URL the way curl reads its command line. Returns undefined when curl would say "bad/illegal format". */
export function parseCurlUrl(text: string, defaultScheme = 'http', defaultPort?: number): CurlUrl | undefined {
  let rest = text;
  let scheme = defaultScheme;
  const sep = rest.indexOf('://');
  if (sep > 0 && isScheme(rest.slice(0, sep))) {
    scheme = rest.slice(0, sep).toLowerCase();
    rest = rest.slice(sep + 3);
  }
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '/' || c === '?' || c === '#') {
      end = i;
      break;
    }
  }
  let authority = rest.slice(0, end);
  let path = rest.slice(end);
  const hash = path.indexOf('#');
  if (hash >= 0) path = path.slice(0, hash);
  if (path === '' || path.startsWith('?')) path = '/' + path;
  let user: string | undefined;
  let password: string | undefined;
  // curl's URL parser (lib/urlapi.c) ends the userinfo at the FIRST '@': an unencoded '@' in a password
  // leaves an '@' in the host name, which curl then rejects ("Unsupported proxy syntax", exit 5).
  const at = authority.indexOf('@');
  if (at >= 0) {
    const info = authority.slice(0, at);
    authority = authority.slice(at + 1);
    const colon = info.indexOf(':');
    user = percentDecode(colon >= 0 ? info.slice(0, colon) : info);
    if (colon >= 0) password = percentDecode(info.slice(colon + 1));
  }
  let host: string;
  let portText = '';
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close < 0) return undefined;
    host = authority.slice(1, close).toLowerCase();
    const after = authority.slice(close + 1);
    if (after !== '' && !after.startsWith(':')) return undefined;
    portText = after.slice(1);
  } else {
    const colon = authority.lastIndexOf(':');
    host = (colon >= 0 ? authority.slice(0, colon) : authority).toLowerCase();
    portText = colon >= 0 ? authority.slice(colon + 1) : '';
  }
  if (
    host === '' ||
    [...host].some((c) => c === ' ' || c === '\t' || c === '\n' || c === '\\' || c === '"' || c === '<' || c === '>' || c === '@')
  )
    return undefined;
  let port = DEFAULT_PORTS[scheme] ?? defaultPort ?? 0;
  const explicitPort = portText !== '';
  if (explicitPort) {
    if (portText.length > 5 || ![...portText].every((c) => c >= '0' && c <= '9')) return undefined;
    port = Number(portText);
    if (port > 65535) return undefined;
  }
  if (defaultPort !== undefined && !explicitPort) port = defaultPort;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  const href = `${scheme}://${hostForUrl}${explicitPort ? ':' + port : ''}${path}`;
  const url: CurlUrl = { scheme, host, hostForUrl, port, explicitPort, path, href };
  if (user !== undefined) url.user = user;
  if (password !== undefined) url.password = password;
  return url;
}

/** host[:port] for a Host header: the port only when it differs from the scheme's default. */
export function hostHeader(url: CurlUrl): string {
  return url.port === DEFAULT_PORTS[url.scheme] ? url.hostForUrl : `${url.hostForUrl}:${url.port}`;
}

/** Decodes %XX; an invalid escape is kept as written. */
function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '%' && i + 2 < text.length + 0 && isHex(text[i + 1]) && isHex(text[i + 2])) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of new TextEncoder().encode(c)) bytes.push(b);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

function isHex(c: string | undefined): boolean {
  return c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
}

function isScheme(s: string): boolean {
  if (s === '' || s.length > 40) return false;
  for (const c of s) {
    const ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.';
    if (!ok) return false;
  }
  return true;
}
