/**
 * parseCurlCommand: a pasted command line → what curl was asked to do.
 *
 * Option syntax follows curl's src/tool_getparam.c (getparameter): short options combine (`-vk`), a
 * short option's value may be attached (`-xhttp://p`), long options take their value from the next word,
 * `--no-` negates boolean options, `--` is not special (curl 7.88 reads the next word as a URL), and
 * `--opt=value` is unknown to 7.88 (accepted since curl 8.16.0; see profiles.ts).
 */
import { appendDiagnostics, boundedDiagnostics, diagnostic, finishDiagnostics, type Diagnostic } from '../diagnostics';
import { findCurlInvocation } from '../shell/find-curl';
import { CURL_OPTIONS, OPTIONS_BY_LONG, OPTIONS_BY_SHORT, type CurlOption, type OptionName } from './option-table';
import { curlProfile } from './profiles';
import { splitShellWords, type ShellWord, type ShellWordsResult } from '../shell/words';

export type AuthScheme = 'basic' | 'digest' | 'ntlm' | 'negotiate';

export interface Spanned {
  value: string;
  start: number;
  end: number;
}

export interface ParsedOption {
  option: CurlOption;
  /** true for the plain form, false for `--no-…`. */
  enabled: boolean;
  value?: string;
  /** Span of the option word (and of its value, when separate). */
  start: number;
  end: number;
}

export interface CurlRequest {
  urls: Spanned[];
  options: ParsedOption[];
  /** The environment curl runs with: the caller's, then exports and prefixes from the snippet. */
  env: Record<string, string>;
  method?: string;
  headers: string[];
  proxyHeaders: string[];
  /** Request body pieces from -d/--data*, in order (curl joins them with &). */
  data: { kind: string; value: string }[];
  form: string[];
  get: boolean;
  head: boolean;
  include: boolean;
  verbose: boolean;
  silent: boolean;
  showError: boolean;
  fail: boolean;
  failWithBody: boolean;
  insecure: boolean;
  location: boolean;
  output?: string;
  writeOut?: string;
  /** --trace-ascii's destination: `-` is stdout, `%` stderr, anything else a file. */
  traceAscii?: string;
  suppressConnectHeaders: boolean;
  httpVersion?: '1.0' | '1.1' | '2';
  userAgent?: string;
  referer?: string;
  cookie?: string;
  user?: string;
  serverAuth: AuthScheme | 'anyauth';
  proxy?: Spanned;
  proxy10: boolean;
  proxyUser?: string;
  /** Flags as given; curl's precedence (anyauth > negotiate > ntlm > digest > basic) is applied by proxyAuth(). */
  proxyAuthFlags: Record<'basic' | 'digest' | 'ntlm' | 'negotiate' | 'anyauth', boolean>;
  proxyTunnel: boolean;
  proxyInsecure: boolean;
  noproxy?: string;
  socks?: { option: string; value: string };
  preproxy?: string;
  /** Set when curl would refuse the command line itself (exit 2), with its message lines. */
  usageError?: { lines: string[]; exitCode: number };
}

export interface ParseCurlOptions {
  env?: Readonly<Record<string, string>>;
  curlVersion?: string;
}

export interface ParseCurlResult {
  request: CurlRequest;
  diagnostics: Diagnostic[];
  /** True when the text holds a curl command at all. */
  found: boolean;
  /** The shell words the command was read from (lexed once; command edits reuse them rather than lex again). */
  shell: ShellWordsResult;
}

/** Parses a pasted command. Never throws. */
export function parseCurlCommand(text: string, options: ParseCurlOptions = {}): ParseCurlResult {
  const baseEnv = options.env ?? {};
  const shell = splitShellWords(text, { env: baseEnv });
  const diagnostics: Diagnostic[] = boundedDiagnostics();
  appendDiagnostics(
    diagnostics,
    shell.diagnostics.filter((d) => d.code !== 'more-diagnostics'),
  );
  const shellMore = shell.diagnostics.find((d) => d.code === 'more-diagnostics');
  const finish = (): Diagnostic[] => {
    const out = finishDiagnostics(diagnostics, text.length);
    // The shell's own "and N more" stands for far more than the few this list may add.
    if (shellMore && out.at(-1)?.code !== 'more-diagnostics') out.push(shellMore);
    else if (shellMore) out[out.length - 1] = shellMore;
    return out;
  };
  const invocation = findCurlInvocation(shell, diagnostics);
  const request = emptyRequest({ ...baseEnv, ...(invocation?.env ?? {}) });
  if (!invocation) {
    diagnostics.push(diagnostic('error', 'no-curl-command', 'No curl command found in this text', 0, text.length));
    return { request, diagnostics: finish(), found: false, shell };
  }
  readArguments(invocation.args, request, diagnostics, curlProfile(options.curlVersion));
  if (request.urls.length === 0 && !request.usageError) {
    request.usageError = {
      lines: ['curl: no URL specified!', "curl: try 'curl --help' or 'curl --manual' for more information"],
      exitCode: 2,
    };
    diagnostics.push(diagnostic('error', 'no-url', 'curl needs a URL', invocation.program.start, invocation.command.end));
  }
  return { request, diagnostics: finish(), found: true, shell };
}

