/**
 * Turns pasted or typed error text into comparable tokens: lower-case words, with the parts that
 * differ between readers replaced by class tokens (`<url>`, `<host>`, `<path>`, `<num>` for a
 * dotted version), quotes and
 * punctuation dropped, Java-style package prefixes removed (`java.io.IOException` -> `ioexception`),
 * and line prefixes that only say "this is an error" removed (`fatal:`, `ERROR:`, `npm ERR!`,
 * `Exception in thread "main"`). Catalogue patterns go through the same function, so both sides agree.
 *
 * Total and linear: every step is a single left-to-right pass or an anchored regular expression
 * without nested quantifiers over one short piece.
 */

/** Pieces longer than this are not classified (no URL or host is that long); their words still count. */
const MAX_PIECE = 2048;
/** Characters that separate pieces inside a whitespace-free chunk: quotes, brackets, commas, `=`. */
const SEPARATORS = new Set([...'()[]{}<>\'"`,;=|']);
const STOPWORDS = new Set(['the', 'a', 'an', 'to', 'of', 'for', 'by', 'on', 'at', 'is', 'and', 'or', 'in', 'with']);
const NPM_PREFIX = /^\s*npm\s+(?:ERR!|error|warn)(?=\s|$)\s*/i;
const LINE_PREFIX = /^\s*(?:(?:fatal|error|err|warning|warn|w|e)(?::|!)|exception in thread "[^"\n]{0,80}")(?=\s|$)\s*/i;

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?$/;
const IPV6 = /^\[?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\]?(?::\d{1,5})?$/i;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d{1,5})?$/i;
const DOTTED_CLASS = /^(?:[A-Za-z_$][A-Za-z0-9_$]*\.)+([A-Z][A-Za-z0-9_$]*)$/;
const TIME = /^\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;
const VERSION = /^v?\d+(?:\.\d+)+[a-z0-9.-]*$/i;
const PATH = /^(?:~?\/|[a-z]:\\)/i;

/** Marks the start of each line after the first in `normalise(text, { lines: true })`. */
export const LINE_BREAK = '\n';

/** Tokens of `text`, in order; with `lines`, a LINE_BREAK token between lines that have tokens. */
export function normalise(text: string, options: { lines?: boolean } = {}): string[] {
  const tokens: string[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (options.lines && tokens.length > 0 && tokens[tokens.length - 1] !== LINE_BREAK) tokens.push(LINE_BREAK);
    tokeniseLine(text.slice(lineStart, lineEnd), tokens);
    lineStart = lineEnd + 1;
  }
  if (tokens[tokens.length - 1] === LINE_BREAK) tokens.pop();
  return tokens;
}

function tokeniseLine(line: string, out: string[]): void {
  let rest = line;
  // A few rounds: `fatal: error: x` loses both; `npm ERR! code E407` keeps `npm` and loses `ERR!`.
  for (let round = 0; round < 3; round += 1) {
    const head = rest.slice(0, 120);
    const npm = NPM_PREFIX.exec(head);
    const prefix = npm ?? LINE_PREFIX.exec(head);
    if (!prefix) break;
    if (npm) out.push('npm');
    rest = rest.slice(prefix[0].length);
  }
  let start = -1;
  for (let i = 0; i <= rest.length; i += 1) {
    const c = i < rest.length ? rest[i]! : ' ';
    const boundary = c === ' ' || c === '\t' || c === '\r' || SEPARATORS.has(c);
    if (boundary) {
      if (start >= 0) tokenisePiece(rest.slice(start, i), out);
      start = -1;
    } else if (start < 0) start = i;
  }
}

function tokenisePiece(raw: string, out: string[]): void {
  const piece = trimPunctuation(raw);
  if (piece === '') return;
  if (piece.length <= MAX_PIECE) {
    const kind = classify(piece);
    if (kind !== null) {
      out.push(kind);
      return;
    }
    if (VERSION.test(piece)) {
      out.push('<num>');
      return;
    }
    if (piece.includes('/')) {
      // Not a URL or path: `OpenSSL/3.0.11`, `HTTP/1.1`, `host/v2`.
      for (const part of piece.split('/')) tokenisePiece(part, out);
      return;
    }
    if (isDottedClass(piece)) {
      out.push(piece.slice(piece.lastIndexOf('.') + 1).toLowerCase());
      return;
    }
  }
  pushWords(piece, out);
}

function classify(piece: string): string | null {
  if (URL_LIKE.test(piece)) return '<url>';
  if (TIME.test(piece)) return '<num>';
  if (IPV4.test(piece) || (piece.includes(':') && IPV6.test(piece) && /[0-9a-f]/i.test(piece))) return '<host>';
  if (PATH.test(piece)) return '<path>';
  if (HOST.test(piece) && !isDottedClass(piece)) {
    const name = piece.replace(/:\d+$/, '');
    const last = name.slice(name.lastIndexOf('.') + 1);
    // A version (3.0.11) is not a host; a host ends in a label with a letter.
    if (/[a-z]/i.test(last)) return '<host>';
  }
  return null;
}

/** `java.io.IOException`, `System.Net.Http.HttpRequestException`: the last part is a class name. */
function isDottedClass(piece: string): boolean {
  const m = DOTTED_CLASS.exec(piece);
  return m !== null && /[a-z]/.test(m[1]!);
}

/** Words are runs of letters, digits and `_`, lower-cased; stopwords dropped. */
function pushWords(piece: string, out: string[]): void {
  let start = -1;
  for (let i = 0; i <= piece.length; i += 1) {
    const code = i < piece.length ? piece.charCodeAt(i) : 32;
    const word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code > 127;
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const w = piece.slice(start, i).toLowerCase();
      if (!STOPWORDS.has(w)) out.push(w);
      start = -1;
    }
  }
}

const EDGE_PUNCTUATION = new Set([...'.:,;!?…']);

function trimPunctuation(piece: string): string {
  let start = 0;
  let end = piece.length;
  while (start < end && EDGE_PUNCTUATION.has(piece[start]!)) start += 1;
  while (end > start && EDGE_PUNCTUATION.has(piece[end - 1]!)) end -= 1;
  return piece.slice(start, end);
}

/** A token that is an HTTP status code (100–599). */
export function isStatusCode(token: string): boolean {
  return /^[1-5]\d\d$/.test(token);
}

/** Does `tokens` hold `run` as consecutive tokens? */
export function containsRun(tokens: readonly string[], run: readonly string[]): boolean {
  if (run.length === 0) return false;
  for (let i = 0; i + run.length <= tokens.length; i += 1) {
    if (run.every((w, k) => tokens[i + k] === w)) return true;
  }
  return false;
}
