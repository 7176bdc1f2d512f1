/**
 * The proxy configuration every snippet builder takes, its validation for the form, and the
 * proxy URL with correctly percent-encoded credentials.
 *
 * Builders are for programmers: they throw a TypeError on an invalid input (`assertProxyInput`).
 * The form calls `validateProxyInput`, which is total and returns located diagnostics per field.
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { utf8Encode } from '../bytes';
import { splitNoProxyList } from '../curl/no-proxy';

export type ProxyScheme = 'http' | 'https' | 'socks5' | 'socks5h';
export type ProxyAuthScheme = 'basic' | 'digest' | 'ntlm' | 'negotiate' | 'any';

export interface ProxyInput {
  proxy: { scheme: ProxyScheme; host: string; port: number };
  user?: string;
  password?: string;
  authScheme: ProxyAuthScheme;
  noProxy: string[];
}

export interface Snippet {
  title: string;
  /** A Shiki/Expressive Code language id: bash, powershell, bat, ini, xml, properties, json, yaml, js, python, go, csharp, java, text. */
  language: string;
  code: string;
  notes: string[];
  /** True when the variant keeps the password out of shell history, process lists and the file itself. */
  keepsSecretOut?: boolean;
}

export const PROXY_SCHEMES: readonly ProxyScheme[] = ['http', 'https', 'socks5', 'socks5h'];
export const PROXY_AUTH_SCHEMES: readonly ProxyAuthScheme[] = ['basic', 'digest', 'ntlm', 'negotiate', 'any'];

export interface ProxyFormValues {
  scheme?: unknown;
  host?: unknown;
  port?: unknown;
  user?: unknown;
  password?: unknown;
  authScheme?: unknown;
  /** A NO_PROXY value (commas and blanks) or a list of entries. */
  noProxy?: unknown;
}

const MAX_HOST = 253;
const MAX_CREDENTIAL = 1024;
const MAX_NO_PROXY = 8192;

export type ProxyField = 'scheme' | 'host' | 'port' | 'user' | 'password' | 'authScheme' | 'noProxy';

export interface FieldDiagnostic extends Diagnostic {
  field: ProxyField;
}

export interface ProxyValidation {
  /** Present when there is no error. */
  input?: ProxyInput;
  diagnostics: FieldDiagnostic[];
}

// RFC 3986 §2.3 unreserved and §2.2 sub-delims: the only characters left as they are in userinfo (§3.2.1).
// Everything else, in particular @ : / ? # [ ] % space and non-ASCII, is percent-encoded as UTF-8.
const USERINFO_SAFE = new Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=");
const HEX = '0123456789ABCDEF';

/** Percent-encodes a user name or password for the userinfo of a URL (RFC 3986 §3.2.1). */
export function encodeUserinfo(value: string): string {
  let out = '';
  for (const ch of value) {
    if (USERINFO_SAFE.has(ch)) {
      out += ch;
      continue;
    }
    for (const b of utf8Encode(ch)) out += '%' + HEX[b >> 4]! + HEX[b & 15]!;
  }
  return out;
}

