/**
 * The Windows shells' word rules, for words.ts: how a pasted command is recognised as cmd.exe or
 * PowerShell, and how their escapes, quotes and variables read.
 *
 * cmd.exe: `^` escapes the next character and, at the end of a line, continues it; only "…" quotes (to the end
 * of its line); `%NAME%` is a variable. PowerShell: a backtick escapes (`` `n `` is a newline) and continues a
 * line; '…' is literal with '' for a quote; "…" expands `$name` / `$env:NAME`, with "" for a quote.
 *
 * Total and linear, like the POSIX lexer that calls these: each moves the cursor forward only.
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { ShellDialect } from './words';

/** What these recognisers need from the lexer: the input, the cursor and the word being built. */
export interface WordCursor {
  readonly text: string;
  readonly dialect: ShellDialect;
  readonly diagnostics: Diagnostic[];
  pos: number;
  value: string;
  quoted: boolean;
  /** Marks the current position as the start of a word, unless one is already open. */
  begin(): void;
  /** Starts a quoted part of the word at the opening quote under the cursor, moves past it and returns its offset. */
  openQuote(): number;
  /** The end of the run of name characters (letters, digits, `_`) from `from`. */
  nameEnd(from: number): number;
  /** Appends the value of the variable written at `start..end` (or the reference as written) and moves past it. */
  variable(name: string, start: number, end: number, fallback: string | undefined): void;
  /** Reads a `$` reference at the cursor. */
  dollar(inDoubleQuotes: boolean): void;
}

/**
 * Guesses the shell from continuation characters: a line ending in `^` is cmd.exe,
 * a line ending in a backtick is PowerShell; anything else is read as POSIX sh.
 */
export function detectDialect(text: string): ShellDialect {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '^' && c !== '`') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
    if (j < text.length && text[j] === '\r') j++;
    if (j < text.length && text[j] === '\n') return c === '^' ? 'cmd' : 'powershell';
  }
  return 'posix';
}

/** The note that says which Windows rules the whole input is read with (none for POSIX). */
export function dialectNotes(dialect: ShellDialect, length: number): Diagnostic[] {
  if (dialect === 'cmd') {
    return [
      diagnostic(
        'info',
        'cmd-dialect',
        'Read as Windows cmd.exe: ^ continues a line and escapes the next character, only "…" quotes, %NAME% is a variable',
        0,
        length,
      ),
    ];
  }
  if (dialect === 'powershell') {
    return [
      diagnostic(
        'info',
        'powershell-dialect',
        "Read as PowerShell: a backtick continues a line and escapes the next character, '…' is literal, $env:NAME is a variable",
        0,
        length,
      ),
    ];
  }
  return [];
}

/** Reads the cmd or PowerShell construct that starts with `c` at the cursor; false when `c` is an ordinary character. */
export function windowsWordChar(lx: WordCursor, c: string): boolean {
  if (lx.dialect === 'cmd') {
    if (c === '^') escapeNext(lx, '^');
    else if (c === '"') cmdQuoted(lx);
    else if (c === '%') cmdPercent(lx);
    else return false;
    return true;
  }
  if (c === '`') escapeNext(lx, '`');
  else if (c === "'" || c === '"') psQuoted(lx, c);
  else if (c === '$') lx.dollar(false);
  else return false;
  return true;
}

// PowerShell's escape sequences (about_Special_Characters) that this lexer resolves; others stand for themselves.
const PS_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0' };

/** `^` (cmd) or backtick (PowerShell): escapes the next character; before a newline it continues the line. */
function escapeNext(lx: WordCursor, ch: string): void {
  const t = lx.text;
  let j = lx.pos + 1;
  while (j < t.length && (t[j] === ' ' || t[j] === '\t')) j++;
  if (t[j] === '\r') j++;
  if (t[j] === '\n') {
    if (j > lx.pos + 1) {
      lx.diagnostics.push(
        diagnostic(
          'warning',
          'space-after-continuation',
          `Spaces after the ${ch} continuation: the shell would end the command here`,
          lx.pos + 1,
          j,
        ),
      );
    }
    lx.pos = j + 1;
    return;
  }
  lx.begin();
  const n = t[lx.pos + 1];
  if (n === undefined) {
    lx.pos++;
    return;
  }
  lx.value += lx.dialect === 'powershell' ? (PS_ESCAPES[n] ?? n) : n;
  lx.quoted = true;
  lx.pos += 2;
}

/** cmd's "…": `%NAME%` still expands inside; the quote ends at the end of its line at the latest. */
function cmdQuoted(lx: WordCursor): void {
  const t = lx.text;
  const open = lx.openQuote();
  while (lx.pos < t.length) {
    const c = t[lx.pos]!;
    if (c === '"') {
      lx.pos++;
      return;
    }
    if (c === '%') {
      cmdPercent(lx);
      continue;
    }
    if (c === '\n') break;
    lx.value += c;
    lx.pos++;
  }
  lx.diagnostics.push(diagnostic('error', 'unterminated-double-quote', 'This " is never closed on its line', open, lx.pos));
}

/** cmd's `%NAME%`; a `%` that does not open one is an ordinary character. */
function cmdPercent(lx: WordCursor): void {
  const t = lx.text;
  const start = lx.pos;
  lx.begin();
  const j = lx.nameEnd(start + 1);
  if (t[j] === '%' && j > start + 1) {
    lx.variable(t.slice(start + 1, j), start, j + 1, undefined);
    return;
  }
  lx.value += '%';
  lx.pos++;
}

const PS_UNTERMINATED = {
  "'": ['unterminated-single-quote', "This ' is never closed"],
  '"': ['unterminated-double-quote', 'This " is never closed'],
} as const;

/** PowerShell's '…' (literal) and "…" (backtick escapes and `$` references): a doubled quote stands for itself. */
function psQuoted(lx: WordCursor, quote: "'" | '"'): void {
  const t = lx.text;
  const open = lx.openQuote();
  while (lx.pos < t.length) {
    const c = t[lx.pos]!;
    if (c === quote) {
      if (t[lx.pos + 1] === quote) {
        lx.value += quote;
        lx.pos += 2;
        continue;
      }
      lx.pos++;
      return;
    }
    if (quote === '"' && c === '`') {
      escapeNext(lx, '`');
      continue;
    }
    if (quote === '"' && c === '$') {
      lx.dollar(true);
      continue;
    }
    lx.value += c;
    lx.pos++;
  }
  const [code, message] = PS_UNTERMINATED[quote];
  lx.diagnostics.push(diagnostic('error', code, message, open, t.length));
}
