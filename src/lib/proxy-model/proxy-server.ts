/**
 * The modelled proxy's answers, shaped like Squid 5.7's (header order and names observed in tests/interop):
 * 407 with one Proxy-Authenticate field per scheme (RFC 9110 §11.7.1), 200 Connection established to a
 * CONNECT (RFC 9110 §9.3.6), 403 to a CONNECT port it does not allow, and origin responses relayed with
 * hop-by-hop fields replaced (RFC 9110 §7.6.1).
 */
import { buildChallengeMessage, MsvAvNbDomainName, MsvAvNbComputerName, NTLMSSP_NEGOTIATE_TARGET_INFO } from '../auth/ntlm';
import { encodeBase64 } from '../bytes';
import type { ResolvedProxy } from './network';
import { utf8Length, type ModelResponse } from './origins';
import type { Rng } from './rng';

export interface ProxyCredentials {
  scheme: string;
  user?: string;
  password?: string;
  /** NTLM: which message the client sent. */
  ntlmStage?: 1 | 3;
}

/** The proxy's decision on one request: let it through, or answer it itself (a 407 challenge, a 403). */
export type ProxyVerdict =
  | { kind: 'accepted'; why: string }
  | { kind: 'challenge'; response: ModelResponse; why: string }
  | { kind: 'forbidden'; response: ModelResponse; why: string };

/** Decides whether the proxy lets a request through, and the 407/403 it answers otherwise. */
export function proxyVerdict(
  proxy: ResolvedProxy,
  port: number,
  date: string,
  rng: Rng,
  creds: ProxyCredentials | undefined,
  connectPort?: number,
): ProxyVerdict {
  if (connectPort !== undefined && !proxy.connectPorts.includes(connectPort)) {
    return {
      kind: 'forbidden',
      response: errorResponse(proxy, port, date, 403, 'Forbidden', 'ERR_ACCESS_DENIED', []),
      why: `The proxy does not allow CONNECT to port ${connectPort}.`,
    };
  }
  if (proxy.schemes.length === 0) return { kind: 'accepted', why: 'An open proxy: no authentication required.' };
  const offered = proxy.schemes.map((s) => s.toLowerCase());
  if (creds && offered.includes(creds.scheme.toLowerCase())) {
    if (creds.scheme.toLowerCase() === 'ntlm' && creds.ntlmStage === 1) {
      const { flags, targetName, targetInfo } = proxy.ntlm;
      // MS-NLMP §2.2.1.2 CHALLENGE_MESSAGE; TargetInfo's flag follows whether there is any.
      const type2 = buildChallengeMessage({
        serverChallenge: rng.bytes(8),
        flags: targetInfo ? flags : (flags & ~NTLMSSP_NEGOTIATE_TARGET_INFO) >>> 0,
        targetName,
        ...(targetInfo
          ? {
              targetInfo: [
                { id: MsvAvNbDomainName, value: targetInfo.domain },
                { id: MsvAvNbComputerName, value: targetInfo.computer },
              ],
            }
          : {}),
      });
      return {
        kind: 'challenge',
        response: errorResponse(proxy, port, date, 407, 'Proxy Authentication Required', 'ERR_CACHE_ACCESS_DENIED', [
          `NTLM ${encodeBase64(type2)}`,
        ]),
        why: 'The proxy answers the NTLM NEGOTIATE_MESSAGE with its CHALLENGE_MESSAGE (message 2).',
      };
    }
    const ok = proxy.accounts.some((a) => a.user === creds.user && a.password === (creds.password ?? ''));
    if (ok) return { kind: 'accepted', why: `The proxy accepts ${creds.scheme} credentials for '${creds.user ?? ''}'.` };
  }
  const challenges = proxy.schemes.map((s) => {
    if (s === 'Basic') return `Basic realm="${proxy.realm}"`;
    if (s === 'Digest') return `Digest realm="${proxy.realm}", nonce="${rng.hex(16)}", qop="auth", stale=false`;
    return s;
  });
  const why = creds
    ? `The proxy rejects the ${creds.scheme} credentials for '${creds.user ?? ''}' and challenges again.`
    : 'The proxy requires authentication: 407 with its challenges.';
  return {
    kind: 'challenge',
    response: errorResponse(proxy, port, date, 407, 'Proxy Authentication Required', 'ERR_CACHE_ACCESS_DENIED', challenges),
    why,
  };
}

function errorResponse(
  proxy: ResolvedProxy,
  port: number,
  date: string,
  status: number,
  reason: string,
  squidError: string,
  challenges: string[],
): ModelResponse {
  const body = proxy.errorBody;
  const length = String(utf8Length(body));
  const auth = challenges.map((c): [string, string] => ['Proxy-Authenticate', c]);
  if (proxy.style === 'generic') {
    return { status, reason, headers: [...auth, ['Content-Type', 'text/html'], ['Content-Length', length]], body };
  }
  return {
    status,
    reason,
    body,
    headers: [
      ['Server', proxy.product],
      ['Mime-Version', '1.0'],
      ['Date', date],
      ['Content-Type', 'text/html;charset=utf-8'],
      ['Content-Length', length],
      ['X-Squid-Error', `${squidError} 0`],
      ['Vary', 'Accept-Language'],
      ['Content-Language', 'en'],
      ...auth,
      ['X-Cache', `MISS from ${proxy.hostname}`],
      ['X-Cache-Lookup', `NONE from ${proxy.hostname}:${port}`],
      ['Via', `1.1 ${proxy.hostname} (${proxy.product})`],
      ['Connection', 'keep-alive'],
    ],
  };
}

/**
 * Squid's answer to a CONNECT whose origin refuses the TCP connection: 503 with ERR_CONNECT_FAIL and the errno
 * (111, ECONNREFUSED), without the cache headers, and it closes the connection (observed with Squid 5.7).
 */
export function connectFailed(proxy: ResolvedProxy, port: number, date: string): ModelResponse {
  const r = errorResponse(proxy, port, date, 503, 'Service Unavailable', 'ERR_CONNECT_FAIL', []);
  if (proxy.style === 'generic') return r;
  const kept = r.headers.filter(([n]) => !['X-Cache', 'X-Cache-Lookup', 'Via', 'Connection'].includes(n));
  return { ...r, headers: kept.map(([n, v]): [string, string] => [n, n === 'X-Squid-Error' ? 'ERR_CONNECT_FAIL 111' : v]) };
}

export function connectEstablished(): ModelResponse {
  return { status: 200, reason: 'Connection established', headers: [], body: '' };
}

/** The origin's response as a Squid relays it (to a HEAD request: without a body, so not chunked either). */
export function relayed(proxy: ResolvedProxy, port: number, response: ModelResponse, head = false): ModelResponse {
  if (proxy.style === 'generic') return response;
  const hop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'proxy-connection']);
  const kept = response.headers.filter(([n]) => !hop.has(n.toLowerCase()));
  const chunked = !head && !kept.some(([n]) => n.toLowerCase() === 'content-length');
  return {
    ...response,
    headers: [
      ...kept,
      ['X-Cache', `MISS from ${proxy.hostname}`],
      ['X-Cache-Lookup', `MISS from ${proxy.hostname}:${port}`],
      ...(chunked ? [['Transfer-Encoding', 'chunked'] as [string, string]] : []),
      ['Via', `1.1 ${proxy.hostname} (${proxy.product})`],
      ['Connection', 'keep-alive'],
    ],
  };
}
