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

/** The exit code with its CURLE name and what it means for this run (read from the steps, which exist with or without -v). */
export function exitMeaning(result: Pick<SimulationResult, 'exitCode' | 'steps'>): ExitMeaning {
  const code = result.exitCode;
  if (code === 127) return { code, name: '', meaning: 'no curl command in the text (a shell says "command not found")', ok: false };
  if (code === -1) return { code, name: '', meaning: 'the simulation failed on this input (see the problems below)', ok: false };
  const [name, generic] = NAMES[code] ?? ['', 'an error this simulator does not describe'];
  const failure = finalMessage(result);
  const marker = 'CONNECT tunnel failed, response ';
  const at = failure.indexOf(marker);
  const status = httpStatus(result);
  let meaning = generic;
  if (at >= 0) {
    const connectStatus = failure.slice(at + marker.length);
    meaning =
      connectStatus === '407'
        ? 'the proxy refused the CONNECT: it wants credentials (407)'
        : `the proxy refused the CONNECT with ${connectStatus}`;
    if (code === 7) meaning += '; curl 8.20 and later report this as 7, older versions as 56';
  } else if (code === 7 && failure.startsWith('Failed to connect')) {
    meaning = 'nothing accepted the TCP connection';
  } else if (code === 0 && status === 407) {
    meaning = "the transfer completed, but the response is the proxy's 407: curl treats it as a normal HTTP answer (use -f to fail on it)";
  } else if (code === 0 && status !== undefined && status >= 400) {
    meaning = `the transfer completed with HTTP ${status} (use -f to fail on it)`;
  }
  return { code, name, meaning, ok: code === 0 && (status ?? 200) < 400 };
}

/** The message of the final "curl: (N) …" line, from the result step. */
export function finalMessage(result: Pick<SimulationResult, 'steps'>): string {
  const last = result.steps[result.steps.length - 1];
  return last?.kind === 'result' ? (last.detail[0] ?? '') : '';
}

/** The HTTP status of a completed transfer ("Exit 0 with HTTP nnn"), or of the -f failure. */
export function httpStatus(result: Pick<SimulationResult, 'steps'>): number | undefined {
  for (let i = result.steps.length - 1; i >= 0; i--) {
    const s = result.steps[i]!;
    const m = s.kind === 'result' ? (/ HTTP (\d{3})$/.exec(s.title) ?? /^-f turns (\d{3}) /.exec(s.title)) : null;
    if (m) return Number(m[1]);
  }
  return undefined;
}
