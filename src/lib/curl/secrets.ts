/**
 * Every credential a pasted curl command carries, found from the parse (not from the text's look), so a
 * share link can leave them out: passwords of -U/--proxy-user and -u/--user (any abbreviation, `=` form or
 * short-option cluster curl accepts), userinfo passwords in -x/--proxy/--proxy1.0/--preproxy/--socks* and
 * in URLs (with or without a scheme), credential headers (-H/--header/--proxy-header Authorization,
 * Proxy-Authorization, Cookie: Basic/Digest/NTLM/Negotiate/Bearer/any scheme), --oauth2-bearer, -b/--cookie,
 * key pass phrases, and the same userinfo in environment assignments (`export HTTPS_PROXY=…`,
 * `HTTPS_PROXY=… curl`, cmd `set`, PowerShell `$env:…`).
 *
 * The command is parsed accepting every syntax some curl version does and read on past errors (curl itself stops at the first
 * bad option), and a line-level pass catches credential header lines and `scheme://user:password@` in
 * text that is not a command at all (a pasted transcript).
 */
import { WITHHELD } from '../mask';
import { quoteBash, quotePowerShell } from '../snippets/quote';
import { findCurlInvocation } from '../shell/find-curl';
import { splitShellWords, type ShellDialect, type ShellWord } from '../shell/words';
import type { OptionName } from './option-table';
import { readCurlWords } from './options';

/** What stands in for a secret in a shared command (the word every widget's share link uses). */
const SECRET_MASK = WITHHELD;

/** A replacement of `text.slice(start, end)`. */
interface SecretEdit {
  start: number;
  end: number;
  text: string;
}

/** How an option's value carries a secret. */
type SecretForm = 'user-password' | 'url' | 'header' | 'whole';

/** The curl options whose value carries a credential, keyed by curl's own names (typed). */
const SECRET_OPTIONS: { readonly [K in OptionName]?: SecretForm } = {
  'proxy-user': 'user-password',
  user: 'user-password',
  cert: 'user-password',
  'proxy-cert': 'user-password',
  proxy: 'url',
  'proxy1.0': 'url',
  preproxy: 'url',
  socks4: 'url',
  socks4a: 'url',
  socks5: 'url',
  'socks5-hostname': 'url',
  url: 'url',
  header: 'header',
  'proxy-header': 'header',
  'oauth2-bearer': 'whole',
  cookie: 'whole',
  pass: 'whole',
  'proxy-pass': 'whole',
};

/** Header fields that carry credentials or session cookies (RFC 9110 §11.6.2, §11.7.2; RFC 6265 §5.4). */
const SECRET_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie'];

/** The edits that take every credential out of `text` (a command box, or environment lines). */
function secretEdits(text: string): SecretEdit[] {
  const edits: SecretEdit[] = [];
  const shell = splitShellWords(text);
  const quote = quoterFor(shell.dialect);
  for (const command of shell.commands) {
    for (const a of command.assignments) {
      const masked = maskEnvValue(a.name, a.value);
      if (masked !== a.value) edits.push({ start: a.start, end: a.end, text: `${a.name}=${quote(masked)}` });
    }
    for (const w of command.words) {
      // export NAME=value, set NAME=value, env NAME=value …: any NAME=value word.
      const eq = w.value.indexOf('=');
      if (eq > 0 && !w.value.startsWith('-')) {
        const masked = maskEnvValue(w.value.slice(0, eq), w.value.slice(eq + 1));
        if (masked !== w.value.slice(eq + 1))
          edits.push({ start: w.start, end: w.end, text: quote(`${w.value.slice(0, eq + 1)}${masked}`) });
      }
    }
    const invocation = findCurlInvocation({ ...shell, commands: [command] }, []);
    if (invocation) curlEdits(invocation.args, quote, edits);
  }
  lineEdits(text, edits);
  return edits;
}

