/**
 * Share links: a widget's state as `#w=<base64url(JSON)>` in the URL fragment, which browsers never
 * send to a server. Secrets (passwords, Basic/NTLM tokens) go in only when the user ticks
 * "include secrets": `encodeShareState` drops the keys listed in `secretKeys` unless `includeSecrets`.
 * The encoding functions are pure (unit-tested); `shareUrl`/`readShareState` touch `location` only.
 */
import { decodeBase64, encodeBase64, utf8DecodeStrict, utf8Encode } from '../../lib/bytes';

export type ShareState = Record<string, string>;

const PREFIX = 'w=';
/** Fragments longer than this are not offered (browsers and chat tools truncate long URLs). */
const MAX_SHARE_LENGTH = 8000;

export function encodeShareState(state: ShareState, secretKeys: readonly string[] = [], includeSecrets = false): string {
  // Object.fromEntries defines own properties, so a key such as "__proto__" stays data, never a prototype.
  const kept: ShareState = Object.fromEntries(Object.entries(state).filter(([key]) => includeSecrets || !secretKeys.includes(key)));
  return PREFIX + encodeBase64(utf8Encode(JSON.stringify(kept)), { url: true });
}

/** Total: any fragment gives a state (possibly empty) — never throws. Only string values are kept. */
export function decodeShareState(fragment: string): ShareState {
  const hash = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!hash.startsWith(PREFIX) || hash.length > MAX_SHARE_LENGTH * 2) return {};
  const { bytes, error } = decodeBase64(hash.slice(PREFIX.length), { url: true });
  if (error) return {};
  const json = utf8DecodeStrict(bytes);
  if (json === undefined) return {};
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const state: ShareState = Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    return state;
  } catch {
    return {};
  }
}

/**
 * The page's URL with this widget's state as its fragment (no request is made; the caller copies it).
 * The widget's tag name is stored under `widget`, so a page embedding two widgets restores only the right one.
 */
export function shareUrl(widget: string, state: ShareState, secretKeys: readonly string[] = [], includeSecrets = false): string {
  const fragment = encodeShareState({ ...state, widget }, secretKeys, includeSecrets);
  return location.origin + location.pathname + location.search + '#' + fragment;
}

/** The state in the current fragment for this widget, if the page was opened from its share link. */
export function readShareState(widget: string): ShareState | undefined {
  const state = decodeShareState(location.hash);
  return state['widget'] === widget ? state : undefined;
}
