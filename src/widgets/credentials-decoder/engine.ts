/**
 * The decoder's heavy half, loaded on first use by element.ts (a dynamic import: a separate, same-origin
 * chunk), so the eager script stays small. Everything here is the protocol library plus the view.
 */
import { checkDigestCredentials } from '../../lib/auth/digest-credentials';
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

/** Recomputes the Digest response of the last decoded credentials with this password and method. */
export function checkDigest(view: DecoderView | undefined, password: string, method: string): DigestCheck | undefined {
  const c = view?.credentials;
  if (c?.kind !== 'digest') return undefined;
  const d = c.digest;
  const outcome = checkDigestCredentials(d, { password }, { method });
  if (outcome.reason) return { ok: false, lines: [`Cannot recompute: ${outcome.reason}`] };
  const lines = [
    outcome.matches
      ? '✓ The response matches: this password, method and URI produce it.'
      : '✗ The response does not match: wrong password, method, URI or realm.',
    `Expected response: ${outcome.expected ?? ''}`,
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