/** The proxy authentication curl will use, in curl's precedence (src/tool_operate.c, CURLOPT_PROXYAUTH). */
export function proxyAuth(request: CurlRequest): AuthScheme | 'anyauth' {
  const f = request.proxyAuthFlags;
  if (f.anyauth) return 'anyauth';
  if (f.negotiate) return 'negotiate';
  if (f.ntlm) return 'ntlm';
  if (f.digest) return 'digest';
  return 'basic';
}

function emptyRequest(env: Record<string, string>): CurlRequest {
  return {
    urls: [],
    options: [],
    env,
    headers: [],
    proxyHeaders: [],
    data: [],
    form: [],
    get: false,
    head: false,
    include: false,
    verbose: false,
    silent: false,
    showError: false,
    fail: false,
    failWithBody: false,
    insecure: false,
    location: false,
    suppressConnectHeaders: false,
    serverAuth: 'basic',
    proxy10: false,
    proxyAuthFlags: { basic: false, digest: false, ntlm: false, negotiate: false, anyauth: false },
    proxyTunnel: false,
    proxyInsecure: false,
  };
}

const USAGE_HINT = "curl: try 'curl --help' or 'curl --manual' for more information";

/**
 * The options and URLs of one curl invocation's words, reading on past errors (curl itself stops at the
 * first bad option): for finding every credential a command carries, whatever else is wrong with it.
 */
export function readCurlWords(args: ShellWord[]): CurlRequest {
  const request = emptyRequest({});
  // Every syntax some curl version accepts: abbreviations (7.x) and --option=value (8.16+).
  const permissive = { ...curlProfile(undefined), abbreviatedLongOptions: true, longOptionEquals: true };
  readArguments(args, request, boundedDiagnostics(), permissive, true);
  return request;
}

