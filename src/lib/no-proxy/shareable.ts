/**
 * What of the NO_PROXY tester's inputs may go into a share link without the reader's opt-in, rebuilt from the
 * parse: the URL as scheme://host[:port]/ (parseTarget; no user:password@, path, query or fragment, where
 * credentials and tokens travel), and each NO_PROXY entry without anything up to its last "@" and from its
 * first "?" or "#". Matching reads only scheme, host and port, so the shared result is the same.
 */
import { splitEntries } from './matchers';
import { parseTarget } from './test-no-proxy';

export interface Shareable {
  text: string;
  /** True when something was left out. */
  withheld: boolean;
}

export function shareableUrl(url: string): Shareable {
  const { target } = parseTarget(url);
  if (!target) {
    const text = withoutUserinfo(url.trim());
    return { text, withheld: text !== url };
  }
  const host = target.ipv6 || target.host.includes(':') ? `[${target.host}]` : target.host;
  const text = `${target.scheme}://${host}${target.explicitPort !== undefined ? `:${target.explicitPort}` : ''}/`;
  return { text, withheld: text !== url.trim() && text !== `${url.trim()}/` };
}

export function shareableNoProxy(list: string): Shareable {
  let text = '';
  let from = 0;
  for (const e of splitEntries(list, ', \t\n\r|;')) {
    text += list.slice(from, e.start) + withoutUserinfo(e.value);
    from = e.end;
  }
  text += list.slice(from);
  return { text, withheld: text !== list };
}

/** Drops "user:password@" (up to the last "@") and any "?…" or "#…" tail. */
export function withoutUserinfo(value: string): string {
  let v = value;
  const cut = v.search(/[?#]/);
  if (cut >= 0) v = v.slice(0, cut);
  const at = v.lastIndexOf('@');
  if (at < 0) return v;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(v);
  return (scheme ? scheme[0] : '') + v.slice(at + 1);
}
