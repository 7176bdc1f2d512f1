/**
 * curl's side of proxy authentication (lib/http.c Curl_http_output_auth, Curl_http_input_auth,
 * Curl_http_auth_act, pickoneauth; lib/http_digest.c; lib/http_ntlm.c), as a small state machine.
 *
 * - The first request uses the wanted scheme: Basic is sent preemptively; Digest prints "Proxy auth using
 *   Digest" but has no nonce yet, so sends nothing; NTLM sends its NEGOTIATE_MESSAGE; --proxy-anyauth sends
 *   nothing and waits for the 407.
 * - A 407 is read header by header: a scheme already answered (Basic, or Digest without stale=true) is an
 *   "Authentication problem" and stops the exchange; otherwise the strongest offered scheme curl wants
 *   (Negotiate > Digest > NTLM > Basic, pickoneauth) is answered on the same connection.
 */
import { encodeBase64, utf8Encode } from '../bytes';
import { computeDigestResponse, canonicalAlgorithm } from '../auth/digest';
import { buildNegotiateMessage } from '../auth/ntlm';
import { buildCurlType3, readCurlType2 } from './ntlm-type3';
import type { AuthScheme } from './options';
import type { Rng } from '../proxy-model/rng';

export interface ParsedChallenge {
  scheme: string;
  token?: string;
  params: Record<string, string>;
}

export interface ClientAuth {
  want: AuthScheme | 'anyauth';
  user?: string;
  password?: string;
  picked?: AuthScheme;
  digest?: { params: Record<string, string>; nc: number; used: boolean };
  ntlm?: { type1: Uint8Array; type2?: string; sentType3: boolean };
  problem: boolean;
}

export interface AuthHeader {
  /** The Proxy-Authorization value, when one is sent. */
  value?: string;
  /** curl prints "Proxy auth using X with user 'u'" for this request. */
  announce?: string;
  /** Explanation for the steps. */
  note?: string;
}

/** curl's NTLM type-1 (lib/vauth/ntlm.c): OEM | REQUEST_TARGET | NTLM | ALWAYS_SIGN | EXTENDED_SESSIONSECURITY. */
export const CURL_NTLM_TYPE1_FLAGS = 0x00088206;
/** The scheme names as curl prints them ("Proxy auth using NTLM …") and as they appear in challenges. */
export const AUTH_SCHEME_NAMES: Readonly<Record<AuthScheme, string>> = {
  basic: 'Basic',
  digest: 'Digest',
  ntlm: 'NTLM',
  negotiate: 'Negotiate',
};
/** curl's pickoneauth order (lib/http.c): what --proxy-anyauth picks among offered schemes, strongest first. */
export const CURL_AUTH_PREFERENCE: readonly AuthScheme[] = ['negotiate', 'digest', 'ntlm', 'basic'];
const SCHEME_NAMES = AUTH_SCHEME_NAMES;
const PREFERENCE = CURL_AUTH_PREFERENCE;

/**
 * Requests each scheme's handshake takes once curl has picked it (lib/http.c output_auth_headers): Basic
 * and Negotiate send credentials on the first request; Digest first needs the proxy's nonce, so its first
 * request goes without (lib/http_digest.c); NTLM sends type-1, then type-3 after the proxy's type-2
 * (lib/http_ntlm.c).
 */
const HANDSHAKE_REQUESTS: Readonly<Record<AuthScheme, number>> = { basic: 1, digest: 2, ntlm: 2, negotiate: 1 };

/**
 * The most requests one proxy auth exchange can take. curl has no counter: the exchange ends when the
 * proxy accepts, or when Curl_http_input_auth meets a scheme it already answered and reports "Authentication
 * problem. Ignoring this." (readProxyChallenges below). The longest sequence is --proxy-anyauth's first
 * request without credentials (curl waits for the 407 to choose) followed by the longest handshake.
 */
export const MAX_AUTH_REQUESTS = 1 + Math.max(...Object.values(HANDSHAKE_REQUESTS));