/** `text` with every credential replaced by SECRET_MASK. */
export function withoutSecrets(text: string): string {
  const edits = secretEdits(text).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

function curlEdits(args: ShellWord[], quote: (s: string) => string, edits: SecretEdit[]): void {
  const byEnd = new Map(args.map((w) => [w.end, w]));
  {
    const request = readCurlWords(args);
    for (const p of request.options) {
      const form = SECRET_OPTIONS[p.option.long];
      const word = byEnd.get(p.end);
      if (form === undefined || p.value === undefined || !word) continue;
      const masked = maskValue(form, p.value);
      if (masked === p.value) continue;
      // An attached value (-Ualice:pw, -vUalice:pw, --proxy-user=alice:pw) is the tail of its word.
      const prefix = word.start === p.start ? word.value.slice(0, word.value.length - p.value.length) : '';
      edits.push({ start: word.start, end: word.end, text: quote(prefix + masked) });
    }
    for (const u of request.urls) {
      const masked = maskUrlPassword(u.value, false);
      if (masked !== u.value) edits.push({ start: u.start, end: u.end, text: quote(masked) });
    }
  }
}

function maskValue(form: SecretForm, value: string): string {
  switch (form) {
    case 'user-password':
      return maskUserPassword(value);
    case 'url':
      return maskUrlPassword(value, true);
    case 'header':
      return maskHeader(value);
    case 'whole':
      return value === '' ? value : SECRET_MASK;
  }
}

/** "user:password" → "user:****"; a value without a colon is a user name only. */
function maskUserPassword(value: string): string {
  const colon = value.indexOf(':');
  return colon < 0 ? value : `${value.slice(0, colon)}:${SECRET_MASK}`;
}

/**
 * The password in a URL's userinfo (RFC 3986 §3.2.1) masked. The userinfo ends at the LAST "@" of the
 * authority, so an unencoded "@" in a password is masked too. `bare`: the value may lack a scheme (a
 * proxy string such as alice:pw@proxy:3128).
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
  return value.slice(0, colon + 1) + SECRET_MASK + value.slice(at);
}

/** "Proxy-Authorization: Basic abc" → "Proxy-Authorization: ****"; other headers unchanged. */
function maskHeader(value: string): string {
  const colon = value.indexOf(':');
  if (colon < 0) return value;
  const name = value.slice(0, colon).trim().toLowerCase();
  if (!SECRET_HEADERS.includes(name)) return value;
  return `${value.slice(0, colon)}: ${SECRET_MASK}`;
}

/** A variable's value with its secret masked: proxy URLs' passwords, and variables named like secrets. */
export function maskEnvValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (['pass', 'secret', 'token', 'cookie', 'auth', 'key'].some((s) => lower.includes(s))) return value === '' ? value : SECRET_MASK;
  return maskUrlPassword(value, lower.endsWith('_proxy'));
}

/**
 * Lines of any text (a pasted transcript, PowerShell `$env:X = "…"`): credential header values to the end
 * of the line, and `scheme://user:password@` passwords.
 */
function lineEdits(text: string, edits: SecretEdit[]): void {
  const lower = text.toLowerCase();
  for (const name of SECRET_HEADERS) {
    for (let i = lower.indexOf(`${name}:`); i >= 0; i = lower.indexOf(`${name}:`, i + 1)) {
      let start = i + name.length + 1;
      while (text[start] === ' ' || text[start] === '\t') start++;
      let end = start;
      while (end < text.length && text[end] !== '\n' && text[end] !== '\r' && text[end] !== '"' && text[end] !== "'") end++;
      if (end > start) edits.push({ start, end, text: SECRET_MASK });
    }
  }
  for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', i + 3)) {
    let end = i + 3;
    while (end < text.length && !isUrlEnd(text.charCodeAt(end))) end++;
    const authority = text.slice(i + 3, end);
    const at = authority.lastIndexOf('@');
    const colon = authority.indexOf(':');
    if (at > 0 && colon >= 0 && colon < at) edits.push({ start: i + 4 + colon, end: i + 3 + at, text: SECRET_MASK });
  }
  // NAME=user:password@host for *_proxy variables, whatever the shell syntax around it.
  for (let i = lower.indexOf('_proxy'); i >= 0; i = lower.indexOf('_proxy', i + 1)) {
    let start = i + 6;
    while (start < text.length && ' \t=:"\''.includes(text[start]!)) start++;
    let end = start;
    while (end < text.length && !isUrlEnd(text.charCodeAt(end)) && text[end] !== '/') end++;
    const authority = text.slice(start, end);
    const at = authority.lastIndexOf('@');
    const colon = authority.indexOf(':');
    if (!authority.includes('://') && at > 0 && colon >= 0 && colon < at)
      edits.push({ start: start + colon + 1, end: start + at, text: SECRET_MASK });
  }
}

/** Characters that end a URL's authority in running text: space, quotes, line ends, `/ ? #`. */
function isUrlEnd(c: number): boolean {
  return c <= 32 || c === 34 || c === 39 || c === 47 || c === 63 || c === 35 || c === 96;
}

function quoterFor(dialect: ShellDialect): (s: string) => string {
  if (dialect === 'powershell') return (s) => (quoteBash(s) === s ? s : quotePowerShell(s));
  if (dialect === 'cmd') return (s) => (quoteBash(s) === s ? s : `"${s.split('"').join('')}"`);
  return quoteBash;
}
