/**
 * What RFC 9110, 7617 and 7616 say about a set of challenges as a whole, beyond their grammar: a Basic challenge
 * without realm, Basic over a plain http:// proxy connection, MD5-only Digest, a 407 without Proxy-Authenticate,
 * WWW-Authenticate in a 407, a 401 that comes from a proxy. Pure and total; offsets point into the pasted input.
 */
import { canonicalAlgorithm } from '../auth/digest';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { findParam, type Challenge } from './challenges';
import type { FieldValue, PastedResponse } from './pasted-response';

/** A challenge with offsets into the pasted input and the field it came in. */
export interface LocatedChallenge extends Challenge {
  field: FieldValue['name'];
}

export function lintChallenges(
  pasted: PastedResponse,
  challenges: readonly LocatedChallenge[],
  proxyScheme: 'http' | 'https',
  length: number,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const proxyChallenges = challenges.filter((c) => c.field === 'Proxy-Authenticate');
  for (const c of challenges) {
    const lower = c.scheme.toLowerCase();
    const schemeEnd = c.start + c.scheme.length;
    if (lower === 'basic') {
      // RFC 7617 §2: realm is required in a Basic challenge
      if (!findParam(c, 'realm'))
        out.push(
          diagnostic(
            'warning',
            'basic-without-realm',
            'Basic without realm: RFC 7617 §2 requires it; some clients refuse the challenge',
            c.start,
            schemeEnd,
          ),
        );
      if (c.field === 'Proxy-Authenticate' && proxyScheme === 'http') {
        out.push(
          diagnostic(
            'warning',
            'basic-over-http',
            'Basic over a plain http:// proxy connection: the password crosses the network in clear text (base64 is not encryption), even for https:// sites',
            c.start,
            schemeEnd,
          ),
        );
      }
    }
  }
  const digests = challenges.filter((c) => c.scheme.toLowerCase() === 'digest');
  if (
    digests.length > 0 &&
    digests.every((c) => (canonicalAlgorithm(findParam(c, 'algorithm')?.value ?? 'MD5') ?? 'MD5').startsWith('MD5'))
  ) {
    const first = digests[0]!;
    out.push(
      diagnostic(
        'warning',
        'md5-only-digest',
        'Digest with MD5 only: RFC 7616 §3.7 asks servers to offer SHA-256 too; MD5 is weak against offline guessing',
        first.start,
        first.start + first.scheme.length,
      ),
    );
  }
  const at = pasted.statusStart ?? 0;
  if (pasted.status === 407 && proxyChallenges.length === 0) {
    // RFC 9110 §15.5.8: the proxy MUST send a Proxy-Authenticate field
    out.push(
      diagnostic(
        'error',
        '407-without-proxy-authenticate',
        'A 407 without Proxy-Authenticate: RFC 9110 §15.5.8 requires one; clients cannot know which scheme to use',
        at,
        at + 3,
      ),
    );
  }
  if (pasted.status === 407 && challenges.some((c) => c.field === 'WWW-Authenticate')) {
    out.push(
      diagnostic(
        'warning',
        'www-authenticate-in-407',
        "WWW-Authenticate in a 407 is for the origin server; the proxy's challenge belongs in Proxy-Authenticate",
        at,
        at + 3,
      ),
    );
  }
  if (pasted.status === 401) {
    const fromProxy =
      proxyChallenges.length > 0 ||
      pasted.headers.has('proxy-status') ||
      /squid|proxy|bluecoat|zscaler|forcepoint|mcafee web gateway/i.test(pasted.headers.get('server') ?? '') ||
      pasted.headers.has('via');
    if (fromProxy) {
      out.push(
        diagnostic(
          'warning',
          '401-from-proxy',
          'A 401 that looks like it comes from a proxy (Proxy-Authenticate, Via, Proxy-Status or a proxy Server header): a proxy should answer 407. Intercepting (transparent) proxies answer 401 because the client does not know it uses a proxy; clients then send Authorization, not Proxy-Authorization',
          at,
          at + 3,
        ),
      );
    }
    if (challenges.every((c) => c.field !== 'WWW-Authenticate'))
      out.push(
        diagnostic('error', '401-without-www-authenticate', 'A 401 without WWW-Authenticate: RFC 9110 §15.5.2 requires one', at, at + 3),
      );
  }
  if (pasted.form === 'response' && pasted.status === undefined)
    out.push(diagnostic('error', 'bad-status-line', 'The status line has no three-digit status code', 0, Math.min(length, 12)));
  return out;
}
