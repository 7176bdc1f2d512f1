/**
 * Secrets out of a share link: the password of `-U`/`--proxy-user`/`-u`/`--user`, the password in the
 * userinfo of any URL (`http://alice:s3cret@proxy:3128`), credentials after `Authorization:` or
 * `Proxy-Authorization:` in a header, and the same in the environment lines, become `****`.
 * Words are found with the engine's own shell lexer, so quoting and attached values (`-Ualice:pw`,
 * `-vU alice:pw`) are read exactly as the simulator reads them; each rewritten word is re-quoted.
 */
import { splitShellWords, type ShellWord } from '../../lib/shell/words';
import { OPTIONS_BY_SHORT } from '../../lib/curl/option-table';

export const MASK = '****';

const CREDENTIAL_OPTIONS = new Set(['--proxy-user', '--user']);
const CREDENTIAL_SHORT = new Set(['U', 'u']);
const HEADER_OPTIONS = new Set(['-H', '--header', '--proxy-header']);
const PROXY_OPTIONS = new Set(['-x', '--proxy', '--proxy1.0', '--preproxy']);

/** The command with every secret replaced by ****; the rest of the text is kept as typed. */
export function redactCommand(text: string): string {
  const shell = splitShellWords(text);
  const edits: { start: number; end: number; text: string }[] = [];
  const rewrite = (w: ShellWord, value: string): void => {
    if (value !== w.value) edits.push({ start: w.start, end: w.end, text: shellQuote(value) });
  };
  for (const command of shell.commands) {
    for (const a of command.assignments) {
      const masked = maskEnvValue(a.name, a.value);
      if (masked !== a.value) edits.push({ start: a.start, end: a.end, text: `${a.name}=${shellQuote(masked)}` });
    }
    const words = command.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const v = w.value;
      const next = words[i + 1];
      if (CREDENTIAL_OPTIONS.has(v) || HEADER_OPTIONS.has(v)) {
        if (next) rewrite(next, HEADER_OPTIONS.has(v) ? maskHeader(next.value) : maskUserPassword(next.value));
        i++;
        continue;
      }
      if (PROXY_OPTIONS.has(v)) {
        // a proxy string may lack its scheme: alice:pw@proxy:3128
        if (next) rewrite(next, maskUrlPassword(next.value, true));
        i++;
        continue;
      }
      const short = shortCredential(v);
      if (short !== undefined) {
        if (short === v.length) {
          if (next) rewrite(next, maskUserPassword(next.value));
          i++;
        } else {
          rewrite(w, v.slice(0, short) + maskUserPassword(v.slice(short)));
        }
        continue;
      }
      if (v.startsWith('-H') && v.length > 2) {
        rewrite(w, '-H' + maskHeader(v.slice(2)));
        continue;
      }
      rewrite(w, maskUrlPassword(v, false));
    }
  }
  return applyEdits(text, edits);
}

/** NAME=value lines with passwords in proxy URLs (and variables named like passwords) masked. */
export function redactEnvLines(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const eq = line.indexOf('=');
      if (eq <= 0) return line;
      const name = line
        .slice(0, eq)
        .trim()
        .replace(/^export\s+/, '');
      const value = line.slice(eq + 1);
      return line.slice(0, eq + 1) + maskEnvValue(name, value);
    })
    .join('\n');
}

/** "user:password" → "user:****"; a value without a colon is a user name only. */
export function maskUserPassword(value: string): string {
  const colon = value.indexOf(':');
  return colon < 0 ? value : `${value.slice(0, colon)}:${MASK}`;
}

/**
 * The password in a URL's userinfo (RFC 3986 §3.2.1) masked. The userinfo ends at the LAST "@" of the
 * authority, as the simulator reads it, so an unencoded "@" in a password is masked too.
 * `bare`: the value may lack a scheme (a proxy string such as alice:pw@proxy:3128).
 */
export function maskUrlPassword(value: string, bare: boolean): string {
  const sep = value.indexOf('://');
  if (sep < 0 && !bare) return value;
  const from = sep < 0 ? 0 : sep + 3;
  let end = value.length;
  for (let i = from; i < value.length; i++) {
    const c = value[i];
    if (c === '/' || c === '?' || c === '#') {
      end = i;
      break;
    }
  }
  const at = value.lastIndexOf('@', end - 1);
  if (at < from) return value;
  const colon = value.indexOf(':', from);
  if (colon < 0 || colon > at) return value;
  return value.slice(0, colon + 1) + MASK + value.slice(at);
}

/** "Proxy-Authorization: Basic abc" → "Proxy-Authorization: ****"; other headers unchanged. */
export function maskHeader(value: string): string {
  const colon = value.indexOf(':');
  if (colon < 0) return value;
  const name = value.slice(0, colon).trim().toLowerCase();
  if (name !== 'authorization' && name !== 'proxy-authorization' && name !== 'cookie') return value;
  return `${value.slice(0, colon)}: ${MASK}`;
}

function maskEnvValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower.includes('pass') || lower.includes('secret') || lower.includes('token')) return value === '' ? value : MASK;
  return maskUrlPassword(value, lower.endsWith('_proxy'));
}

/** For a short-option cluster holding -U or -u: the index where its value starts (v.length: next word). */
function shortCredential(v: string): number | undefined {
  if (!v.startsWith('-') || v.startsWith('--') || v.length < 2) return undefined;
  for (let k = 1; k < v.length; k++) {
    const letter = v[k]!;
    if (CREDENTIAL_SHORT.has(letter)) return k + 1;
    // Another option taking a value ends the cluster: the rest is its value.
    if (OPTIONS_BY_SHORT.get(letter)?.arg === 'value') return undefined;
  }
  return undefined;
}

/** Single-quotes a word unless it is made of characters the shell never interprets. */
export function shellQuote(value: string): string {
  let safe = value.length > 0;
  for (let i = 0; i < value.length && safe; i++) {
    const c = value.charCodeAt(i);
    safe = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || '-_./:@%+,='.includes(value[i]!);
  }
  return safe ? value : `'${value.split("'").join(`'\\''`)}'`;
}

function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  if (edits.length === 0) return text;
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
