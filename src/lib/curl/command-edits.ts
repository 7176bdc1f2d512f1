/**
 * Corrected commands: the user's own command text with one change, made at the offsets the parse recorded
 * (so quoting, clusters and attached values stay as typed). Total: when the change cannot be placed, the
 * function says so (undefined) rather than guess.
 */
import { quoteBash } from '../snippets/quote';
import { findCurlInvocation } from '../shell/find-curl';
import { splitShellWords, type ShellWord, type ShellWordsResult } from '../shell/words';
import type { CurlRequest } from './options';
import type { OptionName } from './option-table';

const PROXY_AUTH_OPTIONS: readonly OptionName[] = ['proxy-basic', 'proxy-digest', 'proxy-ntlm', 'proxy-negotiate', 'proxy-anyauth'];

/**
 * The command with `insert` added right after the curl word (or unchanged when there is none). `shell` is the
 * text's words when the caller already lexed it (every edit below takes them, so a big paste is lexed once).
 */
export function insertAfterCurl(text: string, insert: string, shell: ShellWordsResult = splitShellWords(text)): string {
  return insertAt(text, curlEnd(shell), insert);
}

/** Where the curl word ends, if there is one. */
function curlEnd(shell: ShellWordsResult): number | undefined {
  return findCurlInvocation(shell, [])?.program.end;
}

/** `text` with ` insert` at `at` (unchanged when there is no place). */
function insertAt(text: string, at: number | undefined, insert: string): string {
  return at === undefined ? text : `${text.slice(0, at)} ${insert}${text.slice(at)}`;
}

/** -u/--user turned into -U/--proxy-user. */
export function swapUserOption(request: CurlRequest, text: string): string | undefined {
  const option = request.options.find((o) => o.option.long === 'user');
  if (!option) return undefined;
  const word = text.slice(option.start, option.end);
  if (word.startsWith('--user')) return text.slice(0, option.start) + '--proxy-user' + text.slice(option.start + 6);
  if (word.startsWith('-u')) return text.slice(0, option.start) + '-U' + text.slice(option.start + 2);
  return undefined;
}

/** Removes the proxy auth flags that are present and adds `flag` after curl. */
export function withAuthFlag(request: CurlRequest, text: string, flag: string, shell: ShellWordsResult = splitShellWords(text)): string {
  // The flags removed all come after the curl word, so its end is the same in the edited text.
  const at = curlEnd(shell);
  const spans = request.options
    .filter((o) => PROXY_AUTH_OPTIONS.includes(o.option.long) && text.startsWith('--', o.start))
    .map((o) => ({ start: o.start, end: o.end }))
    .sort((a, b) => b.start - a.start);
  let t = text;
  for (const s of spans) {
    const from = s.start > 0 && t[s.start - 1] === ' ' ? s.start - 1 : s.start;
    t = t.slice(0, from) + t.slice(s.end);
  }
  return insertAt(t, at, flag);
}

/** The command with the -x value replaced: the last shell word of the option's span is its value. */
export function replaceProxyValue(
  request: CurlRequest,
  text: string,
  value: string,
  shell: ShellWordsResult = splitShellWords(text),
): string | undefined {
  const p = request.proxy;
  if (!p) return undefined;
  let word: ShellWord | undefined;
  for (const c of shell.commands) {
    word = c.words.find((w) => w.end === p.end);
    if (word) break;
  }
  if (!word) return undefined;
  let replacement = quoteBash(value);
  if (word.start === p.start) {
    // attached: -xVALUE, -vxVALUE, --proxy=VALUE
    const v = word.value;
    const cut = v.startsWith('--') ? v.indexOf('=') + 1 : v.indexOf('x') + 1;
    if (cut <= 0) return undefined;
    replacement = quoteBash(v.slice(0, cut) + value);
  }
  return text.slice(0, word.start) + replacement + text.slice(word.end);
}

/**
 * The proxy string with its userinfo percent-encoded (RFC 3986 §3.2.1), when the userinfo (read up to the
 * LAST "@", which is what the user meant) itself holds an "@"; else undefined. `masked` hides the password.
 */
export function percentEncodedProxy(raw: string): { value: string; masked: string } | undefined {
  const sep = raw.indexOf('://');
  const from = sep < 0 ? 0 : sep + 3;
  let end = raw.length;
  for (let i = from; i < raw.length; i++)
    if (raw[i] === '/' || raw[i] === '?' || raw[i] === '#') {
      end = i;
      break;
    }
  const at = raw.lastIndexOf('@', end - 1);
  if (at < from) return undefined;
  const userinfo = raw.slice(from, at);
  if (!userinfo.includes('@')) return undefined;
  const colon = userinfo.indexOf(':');
  const user = colon < 0 ? userinfo : userinfo.slice(0, colon);
  const password = colon < 0 ? undefined : userinfo.slice(colon + 1);
  const prefix = raw.slice(0, from);
  const host = raw.slice(at);
  const enc = (s: string) => encodeURIComponent(s);
  return {
    value: `${prefix}${enc(user)}${password !== undefined ? ':' + enc(password) : ''}${host}`,
    masked: `${prefix}${enc(user)}${password !== undefined ? ':…' : ''}${host}`,
  };
}
