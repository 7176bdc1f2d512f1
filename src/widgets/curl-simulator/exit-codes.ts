/**
 * What an exit code means, in curl's own names (include/curl/curl.h, CURLcode; docs/libcurl/libcurl-errors.md)
 * and, where the transcript tells us more, in the words of this exchange.
 */
import type { SimulationResult } from '../../lib/curl/simulate';

export interface ExitMeaning {
  code: number;
  /** curl's CURLE_* name ('' for codes that are not curl's). */
  name: string;
  meaning: string;
  ok: boolean;
}

const NAMES: Readonly<Record<number, readonly [string, string]>> = {
  0: ['CURLE_OK', 'the transfer completed'],
  1: ['CURLE_UNSUPPORTED_PROTOCOL', 'curl does not support this URL scheme'],
  2: ['CURLE_FAILED_INIT', 'curl refused the command line'],
  3: ['CURLE_URL_MALFORMAT', 'the URL is malformed or missing'],
  5: ['CURLE_COULDNT_RESOLVE_PROXY', 'the proxy host name does not resolve'],
  6: ['CURLE_COULDNT_RESOLVE_HOST', 'the server host name does not resolve'],
  7: ['CURLE_COULDNT_CONNECT', 'the TCP connection was refused'],
  22: ['CURLE_HTTP_RETURNED_ERROR', '-f turned an HTTP error status into a failure'],
  35: ['CURLE_SSL_CONNECT_ERROR', 'the TLS handshake failed'],
  56: ['CURLE_RECV_ERROR', 'receiving data failed'],
  60: ['CURLE_PEER_FAILED_VERIFICATION', 'the server certificate could not be verified'],
  97: ['CURLE_PROXY', 'the proxy handshake failed'],
};

/** curl's CURLE_* name for an exit code ('' when it is not one of curl's listed here). */
export function exitName(code: number): string {
  return NAMES[code]?.[0] ?? '';
}

/** The exit code with its CURLE name and what it means for this run, read from the run's facts. */
export function exitMeaning(result: Pick<SimulationResult, 'exitCode' | 'facts'>): ExitMeaning {
  const code = result.exitCode;
  const o = result.facts.outcome;
  if (o.kind === 'error' && o.cause === 'no-curl')
    return { code, name: '', meaning: 'no curl command in the text (a shell says "command not found")', ok: false };
  if (o.kind === 'error' && o.cause === 'internal')
    return { code, name: '', meaning: 'the simulation failed on this input (see the problems below)', ok: false };
  const [name, generic] = NAMES[code] ?? ['', 'an error this simulator does not describe'];
  if (o.kind === 'response') {
    if (o.status === 407 && o.from === 'proxy')
      return {
        code,
        name,
        meaning:
          "the transfer completed, but the response is the proxy's 407: curl treats it as a normal HTTP answer (use -f to fail on it)",
        ok: false,
      };
    if (o.status >= 400) return { code, name, meaning: `the transfer completed with HTTP ${o.status} (use -f to fail on it)`, ok: false };
    return { code, name, meaning: generic, ok: code === 0 };
  }
  let meaning = generic;
  if (o.cause === 'tunnel-failed') {
    meaning =
      o.status === 407 ? 'the proxy refused the CONNECT: it wants credentials (407)' : `the proxy refused the CONNECT with ${o.status}`;
    if (code === 7) meaning += '; curl 8.20 and later report this as 7, older versions as 56';
  } else if (o.cause === 'proxy-refused' || o.cause === 'host-refused') {
    meaning = 'nothing accepted the TCP connection';
  } else if (o.cause === 'proxy-syntax') {
    meaning = 'curl could not read the proxy string (marked in the command)';
  }
  return { code, name, meaning, ok: false };
}