/** The host as it goes into a URL: IPv6 literals get brackets (RFC 3986 §3.2.2). */
export function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** The host without IPv6 brackets, for settings that take a bare host name. */
export function bareHost(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

export interface ProxyUrlOptions {
  /** Include `user:password@` (default true when a user is set). */
  credentials?: boolean;
  /** Include only the user (`user@`), for tools that then ask for the password. */
  userOnly?: boolean;
  /** Replace the scheme (`http://` for tools that only accept it). */
  scheme?: string;
}

/** `scheme://user:password@host:port`, credentials percent-encoded. */
export function proxyUrl(input: ProxyInput, options: ProxyUrlOptions = {}): string {
  const { proxy, user, password } = input;
  let userinfo = '';
  if (user !== undefined && user !== '' && options.credentials !== false) {
    userinfo = encodeUserinfo(user);
    if (!options.userOnly && password !== undefined && password !== '') userinfo += ':' + encodeUserinfo(password);
    userinfo += '@';
  }
  return `${options.scheme ?? proxy.scheme}://${userinfo}${urlHost(proxy.host)}:${proxy.port}`;
}

export function hasCredentials(input: ProxyInput): boolean {
  return input.user !== undefined && input.user !== '';
}

export function hasPassword(input: ProxyInput): boolean {
  return input.password !== undefined && input.password !== '';
}

/** Throws a TypeError when a builder receives something the form would have refused. */
export function assertProxyInput(input: ProxyInput): void {
  const problems = checkInput(input);
  if (problems.length > 0) throw new TypeError(`Invalid proxy input: ${problems.map((d) => `${d.field}: ${d.message}`).join('; ')}`);
}

/** Validates raw form values. Total: never throws, returns diagnostics located in each field. */
export function validateProxyInput(raw: ProxyFormValues): ProxyValidation {
  const diagnostics: FieldDiagnostic[] = [];
  const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '');
  const scheme = str(raw.scheme).trim().toLowerCase() || 'http';
  const authScheme = str(raw.authScheme).trim().toLowerCase() || 'basic';
  const host = str(raw.host).trim();
  const portText = str(raw.port).trim();
  let noProxy: string[] = [];
  if (Array.isArray(raw.noProxy)) noProxy = raw.noProxy.filter((e): e is string => typeof e === 'string');
  else noProxy = splitNoProxyList(str(raw.noProxy)).map((t) => t.value);
  const port = /^[0-9]{1,5}$/.test(portText) ? Number(portText) : Number.NaN;
  const candidate: ProxyInput = {
    proxy: { scheme: scheme as ProxyScheme, host, port },
    authScheme: authScheme as ProxyAuthScheme,
    noProxy,
  };
  const user = str(raw.user);
  const password = str(raw.password);
  if (user !== '') candidate.user = user;
  if (password !== '') candidate.password = password;
  // Length limits keep every snippet readable (and a 1 MB paste from producing megabytes of output).
  const limits: [ProxyField, string, number][] = [
    ['host', str(raw.host), MAX_HOST],
    ['user', user, MAX_CREDENTIAL],
    ['password', password, MAX_CREDENTIAL],
    ['noProxy', Array.isArray(raw.noProxy) ? noProxy.join(',') : str(raw.noProxy), MAX_NO_PROXY],
  ];
  for (const [field, value, max] of limits) {
    if (value.length > max) {
      diagnostics.push({
        field,
        ...diagnostic('error', 'too-long', `Too long: ${value.length} characters, at most ${max} here`, max, value.length),
      });
      return { diagnostics };
    }
  }
  diagnostics.push(...checkInput(candidate, str(raw.host), portText === '' ? str(raw.port) : portText));
  if (password !== '' && user === '') {
    diagnostics.push({
      field: 'user',
      ...diagnostic('warning', 'password-without-user', 'A password without a user name is ignored by every tool', 0, 0),
    });
  }
  if (!diagnostics.some((d) => d.severity === 'error')) return { input: candidate, diagnostics };
  return { diagnostics };
}

