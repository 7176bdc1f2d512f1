/**
 * The world a simulated curl runs in, described by host:port. Anything not described gets a default:
 * a listening Squid-like proxy that wants Basic, a reachable origin answering 200, names that resolve
 * (except *.invalid, RFC 6761 §6.4).
 */
import type { OriginModel } from './origins';

export type ProxyAuthOffer = 'Basic' | 'Digest' | 'NTLM' | 'Negotiate';

export interface ProxyModel {
  /** false: nothing listens on the port (connection refused). */
  listening?: boolean;
  /** Schemes in the order the 407 lists them; [] is an open proxy. */
  schemes?: ProxyAuthOffer[];
  realm?: string;
  accounts?: { user: string; password: string }[];
  /** Ports CONNECT may reach (Squid's SSL_ports: 443); others get 403. */
  connectPorts?: number[];
  /** Whether the proxy itself speaks TLS (an https:// proxy). */
  tls?: boolean;
  /** Server header and Via product, e.g. "squid/5.7". */
  product?: string;
  /** Squid's visible_hostname (X-Cache, Via). */
  hostname?: string;
  /** Body of the 407 page; by default a short HTML page. */
  errorBody?: string;
  /** Squid adds X-Squid-Error, X-Cache, Via…; 'generic' sends only the essentials. */
  style?: 'squid' | 'generic';
  /** The NTLM type-2 (CHALLENGE_MESSAGE) the proxy's NTLM helper sends; by default a Windows-like one. */
  ntlm?: NtlmChallengeModel;
}

/**
 * The parts of a type-2 that change what curl answers (MS-NLMP §2.2.1.2). Windows (Squid with winbind's
 * ntlm_auth) sends Unicode, extended session security and TargetInfo; Squid's ntlm_fake_auth sends flags
 * 0x00088206 (OEM, extended session security), target name "WORKGROUP" and no TargetInfo.
 */
interface NtlmChallengeModel {
  flags?: number;
  targetName?: string;
  /** NetBIOS domain and computer names sent as TargetInfo AV pairs; false: no TargetInfo. */
  targetInfo?: { domain: string; computer: string } | false;
}

export interface NetworkModel {
  proxies?: Record<string, ProxyModel>;
  origins?: Record<string, OriginModel>;
  /** Host names that do not resolve (in addition to *.invalid). */
  unresolvable?: string[];
  /** Name → address, for "Trying …" lines. */
  addresses?: Record<string, string>;
}

export interface ResolvedProxy extends Required<Omit<ProxyModel, 'errorBody' | 'ntlm'>> {
  errorBody: string;
  ntlm: Required<NtlmChallengeModel>;
}

/** Windows-like defaults: MS-NLMP's usual server flags (Unicode, extended session security, TargetInfo). */
const DEFAULT_NTLM_CHALLENGE: Required<NtlmChallengeModel> = {
  flags: 0xa0898205,
  targetName: 'PROXY',
  targetInfo: { domain: 'PROXY', computer: 'SQUID' },
};

export function proxyAt(network: NetworkModel, host: string, port: number): ResolvedProxy {
  const m = network.proxies?.[`${host}:${port}`] ?? {};
  const realm = m.realm ?? 'proxy';
  return {
    listening: m.listening ?? true,
    schemes: m.schemes ?? ['Basic'],
    realm,
    accounts: m.accounts ?? [{ user: 'alice', password: 'secret' }],
    connectPorts: m.connectPorts ?? [443],
    tls: m.tls ?? false,
    product: m.product ?? 'squid/5.7',
    hostname: m.hostname ?? 'proxy',
    style: m.style ?? 'squid',
    ntlm: { ...DEFAULT_NTLM_CHALLENGE, ...m.ntlm },
    errorBody:
      m.errorBody ??
      `<html><head><title>ERROR: Cache Access Denied</title></head>\n<body><h1>407 Proxy Authentication Required</h1>\n<p>Authenticate with the proxy (realm "${realm}").</p></body></html>\n`,
  };
}

export function resolves(network: NetworkModel, host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'invalid' || h.endsWith('.invalid')) return false;
  return !(network.unresolvable ?? []).some((u) => u.toLowerCase() === h);
}

/** The address curl prints in "Trying": given, literal, or a documentation address (RFC 5737) derived from the name. */
export function addressOf(network: NetworkModel, host: string): string {
  const given = network.addresses?.[host];
  if (given) return given;
  if (host === 'localhost') return '127.0.0.1';
  if (host.includes(':') || /^[0-9.]+$/.test(host)) return host;
  let h = 0;
  for (let i = 0; i < host.length; i++) h = (h * 31 + host.charCodeAt(i)) >>> 0;
  return `203.0.113.${(h % 254) + 1}`;
}
