/**
 * What of a pasted Proxy-Authorization / Authorization value may go into a share link without the reader's
 * opt-in: rebuilt from the decoded credentials (decodeCredentials), never by editing the pasted text, so a form
 * the decoder reads is a form this drops the secret from. Kept: the field name, the scheme, a Basic user name
 * (the password becomes {@link WITHHELD}), and the Digest parameters that are not secret (RFC 7616 §3.4:
 * username, realm, the uri without its query, algorithm, qop, nc, userhash, charset). Dropped: tokens (Bearer,
 * NTLM, Negotiate, unknown schemes), every parameter of an unknown scheme (AWS4 Credential=, Signature=), the
 * Digest response, nonce, cnonce and opaque (a response with its nonce can be guessed offline), and every other
 * line of a pasted request (Cookie, Authorization, …).
 */
import { encodeBase64, utf8Encode } from '../bytes';
import { isToken } from '../http/chars';
import { WITHHELD } from '../mask';
import { decodeCredentials } from './credentials';

const DIGEST_SHAREABLE = new Set(['username', 'username*', 'realm', 'uri', 'algorithm', 'qop', 'nc', 'userhash', 'charset']);
const DIGEST_UNQUOTED = new Set(['algorithm', 'qop', 'nc', 'userhash', 'username*']);

export interface ShareableCredentials {
  /** Text for the share link; '' when nothing could be read. */
  text: string;
  /** True when something was left out. */
  withheld: boolean;
}

export function shareableCredentials(input: string): ShareableCredentials {
  const { credentials: c } = decodeCredentials(input);
  if (c === undefined) return { text: '', withheld: input.trim() !== '' };
  const prefix = c.fieldName !== undefined ? `${c.fieldName}: ` : '';
  switch (c.kind) {
    case 'basic': {
      const user = c.basic?.userId;
      if (user === undefined) return { text: `${prefix}${c.scheme}`, withheld: true };
      const token = encodeBase64(utf8Encode(`${user}:${WITHHELD}`));
      return { text: `${prefix}${c.scheme} ${token}`, withheld: true };
    }
    case 'digest': {
      const kept = c.params
        .filter((p) => DIGEST_SHAREABLE.has(p.name.toLowerCase()))
        .map((p) => {
          const name = p.name.toLowerCase();
          const value = name === 'uri' ? withoutQuery(p.value) : p.value;
          return `${p.name}=${DIGEST_UNQUOTED.has(name) && isToken(value) ? value : quote(value)}`;
        });
      return { text: `${prefix}${c.scheme}${kept.length > 0 ? ' ' + kept.join(', ') : ''}`, withheld: true };
    }
    default:
      return { text: `${prefix}${c.scheme}`, withheld: true };
  }
}

/** A request target without its query and fragment, where tokens travel. */
function withoutQuery(uri: string): string {
  const q = uri.search(/[?#]/);
  return q < 0 ? uri : uri.slice(0, q);
}

/** A quoted-string (RFC 9110 §5.6.4) of a value that came out of one; total, unlike the strict builder. */
function quote(value: string): string {
  return '"' + value.replace(/["\\]/g, '\\$&') + '"';
}