function readArguments(
  args: ShellWord[],
  request: CurlRequest,
  diagnostics: Diagnostic[],
  profile: ReturnType<typeof curlProfile>,
  recover = false,
): void {
  let i = 0;
  const fail = (message: string, w: ShellWord, code: string, hint: string): void => {
    if (!request.usageError) request.usageError = { lines: [`curl: ${message}`, USAGE_HINT], exitCode: 2 };
    diagnostics.push(diagnostic('error', code, hint, w.start, w.end));
  };
  // curl stops at the first bad option (exit 2), so does this loop.
  while (i < args.length && (recover || !request.usageError)) {
    const w = args[i++]!;
    const v = w.value;
    if (v.startsWith('--') && v.length > 2) {
      let name = v.slice(2);
      let attached: string | undefined;
      const eq = name.indexOf('=');
      if (eq > 0 && profile.longOptionEquals) {
        attached = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
      const found = lookupLong(name, profile.abbreviatedLongOptions);
      if (found.kind === 'ambiguous') {
        fail(
          `option ${v}: is ambiguous`,
          w,
          'ambiguous-option',
          `${v} matches several options: ${found.candidates
            .slice(0, 4)
            .map((c) => '--' + c)
            .join(', ')}`,
        );
        continue;
      }
      if (found.kind === 'unknown') {
        const hint =
          eq > 0 && !profile.longOptionEquals
            ? `curl ${profile.version} does not accept --option=value; write ${v.slice(0, eq + 2)} ${v.slice(eq + 3)}`
            : `Unknown option ${v}${recover ? '' : suggest(name)}`;
        fail(`option ${v}: is unknown`, w, 'unknown-option', hint);
        continue;
      }
      const { option, enabled } = found;
      if (!profile.ntlm && (option.long === 'proxy-ntlm' || option.long === 'ntlm')) {
        // curl 8.20.0 on builds without NTLM by default (profiles.ts): the tool refuses the option itself
        fail(
          `option ${v}: the installed libcurl version does not support this`,
          w,
          'ntlm-not-built',
          `curl ${profile.version} is built without NTLM`,
        );
        continue;
      }
      if (!enabled && option.arg !== 'bool') {
        fail(`option ${v}: used '--no-' for option that isn't a boolean`, w, 'no-form-not-boolean', `--${option.long} has no --no- form`);
        continue;
      }
      if (option.arg === 'value') {
        let value = attached;
        let end = w.end;
        if (value === undefined) {
          const next = args[i];
          if (!next) {
            fail(`option ${v}: requires parameter`, w, 'missing-value', `--${option.long} needs a value`);
            continue;
          }
          value = next.value;
          end = next.end;
          i++;
        }
        apply(request, { option, enabled: true, value, start: w.start, end }, diagnostics);
      } else {
        apply(request, { option, enabled, start: w.start, end: w.end }, diagnostics);
      }
      continue;
    }
    if (v.startsWith('-') && v.length > 1 && v !== '--') {
      // A cluster of short options, tool_getparam.c: the first one taking a value ends it.
      for (let k = 1; k < v.length; k++) {
        const letter = v[k]!;
        const option = OPTIONS_BY_SHORT.get(letter);
        if (!option) {
          fail(`option -${letter}: is unknown`, w, 'unknown-option', `Unknown option -${letter} in ${v}`);
          break;
        }
        if (option.arg === 'value') {
          const rest = v.slice(k + 1);
          if (rest !== '') {
            apply(request, { option, enabled: true, value: rest, start: w.start, end: w.end }, diagnostics);
            break;
          }
          const next = args[i];
          if (!next) {
            fail(`option -${letter}: requires parameter`, w, 'missing-value', `-${letter} needs a value`);
            break;
          }
          i++;
          apply(request, { option, enabled: true, value: next.value, start: w.start, end: next.end }, diagnostics);
          break;
        }
        // -N is --no-buffer; every other short flag is the positive form.
        apply(request, { option, enabled: true, start: w.start, end: w.end }, diagnostics);
      }
      continue;
    }
    if (v === '--') {
      diagnostics.push(
        diagnostic(
          'warning',
          'double-dash',
          'curl does not treat -- as the end of options: the next word is read as usual',
          w.start,
          w.end,
        ),
      );
      continue;
    }
    request.urls.push({ value: v, start: w.start, end: w.end });
  }
}

type Lookup = { kind: 'found'; option: CurlOption; enabled: boolean } | { kind: 'ambiguous'; candidates: string[] } | { kind: 'unknown' };

function lookupLong(name: string, abbreviations: boolean): Lookup {
  const exact = OPTIONS_BY_LONG.get(name);
  if (exact) return { kind: 'found', option: exact, enabled: true };
  if (name.startsWith('no-')) {
    const positive = OPTIONS_BY_LONG.get(name.slice(3));
    if (positive) return { kind: 'found', option: positive, enabled: false };
  }
  if (!abbreviations || name === '') return { kind: 'unknown' };
  const hits = CURL_OPTIONS.filter((o) => o.long.startsWith(name));
  if (hits.length === 1) return { kind: 'found', option: hits[0]!, enabled: true };
  if (hits.length > 1) return { kind: 'ambiguous', candidates: hits.map((o) => o.long) };
  return { kind: 'unknown' };
}

/** ", did you mean --proxy?" from the smallest edit distance, or '' when nothing is close. */
function suggest(name: string): string {
  const bare = name.length > 64 ? name.slice(0, 64) : name;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(bare.length / 3)) + 1;
  for (const o of CURL_OPTIONS) {
    const d = editDistance(bare, o.long);
    if (d < bestDistance) {
      bestDistance = d;
      best = o.long;
    }
  }
  return best === undefined ? '' : `; did you mean --${best}?`;
}

/** Levenshtein distance, O(a·b) on bounded strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** What an option does to the request: its value (or '' for a flag), whether it is on, and the parsed option. */
type Effect = (r: CurlRequest, value: string, on: boolean, p: ParsedOption, diagnostics: Diagnostic[]) => void;

const proxyAuthFlag =
  (key: keyof CurlRequest['proxyAuthFlags']): Effect =>
  (r, _v, on) => {
    r.proxyAuthFlags[key] = on;
  };
const serverAuth =
  (scheme: AuthScheme | 'anyauth'): Effect =>
  (r, _v, on) => {
    if (on) r.serverAuth = scheme;
  };
const socks =
  (option: 'socks4' | 'socks4a' | 'socks5' | 'socks5-hostname'): Effect =>
  (r, value, _on, p, diagnostics) => {
    r.socks = { option, value };
    diagnostics.push(
      diagnostic(
        'info',
        'socks-proxy',
        `--${option} sends the traffic through a SOCKS proxy; SOCKS has no 407: its authentication happens in the SOCKS handshake`,
        p.start,
        p.end,
      ),
    );
  };
