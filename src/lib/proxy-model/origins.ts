/**
 * The origins a simulated curl reaches: what each answers (a 200 page by default), whether it listens and
 * whether it speaks TLS with a trusted or self-signed certificate.
 */
import type { NetworkModel } from './network';

export interface ModelResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
}

export interface OriginModel {
  reachable?: boolean;
  tls?: 'trusted' | 'self-signed';
  status?: number;
  reason?: string;
  /** Response headers in order (Date is filled from the clock when given as ''). */
  headers?: [string, string][];
  body?: string;
  /** Certificate subject CN; default the host name. */
  certificateName?: string;
}

export interface ResolvedOrigin extends Required<Omit<OriginModel, 'tls' | 'certificateName'>> {
  tls?: 'trusted' | 'self-signed';
  certificateName: string;
}

export function originAt(network: NetworkModel, host: string, port: number, scheme: string): ResolvedOrigin {
  const m = network.origins?.[`${host}:${port}`] ?? {};
  const body = m.body ?? '<!doctype html><title>Example Domain</title><p>This domain is for use in examples.</p>\n';
  const origin: ResolvedOrigin = {
    reachable: m.reachable ?? true,
    status: m.status ?? 200,
    reason: m.reason ?? reasonPhrase(m.status ?? 200),
    headers: m.headers ?? [
      ['Content-Type', 'text/html; charset=UTF-8'],
      ['Date', ''],
      ['Content-Length', String(utf8Length(body))],
    ],
    body,
    certificateName: m.certificateName ?? host,
  };
  const tls = m.tls ?? (scheme === 'https' ? 'trusted' : undefined);
  if (tls) origin.tls = tls;
  return origin;
}

/** The origin's own response, Date filled in. */
export function originResponse(origin: ResolvedOrigin, date: string, head: boolean): ModelResponse {
  return {
    status: origin.status,
    reason: origin.reason,
    headers: origin.headers.map(([n, v]): [string, string] => [n, n.toLowerCase() === 'date' && v === '' ? date : v]),
    body: head ? '' : origin.body,
  };
}

function reasonPhrase(status: number): string {
  const phrases: Record<number, string> = {
    200: 'OK',
    201: 'Created',
    204: 'No Content',
    301: 'Moved Permanently',
    302: 'Found',
    304: 'Not Modified',
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    407: 'Proxy Authentication Required',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
  };
  return phrases[status] ?? 'Unknown';
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