/** curl's NTLM type-1 (NEGOTIATE_MESSAGE) in base64: the same bytes for every user (no domain or workstation). */
export function curlNtlmType1(): string {
  return encodeBase64(buildNegotiateMessage({ flags: CURL_NTLM_TYPE1_FLAGS }));
}

export function newClientAuth(want: AuthScheme | 'anyauth', user?: string, password?: string): ClientAuth {
  const auth: ClientAuth = { want, problem: false };
  if (user !== undefined) auth.user = user;
  if (password !== undefined) auth.password = password;
  if (user !== undefined && want !== 'anyauth') auth.picked = want;
  return auth;
}

/** The Proxy-Authorization for the next request. `uri` is what curl puts in Digest's uri= (path, or host:port for CONNECT). */
export function authorizationFor(auth: ClientAuth, method: string, uri: string, rng: Rng): AuthHeader {
  if (auth.user === undefined || auth.picked === undefined || auth.problem) return {};
  const user = auth.user;
  const password = auth.password ?? '';
  const announce = `Proxy auth using ${SCHEME_NAMES[auth.picked]} with user '${user}'`;
  switch (auth.picked) {
    case 'basic':
      // RFC 7617 §2: base64 of user-id ":" password; curl sends the bytes as typed (no NFC).
      return { value: `Basic ${encodeBase64(utf8Encode(`${user}:${password}`))}`, announce };
    case 'digest': {
      if (!auth.digest) return { announce, note: "Digest needs the proxy's nonce first: this request goes without credentials." };
      const p = auth.digest.params;
      auth.digest.used = true;
      const nc = ++auth.digest.nc;
      const qop = (p['qop'] ?? '')
        .split(',')
        .map((q) => q.trim().toLowerCase())
        .includes('auth')
        ? 'auth'
        : undefined;
      // curl's cnonce: base64 of 32 random hex digits (lib/vauth/digest.c)
      const cnonce = encodeBase64(utf8Encode(rng.hex(16)));
      const algorithm = p['algorithm'];
      try {
        const r = computeDigestResponse({
          username: user,
          password,
          realm: p['realm'] ?? '',
          nonce: p['nonce'] ?? '',
          method,
          uri,
          ...(qop ? { qop, cnonce, nc } : {}),
          ...(algorithm && canonicalAlgorithm(algorithm) ? { algorithm } : {}),
        });
        const nc8 = nc.toString(16).padStart(8, '0');
        let value = `Digest username="${user}", realm="${p['realm'] ?? ''}", nonce="${p['nonce'] ?? ''}", uri="${uri}"`;
        value += qop ? `, cnonce="${cnonce}", nc=${nc8}, qop=${qop}, response="${r.response}"` : `, response="${r.response}"`;
        if (p['opaque'] !== undefined) value += `, opaque="${p['opaque']}"`;
        if (algorithm !== undefined) value += `, algorithm=${algorithm}`;
        return { value, announce, note: `Digest response = KD(H(A1), nonce:nc:cnonce:qop:H(A2)) with A2 = "${method}:${uri}".` };
      } catch (e) {
        return { announce, note: `Digest could not be computed: ${e instanceof Error ? e.message : String(e)}` };
      }
    }
    case 'ntlm': {
      if (!auth.ntlm) auth.ntlm = { type1: buildNegotiateMessage({ flags: CURL_NTLM_TYPE1_FLAGS }), sentType3: false };
      if (auth.ntlm.type2 === undefined)
        return { value: `NTLM ${encodeBase64(auth.ntlm.type1)}`, announce, note: 'NTLM message 1 (NEGOTIATE).' };
      const type2 = readCurlType2(auth.ntlm.type2);
      if (!type2)
        return { announce, note: 'The NTLM type-2 message does not decode: curl reports "NTLM handshake failure (bad type-2 message)".' };
      const m3 = buildCurlType3({ type2, user, password, clientChallenge: rng.bytes(8), time: rng.filetime() });
      auth.ntlm.sentType3 = true;
      return {
        value: `NTLM ${m3.base64}`,
        announce,
        note:
          m3.version === 'NTLMv2'
            ? "NTLM message 3 (AUTHENTICATE): NTLMv2, since the proxy's challenge offers extended session security."
            : "NTLM message 3 (AUTHENTICATE): NTLMv1 (DES of the proxy's challenge), since the challenge does not offer extended session security.",
      };
    }
    case 'negotiate':
      return {
        value: 'Negotiate <SPNEGO token from your Kerberos ticket: placeholder>',
        announce,
        note: 'Negotiate needs a Kerberos ticket (kinit); the token shown is a labelled placeholder.',
      };
  }
}