const data =
  (kind: 'data' | 'data-ascii' | 'data-raw' | 'data-binary' | 'data-urlencode' | 'json'): Effect =>
  (r, value, _on, p, diagnostics) => {
    r.data.push({ kind, value });
    if (value.startsWith('@') && kind !== 'data-raw') {
      diagnostics.push(
        diagnostic(
          'info',
          'data-from-file',
          `${value} reads the body from a file; the simulation sends the file name instead`,
          p.start,
          p.end,
        ),
      );
    }
  };

/**
 * The options the simulator acts on, keyed by curl's long name (typed: a name curl does not have fails to
 * compile). Options not listed are recognised (option-table.ts) and otherwise ignored.
 */
const EFFECTS: { readonly [K in OptionName]?: Effect } = {
  proxy: (r, value, _on, p) => {
    r.proxy = { value, start: p.start, end: p.end };
    r.proxy10 = false;
  },
  'proxy1.0': (r, value, _on, p) => {
    r.proxy = { value, start: p.start, end: p.end };
    r.proxy10 = true;
  },
  'proxy-user': (r, value) => {
    r.proxyUser = value;
  },
  'proxy-basic': proxyAuthFlag('basic'),
  'proxy-digest': proxyAuthFlag('digest'),
  'proxy-ntlm': proxyAuthFlag('ntlm'),
  'proxy-negotiate': proxyAuthFlag('negotiate'),
  'proxy-anyauth': proxyAuthFlag('anyauth'),
  proxytunnel: (r, _v, on) => {
    r.proxyTunnel = on;
  },
  'proxy-insecure': (r, _v, on) => {
    r.proxyInsecure = on;
  },
  noproxy: (r, value) => {
    r.noproxy = value;
  },
  'proxy-header': (r, value) => {
    r.proxyHeaders.push(value);
  },
  socks4: socks('socks4'),
  socks4a: socks('socks4a'),
  socks5: socks('socks5'),
  'socks5-hostname': socks('socks5-hostname'),
  preproxy: (r, value) => {
    r.preproxy = value;
  },
  user: (r, value) => {
    r.user = value;
  },
  basic: serverAuth('basic'),
  digest: serverAuth('digest'),
  ntlm: serverAuth('ntlm'),
  negotiate: serverAuth('negotiate'),
  anyauth: serverAuth('anyauth'),
  request: (r, value) => {
    r.method = value;
  },
  header: (r, value) => {
    r.headers.push(value);
  },
  data: data('data'),
  'data-ascii': data('data-ascii'),
  'data-raw': data('data-raw'),
  'data-binary': data('data-binary'),
  'data-urlencode': data('data-urlencode'),
  json: data('json'),
  form: (r, value) => {
    r.form.push(value);
  },
  'form-string': (r, value) => {
    r.form.push(value);
  },
  get: (r, _v, on) => {
    r.get = on;
  },
  head: (r, _v, on) => {
    r.head = on;
  },
  include: (r, _v, on) => {
    r.include = on;
  },
  verbose: (r, _v, on) => {
    r.verbose = on;
  },
  silent: (r, _v, on) => {
    r.silent = on;
  },
  'show-error': (r, _v, on) => {
    r.showError = on;
  },
  fail: (r, _v, on) => {
    r.fail = on;
  },
  'fail-with-body': (r, _v, on) => {
    r.failWithBody = on;
  },
  insecure: (r, _v, on) => {
    r.insecure = on;
  },
  location: (r, _v, on) => {
    r.location = on;
  },
  'location-trusted': (r, _v, on) => {
    r.location = on;
  },
  output: (r, value) => {
    r.output = value;
  },
  'write-out': (r, value) => {
    r.writeOut = value;
  },
  'trace-ascii': (r, value) => {
    r.traceAscii = value;
  },
  'suppress-connect-headers': (r, _v, on) => {
    r.suppressConnectHeaders = on;
  },
  'http1.0': (r) => {
    r.httpVersion = '1.0';
  },
  'http1.1': (r) => {
    r.httpVersion = '1.1';
  },
  http2: (r) => {
    r.httpVersion = '2';
  },
  'user-agent': (r, value) => {
    r.userAgent = value;
  },
  referer: (r, value) => {
    r.referer = value;
  },
  cookie: (r, value) => {
    r.cookie = value;
  },
};

function apply(r: CurlRequest, p: ParsedOption, diagnostics: Diagnostic[]): void {
  r.options.push(p);
  EFFECTS[p.option.long]?.(r, p.value ?? '', p.enabled, p, diagnostics);
}
