/**
 * The decoder's heavy half, loaded on first use by element.ts (a dynamic import: a separate, same-origin
 * chunk), so the eager script stays small. Everything here is the protocol library plus the view.
 */
import { checkDigestCredentials, defaultDigestMethod } from '../../lib/auth/digest-credentials';
import { shareableCredentials } from '../../lib/auth/shareable';
import type { ShareState } from '../shared/share';
import { computeDigestResponse } from '../../lib/auth/digest';
import { toDom } from '../shared/view';
import { decoderView, type DecoderView } from './view';

export interface Rendered {
  dom: Node;
  view: DecoderView;
}

export function render(input: string, now: number): Rendered {
  const view = decoderView(input, { now });
  return { dom: toDom(view.node), view };
}

export interface DigestCheck {
  ok: boolean;
  lines: string[];
}

/** The share link's state: the pasted text with the box ticked, otherwise only what the decoded value shows without secrets. */
export function shareState(input: string, includeSecrets: boolean): ShareState {
  if (includeSecrets) return { value: input };
  const shared = shareableCredentials(input);
  return shared.withheld ? { value: shared.text, withheld: '1' } : { value: shared.text };
}

/** The method the recompute uses when the reader leaves the field empty (CONNECT for a host:port uri). */
export function defaultMethod(view: DecoderView | undefined): string {
  const c = view?.credentials;
  return c?.kind === 'digest' ? defaultDigestMethod(c.digest.uri) : 'GET';
}

/** Recomputes the Digest response of the last decoded credentials with this password and method ('' = the default). */
export function checkDigest(view: DecoderView | undefined, password: string, typedMethod: string): DigestCheck | undefined {
  const c = view?.credentials;
  if (c?.kind !== 'digest') return undefined;
  const d = c.digest;
  const method = typedMethod === '' ? defaultDigestMethod(d.uri) : typedMethod;
  const outcome = checkDigestCredentials(d, { password }, { method });
  if (outcome.reason) return { ok: false, lines: [`Cannot recompute: ${outcome.reason}`] };
  const lines = [
    outcome.matches
      ? '✓ The response matches: this password, method and URI produce it.'
      : '✗ The response does not match: wrong password, method, URI or realm.',
    `Expected response: ${outcome.expected ?? ''}`,
    typedMethod === ''
      ? `Method: ${method}${method === 'CONNECT' ? ' (the uri is host:port, so the request was a CONNECT through the proxy)' : ''}`
      : `Method: ${method}`,
  ];
  try {
    const qop = d.qop === 'auth' || d.qop === 'auth-int' ? d.qop : undefined;
    const r = computeDigestResponse({
      algorithm: d.algorithm,
      username: d.usernameStar ?? d.username ?? '',
      password,
      realm: d.realm ?? '',
      nonce: d.nonce ?? '',
      method,
      uri: d.uri ?? '',
      ...(qop ? { qop, cnonce: d.cnonce ?? '', nc: d.nc ?? 1 } : {}),
      ...(qop === 'auth-int' ? { entityBody: '' } : {}),
    });
    lines.push(`H(A1) = ${r.ha1}`, `A2 = ${r.a2}`, `H(A2) = ${r.ha2}`);
  } catch {
    // checkDigestCredentials already said why
  }
  return { ok: outcome.matches, lines };
}
