/**
 * Answering Digest challenges as a careful client would (RFC 7616 §3.3, §3.4).
 */
import type { Challenge } from '../http/challenges';
import { findParam } from '../http/challenges';
import {
  canonicalAlgorithm,
  computeDigestResponse,
  needsExtValue,
  type DigestAlgorithm,
  type DigestQop,
  type DigestResponse,
} from './digest';

export interface DigestRequest {
  method: string;
  uri: string;
  /** The client nonce: randomness is the caller's business. */
  cnonce: string;
  nc?: number | string;
  /** The request body, needed for qop=auth-int ('' for none). */
  entityBody?: string | Uint8Array;
}

export interface DigestAnswer {
  /** The Proxy-Authorization / Authorization value, when a challenge could be answered. */
  header?: string;
  response?: DigestResponse;
  /** The challenge answered. */
  challenge?: Challenge;
  /** Why this challenge, algorithm and qop were chosen, or why none could be. */
  why: string[];
}

// The client's preference, strongest first; -sess variants rank with their hash.
const STRENGTH: Record<DigestAlgorithm, number> = {
  'SHA-512-256': 3,
  'SHA-512-256-sess': 3,
  'SHA-256': 2,
  'SHA-256-sess': 2,
  MD5: 1,
  'MD5-sess': 1,
};

interface Candidate {
  challenge: Challenge;
  algorithm: DigestAlgorithm;
  algorithmGiven: boolean;
  qop?: DigestQop;
}

/**
 * Picks a Digest challenge and answers it. Prefers SHA-512-256, then SHA-256, then MD5; qop=auth, or auth-int
 * only when a body is given and auth is not offered; honours charset=UTF-8 and userhash=true.
 * Never throws on challenge contents: a challenge that cannot be answered is explained in `why`.
 */
export function respondToDigestChallenge(
  challenges: Challenge | readonly Challenge[],
  credentials: { username: string; password: string },
  request: DigestRequest,
): DigestAnswer {
  const list = Array.isArray(challenges) ? (challenges as readonly Challenge[]) : [challenges as Challenge];
  const why: string[] = [];
  const candidates: Candidate[] = [];
  list.forEach((challenge, index) => {
    if (challenge.scheme.toLowerCase() !== 'digest') return;
    const label = `Digest challenge ${index + 1}`;
    const candidate = evaluate(challenge, request, label, why);
    if (candidate !== undefined) candidates.push(candidate);
  });
  if (list.every((c) => c.scheme.toLowerCase() !== 'digest')) why.push('No Digest challenge was offered.');
  // Stable sort: among equally strong algorithms the server's order (its preference) is kept.
  const best = candidates.slice().sort((a, b) => STRENGTH[b.algorithm] - STRENGTH[a.algorithm])[0];
  if (best === undefined) {
    if (candidates.length === 0 && list.some((c) => c.scheme.toLowerCase() === 'digest'))
      why.push('No Digest challenge could be answered.');
    return { why };
  }
  const offered = candidates.map((c) => c.algorithm).join(', ');
  why.push(
    candidates.length > 1 ? `Chose ${best.algorithm}, the strongest of the usable algorithms (${offered}).` : `Using ${best.algorithm}.`,
  );
  return answer(best, credentials, request, why);
}

function evaluate(challenge: Challenge, request: DigestRequest, label: string, why: string[]): Candidate | undefined {
  const realm = findParam(challenge, 'realm');
  const nonce = findParam(challenge, 'nonce');
  if (realm === undefined || nonce === undefined) {
    why.push(`${label} was skipped: it has no ${realm === undefined ? 'realm' : 'nonce'} (RFC 7616 §3.3 requires both).`);
    return undefined;
  }
  const algorithmParam = findParam(challenge, 'algorithm');
  const algorithm = canonicalAlgorithm(algorithmParam?.value ?? 'MD5');
  if (algorithm === undefined) {
    why.push(`${label} was skipped: algorithm ${algorithmParam?.value ?? ''} is not supported.`);
    return undefined;
  }
  const qopParam = findParam(challenge, 'qop');
  if (qopParam === undefined) {
    if (algorithm.endsWith('-sess')) {
      why.push(`${label} was skipped: ${algorithm} needs a qop and the challenge offers none.`);
      return undefined;
    }
    return { challenge, algorithm, algorithmGiven: algorithmParam !== undefined };
  }
  // qop-options is a quoted, comma-separated list of tokens (RFC 7616 §3.3)
  const options = qopParam.value.split(',').map((q) => q.trim().toLowerCase());
  if (options.includes('auth')) return { challenge, algorithm, algorithmGiven: algorithmParam !== undefined, qop: 'auth' };
  if (options.includes('auth-int')) {
    if (request.entityBody === undefined) {
      why.push(`${label} was skipped: it offers only qop=auth-int, which needs the request body, and none was given.`);
      return undefined;
    }
    return { challenge, algorithm, algorithmGiven: algorithmParam !== undefined, qop: 'auth-int' };
  }
  why.push(`${label} was skipped: none of its qop values (${qopParam.value}) is known.`);
  return undefined;
}

function answer(best: Candidate, credentials: { username: string; password: string }, request: DigestRequest, why: string[]): DigestAnswer {
  const { challenge } = best;
  const param = (name: string): string | undefined => findParam(challenge, name)?.value;
  if (best.qop === 'auth') why.push('qop=auth: the response covers the method and URI.');
  else if (best.qop === 'auth-int') why.push('qop=auth-int (auth was not offered): the response also covers a hash of the body.');
  else why.push('The challenge offers no qop: answering the RFC 2069 way, without cnonce and nc (RFC 2617 §3.2.2.1).');
  const utf8 = param('charset')?.toLowerCase() === 'utf-8';
  const nonAscii = needsExtValue(credentials.username + credentials.password);
  if (utf8) why.push('charset=UTF-8: the username and password are hashed as UTF-8 (RFC 7616 §4).');
  else if (nonAscii)
    why.push(
      'The server did not announce charset=UTF-8; the name and password are hashed as UTF-8 anyway, a server expecting ISO-8859-1 would compute another hash.',
    );
  const userhash = param('userhash')?.toLowerCase() === 'true';
  if (userhash) why.push('userhash=true: the username is sent as H(username ":" realm) (RFC 7616 §3.4.4).');
  if (param('stale')?.toLowerCase() === 'true')
    why.push(
      'stale=true: the previous nonce expired but the credentials were right; retry with the new nonce without asking the user again (RFC 7616 §3.3).',
    );
  const opaque = param('opaque');
  if (opaque !== undefined) why.push('opaque is echoed back unchanged.');
  try {
    const response = computeDigestResponse({
      ...(best.algorithmGiven ? { algorithm: best.algorithm } : {}),
      username: credentials.username,
      password: credentials.password,
      realm: param('realm') ?? '',
      nonce: param('nonce') ?? '',
      method: request.method,
      uri: request.uri,
      ...(best.qop !== undefined ? { qop: best.qop, cnonce: request.cnonce, nc: request.nc ?? 1 } : {}),
      ...(opaque !== undefined ? { opaque } : {}),
      ...(best.qop === 'auth-int' && request.entityBody !== undefined ? { entityBody: request.entityBody } : {}),
      userhash,
    });
    if (response.usernameParam === 'username*')
      why.push('The username is not printable ASCII, so it is sent as username* in RFC 8187 encoding (RFC 7616 §3.4.4).');
    return { header: response.header, response, challenge, why };
  } catch (error) {
    why.push(`Cannot answer: ${error instanceof Error ? error.message : String(error)}.`);
    return { challenge, why };
  }
}
