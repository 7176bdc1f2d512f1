/**
 * One NO_PROXY matcher per tool, each a transcription of the tool's own code (named in rules.ts).
 * Every matcher is total and linear: it splits the list the way the tool does, keeps offsets into the
 * list, and says why it matched or not.
 */
import { curlNoProxyMatch, parseIPv4, parseIPv6 } from '../curl/no-proxy';

export interface Target {
  /** Lowercase host as the URL parser gives it, without IPv6 brackets. */
  host: string;
  /** Explicit port in the URL, or undefined. */
  explicitPort?: number;
  /** Port used: the explicit one or the scheme's default. */
  port: number;
  scheme: string;
  ipv6: boolean;
  ipv4: boolean;
}

export interface Entry {
  value: string;
  start: number;
  end: number;
}

export interface MatchResult {
  bypass: boolean;
  entry?: Entry;
  reasons: string[];
}

/** Splits `list` at any of `separators`, trimming blanks, keeping offsets. */
export function splitEntries(list: string, separators: string, trimBlanks = true): Entry[] {
  const out: Entry[] = [];
  let start = 0;
  for (let i = 0; i <= list.length; i++) {
    if (i < list.length && !separators.includes(list[i]!)) continue;
    let s = start;
    let e = i;
    if (trimBlanks) {
      while (s < e && isBlank(list[s]!)) s++;
      while (e > s && isBlank(list[e - 1]!)) e--;
    }
    if (e > s) out.push({ value: list.slice(s, e), start: s, end: e });
    start = i + 1;
  }
  return out;
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

const hit = (entry: Entry, ...reasons: string[]): MatchResult => ({ bypass: true, entry, reasons });
const miss = (...reasons: string[]): MatchResult => ({ bypass: false, reasons });

/** curl lib/noproxy.c, through the curl engine's own implementation. */
export function curlMatch(t: Target, list: string): MatchResult {
  const r = curlNoProxyMatch(t.ipv6 ? `[${t.host}]` : t.host, list);
  return r.match && r.token ? hit(r.token, r.reason) : miss(r.reason);
}

/** GNU Wget src/utils.c sufmatch(): suffix match on a label boundary, or any suffix after a leading dot. */
export function wgetMatch(t: Target, list: string): MatchResult {
  const host = t.host.toLowerCase();
  for (const e of splitEntries(list, ',')) {
    const v = e.value.toLowerCase();
    if (v.length > host.length) continue;
    if (!host.endsWith(v)) continue;
    const k = host.length - v.length - 1;
    if (k === -1) return hit(e, `${e.value} equals the host`);
    if (host[k] === '.') return hit(e, `${host} ends with .${v}`);
    if (v.startsWith('.')) return hit(e, `${host} ends with ${v}`);
  }
  return miss('No entry is a suffix of the host on a label boundary (wget has no *, CIDR or ports)');
}

/** Python: requests.utils.should_bypass_proxies, then urllib.request.proxy_bypass_environment(hostname). */
export function requestsMatch(t: Target, list: string): MatchResult {
  const entries = splitEntries(list, ',').filter((e) => e.value.split(' ').join('') !== '');
  if (t.ipv4) {
    for (const e of entries) {
      const v = e.value.split(' ').join('');
      if (isValidCidr(v)) {
        if (inCidr(t.host, v)) return hit(e, `${t.host} is inside ${v} (requests checks IPv4 CIDR)`);
      } else if (v === t.host) return hit(e, `${v} equals the address`);
    }
  } else {
    const withPort = t.explicitPort !== undefined ? `${t.host}:${t.explicitPort}` : t.host;
    for (const e of entries) {
      const v = e.value.split(' ').join('').replace(/^\.+/, '');
      if (t.host === v || withPort === v) return hit(e, `${e.value} equals ${v === withPort && v !== t.host ? 'host:port' : 'the host'}`);
      if (t.host.endsWith('.' + v) || withPort.endsWith('.' + v)) return hit(e, `${t.host} ends with .${v} (a leading dot is ignored)`);
    }
  }
  const { explicitPort: _ignored, ...hostOnly } = t;
  const viaUrllib = urllibMatch(hostOnly, list, 'the host name only', false);
  if (viaUrllib.bypass) return viaUrllib;
  return miss('No entry matched (requests: suffix on a dot boundary, IPv4 CIDR, host:port only when the URL has an explicit port)');
}

/** CPython Lib/urllib/request.py proxy_bypass_environment(host). `host` includes the port when urllib passes req.host. */
export function urllibMatch(t: Target, list: string, what = 'host[:port]', brackets = true): MatchResult {
  if (list === '*') return hit({ value: '*', start: 0, end: 1 }, 'The whole value is * (bypass everything)');
  // urllib receives req.host (the netloc): an IPv6 host keeps its brackets there.
  const hostonly = t.ipv6 && brackets ? `[${t.host}]` : t.host.toLowerCase();
  const host = t.explicitPort !== undefined ? `${hostonly}:${t.explicitPort}` : hostonly;
  for (const e of splitEntries(list, ',')) {
    const name = e.value.replace(/^\.+/, '').toLowerCase();
    if (name === '') continue;
    if (hostonly === name || host === name)
      return hit(e, `${e.value} equals ${host === name && host !== hostonly ? 'host:port' : 'the host'} (leading dots ignored)`);
    if (hostonly.endsWith('.' + name) || host.endsWith('.' + name)) return hit(e, `${hostonly} ends with .${name}`);
  }
  return miss(`No entry equals or is a dot-suffix of ${what}; * works only as the whole value; no CIDR`);
}

/** golang.org/x/net/http/httpproxy config.init and useProxy. */
export function goMatch(t: Target, list: string): MatchResult {
  if (t.host === 'localhost') return hit({ value: '', start: 0, end: 0 }, 'Go never proxies "localhost", whatever NO_PROXY says');
  const ip = t.ipv4 ? parseIPv4(t.host) : t.ipv6 ? parseIPv6(t.host) : undefined;
  if (ip && (t.ipv4 ? ip[0] === 127 : ip.every((b, i) => (i === 15 ? b === 1 : b === 0))))
    return hit({ value: '', start: 0, end: 0 }, 'Go never proxies loopback addresses');
  const port = String(t.port);
  for (const e of splitEntries(list, ',')) {
    const p = e.value.toLowerCase();
    if (p === '*') return hit(e, '* anywhere in the list bypasses every host');
    const slash = p.indexOf('/');
    if (slash > 0 && (parseIPv4(p.slice(0, slash)) || parseIPv6(p.slice(0, slash)))) {
      if (ip && inCidr(t.host, p)) return hit(e, `${t.host} is inside ${p}`);
      continue;
    }
    let phost = p;
    let pport = '';
    const hp = splitHostPort(p);
    if (hp) {
      phost = hp.host;
      pport = hp.port;
      if (phost === '') continue;
    }
    const pip = parseIPv4(phost) ?? (phost.includes(':') ? parseIPv6(phost) : undefined);
    if (pip) {
      if (ip && ip.length === pip.length && ip.every((b, i) => b === pip[i]) && (pport === '' || pport === port))
        return hit(e, `${e.value} is the same address${pport ? ' and port' : ''}`);
      continue;
    }
    if (phost.startsWith('*.')) phost = phost.slice(1);
    const matchHost = !phost.startsWith('.');
    if (matchHost) phost = '.' + phost;
    if (t.host.endsWith(phost) || (matchHost && t.host === phost.slice(1))) {
      if (pport === '' || pport === port)
        return hit(
          e,
          matchHost
            ? `${t.host} is ${phost.slice(1)} or a subdomain`
            : `${t.host} is a subdomain of ${phost.slice(1)} (a leading dot or *. excludes the apex)`,
        );
    }
  }
  return miss('No entry matched (Go: a leading dot or *. means subdomains only; ports must equal the URL port, default 80/443)');
}

/** Go's net.SplitHostPort for NO_PROXY entries: host:port or [v6]:port. */
function splitHostPort(p: string): { host: string; port: string } | undefined {
  if (p.startsWith('[')) {
    const close = p.indexOf(']');
    if (close < 0 || p[close + 1] !== ':') return undefined;
    return { host: p.slice(1, close), port: p.slice(close + 2) };
  }
  const colon = p.indexOf(':');
  if (colon < 0 || p.indexOf(':', colon + 1) >= 0) return undefined;
  return { host: p.slice(0, colon), port: p.slice(colon + 1) };
}

/** undici lib/dispatcher/env-http-proxy-agent.js #parseNoProxy and #shouldProxy (undici 8.13.1). */
export function undiciMatch(t: Target, list: string): MatchResult {
  const host = t.host.endsWith('.') && t.host.length > 1 ? t.host.slice(0, -1) : t.host;
  for (const e of splitEntries(list, ', \t\n\r\f\v', false)) {
    let hostname = e.value;
    let port = 0;
    const v6 = /^\[(.+)\]:(\d+)$/.exec(e.value);
    if (v6) {
      hostname = v6[1]!;
      port = Number.parseInt(v6[2]!, 10);
    } else {
      const un = e.value.startsWith('[') && e.value.endsWith(']') && e.value.length > 2 ? e.value.slice(1, -1) : e.value;
      const colons = un.split(':').length - 1;
      const m = colons === 1 ? /^(.+):(\d+)$/.exec(un) : null;
      hostname = m ? m[1]! : un;
      port = m ? Number.parseInt(m[2]!, 10) : 0;
    }
    const wildcard = e.value.startsWith('*');
    hostname = hostname.replace(/^\*?\./, '');
    if (hostname.length > 1 && hostname.endsWith('.')) hostname = hostname.slice(0, -1);
    hostname = hostname.toLowerCase();
    if (hostname === '*') {
      if (port && port !== t.port) continue;
      return hit(e, '* anywhere in the list bypasses every host');
    }
    if (port && port !== t.port) continue;
    if (!wildcard && host === hostname) return hit(e, `${e.value} equals the host${port ? ' and port' : ''}`);
    if (host.endsWith('.' + hostname)) return hit(e, `${host} is a subdomain of ${hostname}`);
  }
  return miss('No entry matched (undici: exact name or subdomain, *.name is subdomains only, ports compared, no CIDR)');
}

/** JDK sun.net.spi.DefaultProxySelector: nonProxyHosts split at |, * only at either end, whole-host match, case-insensitive. */
export function javaMatch(t: Target, nonProxyHosts: string): MatchResult {
  const urlhost = t.ipv6 ? `[${t.host}]` : t.host.toLowerCase();
  for (const e of splitEntries(nonProxyHosts, '|', false)) {
    const d = e.value.toLowerCase();
    const starStart = d.startsWith('*');
    const starEnd = d.length > 1 && d.endsWith('*');
    const core = d.slice(starStart ? 1 : 0, starEnd ? -1 : undefined);
    const ok =
      starStart && starEnd
        ? urlhost.includes(core)
        : starStart
          ? urlhost.endsWith(core)
          : starEnd
            ? urlhost.startsWith(core)
            : urlhost === d;
    if (ok) return hit(e, `${urlhost} matches the pattern ${e.value}`);
  }
  return miss(`No pattern matches ${urlhost} (Java: whole host, * only at the start or end, no CIDR, no ports)`);
}

/** .NET System.Net.Http HttpEnvironmentProxy.IsMatchInBypassList. */
export function dotnetMatch(t: Target, list: string): MatchResult {
  const host = t.ipv6 ? `[${t.host}]` : t.host.toLowerCase();
  for (const e of splitEntries(list, ',')) {
    const s = e.value.toLowerCase();
    if (s.startsWith('.')) {
      if (s.slice(1) === host) return hit(e, `${e.value} with a leading dot matches the domain itself (HttpEnvironmentProxy source)`);
      if (host.endsWith(s)) return hit(e, `${host} ends with ${e.value}`);
    } else if (s === host) return hit(e, `${e.value} equals the host`);
  }
  return miss('No entry matched (.NET: exact name, or .domain for subdomains; no *, CIDR or ports)');
}

/** Ruby lib/uri/generic.rb URI::Generic.use_proxy? (entries scanned as /([^:,\s]+)(?::(\d+))?/). */
export function rubyMatch(t: Target, list: string): MatchResult {
  const host = t.host.toLowerCase();
  const addr = t.ipv4 || t.ipv6 ? host : host === 'localhost' ? '127.0.0.1' : undefined;
  if (addr !== undefined && (addr.startsWith('127.') || addr === '::1')) {
    return hit(
      { value: '', start: 0, end: 0 },
      `Ruby never proxies a loopback address${host === 'localhost' ? ' (localhost resolves to 127.0.0.1)' : ''}`,
    );
  }
  const stop = (c: string): boolean => c === ':' || c === ',' || isBlank(c);
  let i = 0;
  while (i < list.length) {
    if (stop(list[i]!)) {
      i++;
      continue;
    }
    const s = i;
    while (i < list.length && !stop(list[i]!)) i++;
    const pHost = list.slice(s, i);
    let pPort: number | undefined;
    let end = i;
    if (list[i] === ':') {
      let j = i + 1;
      while (j < list.length && list[j]! >= '0' && list[j]! <= '9') j++;
      if (j > i + 1) {
        pPort = Number(list.slice(i + 1, j));
        end = j;
        i = j;
      }
    }
    const e: Entry = { value: list.slice(s, end), start: s, end };
    if (pPort !== undefined && pPort !== t.port) continue;
    const ph = pHost.toLowerCase();
    if (ph.startsWith('.') ? host.endsWith(ph) : `.${host}`.endsWith(`.${ph}`))
      return hit(e, ph.startsWith('.') ? `${host} ends with ${ph} (subdomains only)` : `${host} is ${ph} or a subdomain`);
    if (addr !== undefined && isValidCidr(ph.includes('/') ? ph : `${ph}/32`) && inCidr(addr, ph.includes('/') ? ph : `${ph}/32`))
      return hit(e, `${addr} is inside ${ph} (IPAddr)`);
  }
  return miss('No entry matched (Ruby: entries split at ":" too, so IPv6 entries break; no *)');
}

function isValidCidr(v: string): boolean {
  const slash = v.indexOf('/');
  if (slash < 0) return false;
  const bits = v.slice(slash + 1);
  return parseIPv4(v.slice(0, slash)) !== undefined && /^\d{1,2}$/.test(bits) && Number(bits) <= 32;
}

function inCidr(host: string, cidr: string): boolean {
  const slash = cidr.indexOf('/');
  const net = cidr.slice(0, slash);
  const bits = Number(cidr.slice(slash + 1));
  const a = parseIPv4(host) ?? parseIPv6(host);
  const n = parseIPv4(net) ?? parseIPv6(net);
  if (!a || !n || a.length !== n.length || !Number.isInteger(bits) || bits < 0 || bits > a.length * 8) return false;
  for (let i = 0; i < a.length; i++) {
    const take = Math.min(8, Math.max(0, bits - i * 8));
    if (take === 0) break;
    const mask = (0xff << (8 - take)) & 0xff;
    if ((a[i]! & mask) !== (n[i]! & mask)) return false;
  }
  return true;
}

/**
 * npm's @npmcli/agent lib/proxy.js isNoProxy (v5.0.2): the list is split at commas and trimmed; an entry matches
 * when its dot-separated labels (empty ones dropped, so a leading dot is ignored) equal the host's last labels.
 * No wildcard, CIDR or port; the entry is not lowercased, the host is (WHATWG URL); an IPv6 host keeps brackets.
 */
export function npmMatch(t: Target, list: string): MatchResult {
  const host = (t.ipv6 || t.host.includes(':') ? `[${t.host}]` : t.host).split('.').reverse();
  for (const e of splitEntries(list, ',')) {
    const labels = e.value
      .split('.')
      .filter((l) => l !== '')
      .reverse();
    if (labels.length === 0) continue;
    if (labels.every((l, i) => host[i] === l))
      return hit(e, labels.length === host.length ? `${e.value} equals the host` : `the host ends with the labels of ${e.value}`);
  }
  return miss(
    'No entry matched (npm: the host must end with the entry’s labels; no *, no CIDR, no ports, entries compared case-sensitively)',
  );
}
