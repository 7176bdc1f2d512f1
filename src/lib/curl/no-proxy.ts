/**
 * NO_PROXY matching as curl does it: lib/noproxy.c, Curl_check_noproxy (curl 7.86 and later).
 *
 * - The whole list being `*` bypasses the proxy for every host; a `*` inside a list is an ordinary token.
 * - Tokens are separated by commas and blanks. A leading dot is ignored; a token then matches the host
 *   itself or any host ending in `.token` (so `example.com` and `.example.com` both match `a.example.com`).
 * - Host names compare case-insensitively. A trailing dot on the host is ignored.
 * - When the host is an IP address, tokens are IP addresses or CIDR ranges (`10.0.0.0/8`, `fe80::/10`);
 *   a bare address matches exactly. Names never match addresses: curl does not resolve.
 * - Ports are not considered: a token with `:port` never matches.
 *
 * `NO_PROXY_RULES` describes these rules as data so a widget can compare tools; `curlNoProxyMatch`
 * is curl's entry.
 */

export interface NoProxyToken {
  value: string;
  start: number;
  end: number;
}

export interface NoProxyMatch {
  match: boolean;
  /** The token that matched (offsets into the list), when one did. */
  token?: NoProxyToken;
  /** One sentence saying why, for the UI. */
  reason: string;
}

export interface NoProxyRules {
  tool: string;
  versions: string;
  wildcardAlone: boolean;
  wildcardInList: 'ignored' | 'literal' | 'matches-all';
  leadingDot: 'suffix' | 'ignored' | 'required-for-suffix';
  suffixWithoutDot: boolean;
  caseInsensitive: boolean;
  cidr: boolean;
  ports: boolean;
  separators: string;
  notes: string;
  match: (host: string, list: string) => NoProxyMatch;
}

/** Splits a NO_PROXY value into tokens at commas and blanks, keeping offsets. */
export function splitNoProxyList(list: string): NoProxyToken[] {
  const tokens: NoProxyToken[] = [];
  let i = 0;
  while (i < list.length) {
    while (i < list.length && isSeparator(list[i]!)) i++;
    const start = i;
    while (i < list.length && !isSeparator(list[i]!)) i++;
    if (i > start) tokens.push({ value: list.slice(start, i), start, end: i });
  }
  return tokens;
}

/**
 * curl's decision for `host` (a name or an IP literal, IPv6 with or without brackets). `ipv6Cidr: false` is
 * curl before 8.18.0, which compared an IPv6 address with each entry as if it were a host name, so `::1`
 * matched `::1` but no range (`fd00::/8`) ever matched (lib/noproxy.c; see profiles.ts).
 */
export function curlNoProxyMatch(host: string, list: string, ipv6Cidr = true): NoProxyMatch {
  if (list === '') return { match: false, reason: 'The list is empty' };
  if (list.trim() === '*')
    return {
      match: true,
      token: { value: '*', start: list.indexOf('*'), end: list.indexOf('*') + 1 },
      reason: 'A list that is only * bypasses the proxy for every host',
    };
  let name = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (name.endsWith('.')) name = name.slice(0, -1);
  const ipv6 = name.includes(':') && ipv6Cidr ? parseIPv6(name) : undefined;
  const ipv4 = ipv6 || name.includes(':') ? undefined : parseIPv4(name);
  for (const token of splitNoProxyList(list)) {
    if (ipv4 || ipv6) {
      const slash = token.value.indexOf('/');
      const addr = slash >= 0 ? token.value.slice(0, slash) : token.value;
      const bitsText = slash >= 0 ? token.value.slice(slash + 1) : '';
      const bits = bitsText === '' ? 0 : Number.parseInt(bitsText, 10);
      const hit = ipv4
        ? cidrMatch(ipv4, parseIPv4(addr), bits || 32)
        : cidrMatch(ipv6!, parseIPv6(addr.startsWith('[') && addr.endsWith(']') ? addr.slice(1, -1) : addr), bits || 128);
      if (hit) return { match: true, token, reason: slash >= 0 ? `${name} is inside ${token.value}` : `${name} is listed` };
      continue;
    }
    let t = token.value;
    if (t.startsWith('.')) t = t.slice(1);
    if (t === '') continue;
    const n = name.toLowerCase();
    const lt = t.toLowerCase();
    if (lt === n) return { match: true, token, reason: `${host} is listed as ${token.value}` };
    if (lt.length < n.length && n.endsWith(lt) && n[n.length - lt.length - 1] === '.') {
      return { match: true, token, reason: `${host} ends with .${t}` };
    }
  }
  const why = ipv4 || ipv6 ? 'no address or range in the list contains it' : 'no entry equals it or is a domain suffix of it';
  return { match: false, reason: `${host}: ${why}` };
}

export const NO_PROXY_RULES: readonly NoProxyRules[] = [
  {
    tool: 'curl',
    versions: '7.86.0 and later (CIDR since 7.86.0)',
    wildcardAlone: true,
    wildcardInList: 'literal',
    leadingDot: 'ignored',
    suffixWithoutDot: true,
    caseInsensitive: true,
    cidr: true,
    ports: false,
    separators: 'commas and blanks',
    notes: 'no_proxy is read before NO_PROXY; --noproxy replaces both; a match also bypasses a proxy given with -x.',
    match: curlNoProxyMatch,
  },
];

function isSeparator(c: string): boolean {
  return c === ',' || c === ' ' || c === '\t';
}

/** Dotted-quad IPv4 → 4 bytes, or undefined. */
export function parseIPv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (p === '' || p.length > 3 || ![...p].every((c) => c >= '0' && c <= '9')) return undefined;
    const v = Number(p);
    if (v > 255) return undefined;
    out.push(v);
  }
  return out;
}

/** IPv6 text (RFC 4291 §2.2, with :: and an embedded IPv4 tail) → 16 bytes, or undefined. */
export function parseIPv6(text: string): number[] | undefined {
  if (text.length > 45 || text === '') return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const groups = s.split(':');
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      if (i === groups.length - 1 && g.includes('.')) {
        const v4 = parseIPv4(g);
        if (!v4) return undefined;
        for (const b of v4) out.push(b);
        continue;
      }
      if (g === '' || g.length > 4 || ![...g].every((c) => /[0-9a-fA-F]/.test(c))) return undefined;
      const v = Number.parseInt(g, 16);
      out.push(v >> 8, v & 0xff);
    }
    return out;
  };
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  if (!head || !tail) return undefined;
  if (halves.length === 1) return head.length === 16 ? head : undefined;
  const fill = 16 - head.length - tail.length;
  if (fill < 2) return undefined;
  return [...head, ...new Array<number>(fill).fill(0), ...tail];
}

function cidrMatch(addr: number[], net: number[] | undefined, bits: number): boolean {
  if (!net || net.length !== addr.length || !Number.isFinite(bits) || bits < 0 || bits > addr.length * 8) return false;
  for (let i = 0; i < addr.length; i++) {
    const take = Math.min(8, Math.max(0, bits - i * 8));
    if (take === 0) break;
    const mask = (0xff << (8 - take)) & 0xff;
    if ((addr[i]! & mask) !== (net[i]! & mask)) return false;
  }
  return true;
}