/**
 * What curl makes of a 407: answer it with `scheme` on the same connection; or stop because the proxy
 * refused credentials already sent (`problemAt`: the challenge at which curl prints "Authentication
 * problem"), because there are no credentials, or because no offered scheme is one curl was told to use.
 */
export type ChallengeVerdict =
  | { kind: 'retry'; scheme: AuthScheme; why: string }
  | { kind: 'refused'; scheme: AuthScheme; problemAt: number; why: string }
  | { kind: 'no-credentials'; why: string }
  | { kind: 'no-common-scheme'; why: string };

/** Reads the 407's Proxy-Authenticate headers as curl does and decides whether to try again. */
/** `ntlmBuilt: false`: a curl built without NTLM (8.20.0 on by default) never picks it. */
export function readProxyChallenges(auth: ClientAuth, challenges: readonly ParsedChallenge[], ntlmBuilt = true): ChallengeVerdict {
  if (auth.user === undefined) {
    return {
      kind: 'no-credentials',
      why: 'No proxy credentials were given (-U or user:password@ in the proxy URL), so curl stops at the 407.',
    };
  }
  const wanted = (s: AuthScheme): boolean => auth.want === 'anyauth' || auth.want === s;
  const avail = new Set<AuthScheme>();
  let problemAt: number | undefined;
  challenges.forEach((c, i) => {
    const s = c.scheme.toLowerCase() as AuthScheme;
    if (!PREFERENCE.includes(s) || !wanted(s) || problemAt !== undefined || (s === 'ntlm' && !ntlmBuilt)) return;
    if (s === 'basic') {
      if (auth.picked === 'basic') problemAt = i;
      else avail.add('basic');
    } else if (s === 'digest') {
      const stale = (c.params['stale'] ?? '').toLowerCase() === 'true';
      if (auth.picked === 'digest' && auth.digest?.used && !stale) problemAt = i;
      else {
        auth.digest = { params: c.params, nc: 0, used: false };
        avail.add('digest');
      }
    } else if (s === 'ntlm') {
      if (c.token !== undefined && auth.ntlm && !auth.ntlm.sentType3) {
        auth.ntlm.type2 = c.token;
        avail.add('ntlm');
      } else if (auth.ntlm?.sentType3 || (auth.picked === 'ntlm' && auth.ntlm && c.token === undefined)) problemAt = i;
      else avail.add('ntlm');
    } else {
      if (auth.picked === 'negotiate') problemAt = i;
      else avail.add('negotiate');
    }
  });
  if (problemAt !== undefined) {
    auth.problem = true;
    return {
      kind: 'refused',
      scheme: auth.picked ?? (challenges[problemAt]!.scheme.toLowerCase() as AuthScheme),
      problemAt,
      why: 'The proxy refused the credentials curl already sent: "Authentication problem. Ignoring this."; curl does not try again.',
    };
  }
  const pick = PREFERENCE.find((s) => avail.has(s));
  if (!pick) {
    auth.problem = true;
    const offered = challenges.map((c) => c.scheme).join(', ') || 'nothing';
    return { kind: 'no-common-scheme', why: `The proxy offers ${offered}, none of which curl was told to use (${auth.want}).` };
  }
  auth.picked = pick;
  return { kind: 'retry', scheme: pick, why: `curl answers the ${SCHEME_NAMES[pick]} challenge on the same connection.` };
}
