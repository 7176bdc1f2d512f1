/**
 * The request head curl writes, in curl's order (lib/http.c Curl_http: Host, Proxy-Authorization,
 * Authorization, User-Agent, Accept, Referer, Proxy-Connection, Cookie, custom -H headers, then
 * Content-Length/Content-Type of the body; lib/http_proxy.c for CONNECT).
 * A -H header replaces curl's own of the same name; `Name:` removes it; `Name;` sends it empty.
 */
import type { CurlRequest } from './options';
import { curlNtlmType1 } from './proxy-auth';

export interface RequestBody {
  text: string;
  contentType?: string;
}

/** The body curl sends for -d, --data-*, --json and -F, or undefined. */
export function requestBody(request: CurlRequest, boundary: string): RequestBody | undefined {
  if (request.form.length > 0) {
    const parts = request.form.map((f) => {
      const eq = f.indexOf('=');
      const name = eq >= 0 ? f.slice(0, eq) : f;
      const value = eq >= 0 ? f.slice(eq + 1) : '';
      return `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    });
    return { text: parts.join('') + `--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
  }
  if (request.data.length === 0 || request.get) return undefined;
  const text = request.data
    .map((d) =>
      d.kind === 'data-urlencode'
        ? urlencodeData(d.value)
        : d.kind === 'data' || d.kind === 'data-ascii'
          ? d.value.replace(/[\r\n]/g, '')
          : d.value,
    )
    .join('&');
  const json = request.data.some((d) => d.kind === 'json');
  return { text, contentType: json ? 'application/json' : 'application/x-www-form-urlencoded' };
}

export function requestMethod(request: CurlRequest, body: RequestBody | undefined): string {
  if (request.method) return request.method;
  if (request.head) return 'HEAD';
  return body ? 'POST' : 'GET';
}

export interface HeadInput {
  requestLine: string;
  host: string;
  proxyAuthorization?: string;
  proxyConnection: boolean;
  userAgent: string;
  /** Headers for the proxy (absolute form: -H and --proxy-header; CONNECT: --proxy-header only). */
  connect: boolean;
  body?: RequestBody;
  /** Content-Length: 0 "probe" while a multi-pass scheme is negotiated (Curl_http_output_auth, authneg). */
  probe: boolean;
}

export function requestHead(request: CurlRequest, input: HeadInput): string[] {
  const custom = input.connect
    ? request.proxyHeaders
    : input.proxyConnection
      ? [...request.headers, ...request.proxyHeaders]
      : request.headers;
  const overridden = new Set<string>();
  const extra: string[] = [];
  for (const h of custom) {
    const colon = h.indexOf(':');
    const semi = h.indexOf(';');
    if (colon > 0 && (semi < 0 || colon < semi)) {
      const name = h.slice(0, colon).trim();
      overridden.add(name.toLowerCase());
      const value = h.slice(colon + 1).trim();
      if (value !== '') extra.push(`${name}: ${value}`);
    } else if (semi > 0 && h.slice(semi + 1).trim() === '') {
      const name = h.slice(0, semi).trim();
      overridden.add(name.toLowerCase());
      extra.push(`${name}:`);
    }
  }
  const lines = [input.requestLine];
  const add = (name: string, value: string | undefined): void => {
    if (value !== undefined && !overridden.has(name.toLowerCase())) lines.push(`${name}: ${value}`);
  };
  add('Host', input.host);
  add('Proxy-Authorization', input.proxyAuthorization);
  if (!input.connect) {
    if (request.user !== undefined && request.serverAuth === 'basic') {
      add('Authorization', `Basic ${basic(request.user)}`);
    } else if (request.user !== undefined && request.serverAuth === 'ntlm') {
      // --ntlm: the first request carries message 1, whatever the server wants (lib/http_ntlm.c)
      add('Authorization', `NTLM ${curlNtlmType1()}`);
    }
    add('User-Agent', input.userAgent);
    add('Accept', '*/*');
    add('Referer', request.referer);
    if (input.proxyConnection) add('Proxy-Connection', 'Keep-Alive');
    if (request.cookie !== undefined && request.cookie.includes('=')) add('Cookie', request.cookie);
  } else {
    add('User-Agent', input.userAgent);
    add('Proxy-Connection', 'Keep-Alive');
  }
  for (const line of extra) lines.push(line);
  if (!input.connect && input.body) {
    add('Content-Length', String(input.probe ? 0 : new TextEncoder().encode(input.body.text).length));
    if (input.body.contentType) add('Content-Type', input.body.contentType);
  }
  return lines;
}

function basic(userpw: string): string {
  const bytes = new TextEncoder().encode(userpw.includes(':') ? userpw : `${userpw}:`);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function urlencodeData(value: string): string {
  const eq = value.indexOf('=');
  if (eq > 0) return `${value.slice(0, eq)}=${encodeURIComponent(value.slice(eq + 1))}`;
  return encodeURIComponent(eq === 0 ? value.slice(1) : value);
}