function checkInput(
  input: ProxyInput,
  rawHost: string = input.proxy?.host ?? '',
  rawPort: string = String(input.proxy?.port ?? ''),
): FieldDiagnostic[] {
  const out: FieldDiagnostic[] = [];
  const push = (field: ProxyField, code: string, message: string, start = 0, end = start): void => {
    out.push({ field, ...diagnostic('error', code, message, start, end) });
  };
  if (typeof input !== 'object' || input === null || typeof input.proxy !== 'object' || input.proxy === null) {
    push('host', 'missing-proxy', 'No proxy given');
    return out;
  }
  const { scheme, host, port } = input.proxy;
  if (!PROXY_SCHEMES.includes(scheme))
    push(
      'scheme',
      'unknown-scheme',
      `Unknown proxy scheme "${String(scheme)}": use http, https, socks5 or socks5h`,
      0,
      String(scheme).length,
    );
  if (!PROXY_AUTH_SCHEMES.includes(input.authScheme))
    push(
      'authScheme',
      'unknown-auth-scheme',
      `Unknown authentication scheme "${String(input.authScheme)}"`,
      0,
      String(input.authScheme).length,
    );
  const offset = Math.max(0, rawHost.indexOf(host));
  if (typeof host !== 'string' || host === '') push('host', 'empty-host', 'Enter the proxy host name or address');
  else {
    const bad = hostProblem(host);
    if (bad) push('host', bad.code, bad.message, offset + bad.at, offset + bad.at + 1);
  }
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
    push('port', 'bad-port', 'The port is a whole number from 1 to 65535', 0, rawPort.length);
  }
  for (const [field, value] of [
    ['user', input.user],
    ['password', input.password],
  ] as const) {
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      push(field, 'not-text', `The ${field} must be text`);
      continue;
    }
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c < 0x20 || c === 0x7f) {
        push(
          field,
          'control-character',
          `A control character (U+${c.toString(16).toUpperCase().padStart(4, '0')}) cannot be sent in credentials`,
          i,
          i + 1,
        );
        break;
      }
      if (c >= 0xd800 && c <= 0xdfff) {
        const pair = c <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff;
        if (!pair) {
          push(field, 'lone-surrogate', 'A broken character (lone UTF-16 surrogate) cannot be encoded', i, i + 1);
          break;
        }
        i++;
      }
    }
  }
  if (!Array.isArray(input.noProxy) || input.noProxy.some((e) => typeof e !== 'string'))
    push('noProxy', 'bad-no-proxy', 'NO_PROXY must be a list of host names');
  else {
    let pos = 0;
    for (const e of input.noProxy) {
      if (e === '' || /[\s,"'`\\|;<>&^%$]/.test(e)) {
        push('noProxy', 'bad-no-proxy-entry', `"${e}" is not a host, domain, address or range`, pos, pos + e.length);
        break;
      }
      pos += e.length + 1;
    }
  }
  return out;
}

// Characters that cannot be in a host (RFC 3986 §3.2.2 reg-name / IP-literal) and that would break a URL or a shell line.
function hostProblem(host: string): { code: string; message: string; at: number } | undefined {
  const bracketed = host.startsWith('[') && host.endsWith(']');
  const inner = bracketed ? host.slice(1, -1) : host;
  const shift = bracketed ? 1 : 0;
  const isV6 = inner.includes(':');
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    const ok =
      (c >= 'a' && c <= 'z') ||
      (c >= 'A' && c <= 'Z') ||
      (c >= '0' && c <= '9') ||
      c === '-' ||
      c === '.' ||
      (c === '_' && !isV6) ||
      (isV6 && (c === ':' || c === '%'));
    if (ok) continue;
    if (c === ' ' || c === '\t') return { code: 'space-in-host', message: 'A host name cannot contain spaces', at: i + shift };
    if (c === '/' || c === '@' || c === '?' || c === '#') {
      return {
        code: 'url-in-host',
        message: `"${c}" belongs to a URL, not a host: enter only the host name (user, password and port have their own fields)`,
        at: i + shift,
      };
    }
    return { code: 'bad-host-character', message: `"${c}" cannot appear in a host name`, at: i + shift };
  }
  if (isV6 && !/^[0-9a-fA-F:.%A-Za-z]+$/.test(inner)) return { code: 'bad-ipv6', message: 'Not an IPv6 address', at: shift };
  if (inner.startsWith('.') || inner.startsWith('-'))
    return { code: 'bad-host-start', message: 'A host name starts with a letter or digit', at: shift };
  return undefined;
}
