/**
 * What a simulated run established, as data: how it ended, what the proxy offered, which credentials curl
 * used and whence, which proxy it chose and why. Fix rules and the widget decide from these facts, never
 * from the wording of a transcript line or a step title.
 */
import type { AuthScheme } from './options';
import type { ProxyChoice, ProxyCredentialsUse } from './proxy-choice';

/** Why curl exited non-zero, with the fact that goes with each cause. */
export type ErrorCause =
  | { cause: 'no-curl' }
  | { cause: 'usage' }
  | { cause: 'bad-url' }
  | { cause: 'unsupported-protocol'; scheme: string }
  | { cause: 'proxy-syntax' }
  | { cause: 'proxy-scheme' }
  | { cause: 'proxy-unresolvable'; host: string }
  | { cause: 'host-unresolvable'; host: string }
  | { cause: 'proxy-refused'; host: string; port: number }
  | { cause: 'host-refused'; host: string; port: number }
  /** The proxy answered the CONNECT with `status` instead of 2xx. */
  | { cause: 'tunnel-failed'; status: number }
  | { cause: 'tls'; peer: 'proxy' | 'origin'; problem: 'wrong-version' | 'untrusted-certificate' }
  /** -f/--fail-with-body turned an HTTP error status into exit 22. */
  | { cause: 'http-error'; status: number }
  /** A defect of the model itself, reported instead of thrown. */
  | { cause: 'internal' };

export type FinalOutcome =
  /** curl exits 0 with this response; `from`: the origin, or the proxy itself (a 407 to a plain http:// request). */
  { kind: 'response'; status: number; from: 'origin' | 'proxy' } | ({ kind: 'error'; exit: number; message: string } & ErrorCause);

/** How proxy authentication went. */
export type AuthOutcome =
  /** No credentials were needed: an open proxy, a 403, or no proxy at all. */
  | { kind: 'not-challenged' }
  /** The proxy accepted the credentials curl sent in `scheme` (at once, or after a 407). */
  | { kind: 'accepted'; scheme: AuthScheme }
  /** curl had no credentials for the 407. */
  | { kind: 'no-credentials' }
  /** The proxy refused the credentials curl sent in `scheme` ("Authentication problem. Ignoring this."). */
  | { kind: 'refused'; scheme: AuthScheme }
  /** No offered scheme is one curl was told to use. */
  | { kind: 'no-common-scheme' };

export interface SimulationFacts {
  outcome: FinalOutcome;
  /** The proxy curl chose and why; `not-reached` when curl stopped before deciding (bad command or URL). */
  proxy: ProxyChoice | { kind: 'not-reached' };
  /** The proxy credentials curl holds and whence (option, proxy URL, environment). */
  credentials: ProxyCredentialsUse;
  /** The proxy scheme curl was told to use (--proxy-basic is the default; anyauth lets curl pick). */
  requested: AuthScheme | 'anyauth';
  /** Scheme names in the proxy's Proxy-Authenticate fields, in order, as the proxy wrote them. */
  offered: string[];
  /** Schemes curl sent a Proxy-Authorization in, in order. */
  answered: AuthScheme[];
  auth: AuthOutcome;
  /** Statuses the proxy itself answered with (407, 403 …), in order. */
  proxyStatuses: number[];
}
