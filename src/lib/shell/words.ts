/**
 * Shell words: splits what people paste into a terminal (a curl command, possibly with
 * continuations, quoting, variables and other commands around it) into commands and words.
 *
 * POSIX sh quoting (POSIX.1-2024 XCU §2.2), plus bash's `$'…'` (bash manual §3.1.2.4).
 * Nothing is executed: `$VAR`, `${VAR}` are resolved from the environment the caller gives,
 * `$(…)` and backticks are kept as written. Every unresolved reference is a diagnostic.
 * Windows `cmd` (`^` continuations, `%VAR%`) and PowerShell (backtick continuations, `$env:X`)
 * are detected and lexed with their own rules, with an explanation (windows.ts);
 * `$'…'` is decoded by ansi-c.ts.
 *
 * Total and linear: one left-to-right pass, no regular expressions over the input.
 */
import { appendDiagnostics, boundedDiagnostics, diagnostic, finishDiagnostics, type Diagnostic } from '../diagnostics';
import { readAnsiCQuoted } from './ansi-c';
import { detectDialect, dialectNotes, windowsWordChar, type WordCursor } from './windows';

export { detectDialect };

export type ShellDialect = 'posix' | 'cmd' | 'powershell';

export interface ShellReference {
  kind: 'variable' | 'command-substitution';
  /** Variable name, or the command text for a substitution. */
  name: string;
  start: number;
  end: number;
  resolved: boolean;
}

export interface ShellWord {
  /** The word after quote removal (and expansion of resolved variables). */
  value: string;
  /** Offsets of the word in the input: `input.slice(start, end)` is the word as written. */
  start: number;
  end: number;
  /** True when any part was quoted (an empty quoted word `''` is still a word). */
  quoted: boolean;
  references: ShellReference[];
}

interface ShellAssignment {
  name: string;
  value: string;
  start: number;
  end: number;
}

export interface ShellCommand {
  /** `NAME=value` words before the command name (they go into that command's environment). */
  assignments: ShellAssignment[];
  /** The command name and its arguments. */
  words: ShellWord[];
  /** Redirections (`> file`, `2>&1`) as written; they are not arguments. */
  redirections: ShellWord[];
  start: number;
  end: number;
  /** The operator that ended this command (`&&`, `||`, `;`, `|`, `&`, newline) or '' at the end. */
  terminator: string;
}

export interface ShellWordsResult {
  dialect: ShellDialect;
  commands: ShellCommand[];
  diagnostics: Diagnostic[];
}

export interface ShellWordsOptions {
  /** Values for `$NAME` / `${NAME}` / `%NAME%` / `$env:NAME`. Unset names stay references. */
  env?: Readonly<Record<string, string>>;
  /** Force a dialect instead of detecting it. */
  dialect?: ShellDialect;
}

/** Splits `text` into commands and words. Never throws. */
export function splitShellWords(text: string, options: ShellWordsOptions = {}): ShellWordsResult {
  const dialect = options.dialect ?? detectDialect(text);
  const lexer = new Lexer(text, dialect, options.env ?? {});
  lexer.run();
  return { dialect, commands: lexer.commands, diagnostics: finishDiagnostics(lexer.diagnostics, text.length) };
}

/** ASCII characters that end or change a run of ordinary characters in an unquoted POSIX word (XCU §2.2, §2.4, §2.10.1). */
const POSIX_WORD_SPECIAL = asciiTable(' \t\r\n;|&<>\\\'"$`');
/** Inside "…" only these are special (XCU §2.2.3). */
const DOUBLE_QUOTE_SPECIAL = asciiTable('"\\$`');

const NAME_START = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_';
const NAME_CHAR = (c: string): boolean => NAME_START(c) || (c >= '0' && c <= '9');
const BLANK = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r';

class Lexer implements WordCursor {
  readonly commands: ShellCommand[] = [];
  /** Capped: a pathological paste costs a few hundred diagnostics, the rest counted ("and N more"). */
  readonly diagnostics: Diagnostic[] = boundedDiagnostics();
  pos = 0;
  private words: ShellWord[] = [];
  private redirections: ShellWord[] = [];
  private commandStart = -1;
  value = '';
  private wordStart = -1;
  quoted = false;
  private refs: ShellReference[] = [];
  private pendingRedirection = false;

  constructor(
    readonly text: string,
    readonly dialect: ShellDialect,
    private readonly env: Readonly<Record<string, string>>,
  ) {
    appendDiagnostics(this.diagnostics, dialectNotes(dialect, text.length));
  }

  run(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (BLANK(c)) {
        this.endWord();
        this.pos++;
        continue;
      }
      if (c === '\n') {
        this.endWord();
        this.endCommand('\n');
        this.pos++;
        continue;
      }
      if (c === '#' && this.wordStart < 0 && this.dialect !== 'cmd') {
        this.skipComment();
        continue;
      }
      if (this.operator()) continue;
      this.wordChar(c);
    }
    this.endWord();
    this.endCommand('');
  }

  private skipComment(): void {
    while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++;
  }

  /** Command separators and redirections. Returns true when it consumed one. */
  private operator(): boolean {
    const t = this.text;
    const c = t[this.pos]!;
    const next = t[this.pos + 1];
    if ((c === '&' && next === '&') || (c === '|' && next === '|')) {
      this.endWord();
      this.endCommand(c + next);
      this.pos += 2;
      return true;
    }
    if (c === ';' || c === '|' || (c === '&' && next !== '>')) {
      this.endWord();
      this.endCommand(c);
      this.pos++;
      return true;
    }
    if (c === '>' || c === '<' || (c === '&' && next === '>')) {
      // A word made only of digits just before > is a file descriptor number (2>&1).
      const fdOnly = this.wordStart >= 0 && !this.quoted && this.value !== '' && [...this.value].every((d) => d >= '0' && d <= '9');
      const start = fdOnly ? this.wordStart : this.pos;
      if (!fdOnly) this.endWord();
      else this.resetWord();
      let end = this.pos + 1;
      while (end < t.length && (t[end] === '>' || t[end] === '<' || t[end] === '&')) end++;
      const op = t.slice(start, end);
      this.pos = end;
      // `>&1` / `2>&1` carry their target in the operator; others take the next word.
      if (end < t.length && t[end - 1] === '&' && t[end]! >= '0' && t[end]! <= '9') {
        while (this.pos < t.length && t[this.pos]! >= '0' && t[this.pos]! <= '9') this.pos++;
        this.noteCommandStart(start);
        this.redirections.push({ value: t.slice(start, this.pos), start, end: this.pos, quoted: false, references: [] });
        return true;
      }
      this.noteCommandStart(start);
      this.redirections.push({ value: op, start, end, quoted: false, references: [] });
      this.pendingRedirection = true;
      return true;
    }
    return false;
  }

  private wordChar(c: string): void {
    const t = this.text;
    if (this.dialect === 'posix') {
      if (c === '\\') {
        const n = t[this.pos + 1];
        if (n === '\n') {
          this.pos += 2;
          return;
        } // line continuation, XCU §2.2.1
        if (n === '\r' && t[this.pos + 2] === '\n') {
          this.pos += 3;
          return;
        }
        this.begin();
        if (n === undefined) {
          this.pos++;
          return;
        }
        this.quoted = true;
        this.value += n;
        this.pos += 2;
        return;
      }
      if (c === "'") {
        this.singleQuoted();
        return;
      }
      if (c === '"') {
        this.doubleQuoted();
        return;
      }
      if (c === '$') {
        this.dollar(false);
        return;
      }
      if (c === '`') {
        this.backtick();
        return;
      }
    } else if (windowsWordChar(this, c)) {
      return;
    }
    this.begin();
    if (this.dialect === 'posix') {
      // A run of ordinary characters is appended as one slice, not char by char (a 1 MB word stays linear and fast).
      this.takeRun(POSIX_WORD_SPECIAL);
      return;
    }
    this.value += c;
    this.pos++;
  }

  /** Appends the run of ordinary characters at the cursor (at least one) and moves past it. */
  private takeRun(special: Uint8Array): void {
    const t = this.text;
    let end = this.pos + 1;
    while (end < t.length) {
      const code = t.charCodeAt(end);
      if (code < 128 && special[code] === 1) break;
      end++;
    }
    this.value += t.slice(this.pos, end);
    this.pos = end;
  }

  private singleQuoted(): void {
    const t = this.text;
    const open = this.pos;
    this.begin();
    this.quoted = true;
    const close = t.indexOf("'", open + 1);
    if (close < 0) {
      this.unterminated(open, 'unterminated-single-quote', "This ' is never closed", open + 1);
      return;
    }
    this.value += t.slice(open + 1, close);
    this.pos = close + 1;
  }

  private doubleQuoted(): void {
    const t = this.text;
    const open = this.openQuote();
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        // Inside "…" a backslash escapes only $ ` " \ and newline, XCU §2.2.3
        const n = t[this.pos + 1];
        if (n === '\n') {
          this.pos += 2;
          continue;
        }
        if (n === '$' || n === '`' || n === '"' || n === '\\') {
          this.value += n;
          this.pos += 2;
          continue;
        }
        this.value += '\\';
        this.pos++;
        continue;
      }
      if (c === '$') {
        this.dollar(true);
        continue;
      }
      if (c === '`') {
        this.backtick();
        continue;
      }
      this.takeRun(DOUBLE_QUOTE_SPECIAL);
    }
    this.diagnostics.push(diagnostic('error', 'unterminated-double-quote', 'This " is never closed', open, t.length));
  }

  /** `$'…'` at the cursor: read whole, escapes decoded. */
  private ansiCQuoted(): void {
    const open = this.pos;
    const quoted = readAnsiCQuoted(this.text, open);
    this.quoted = true;
    this.value += quoted.value;
    this.pos = quoted.end;
    if (!quoted.closed) {
      this.diagnostics.push(diagnostic('error', 'unterminated-ansi-c-quote', "This $' is never closed", open, this.text.length));
    }
  }

  /** `$NAME`, `${NAME}`, `$(…)`, `$'…'` (POSIX) and `$name` / `$env:NAME` (PowerShell). */
  dollar(inDoubleQuotes: boolean): void {
    const t = this.text;
    const start = this.pos;
    const n = t[start + 1];
    this.begin();
    if (n === "'" && !inDoubleQuotes && this.dialect === 'posix') {
      this.ansiCQuoted();
      return;
    }
    if (n === '(' && this.dialect === 'posix') {
      this.commandSubstitution(start);
      return;
    }
    if (n === '{') {
      const close = t.indexOf('}', start + 2);
      if (close < 0) {
        this.unterminated(start, 'unterminated-brace-expansion', 'This ${ is never closed');
        return;
      }
      const inner = t.slice(start + 2, close);
      let name = inner;
      let fallback: string | undefined;
      const op = inner.indexOf(':-') >= 0 ? inner.indexOf(':-') : inner.indexOf('-');
      if (op > 0) {
        name = inner.slice(0, op);
        fallback = inner.slice(op + (inner[op] === ':' ? 2 : 1));
      }
      this.variable(name, start, close + 1, fallback);
      return;
    }
    let j = start + 1;
    if (this.dialect === 'powershell' && t.slice(j, j + 4).toLowerCase() === 'env:') j += 4;
    const nameStart = j;
    if (j < t.length && NAME_START(t[j]!)) {
      j = this.nameEnd(j);
    } else if (j < t.length && this.dialect === 'posix' && '0123456789@*#?$!-'.includes(t[j]!)) {
      j++;
    }
    if (j === nameStart) {
      this.value += '$';
      this.pos++;
      return;
    }
    this.variable(t.slice(nameStart, j), start, j, undefined);
  }

  variable(name: string, start: number, end: number, fallback: string | undefined): void {
    const known = Object.prototype.hasOwnProperty.call(this.env, name) ? this.env[name] : undefined;
    const written = this.text.slice(start, end);
    if (known !== undefined && !(fallback !== undefined && known === '')) {
      this.value += known;
      this.refs.push({ kind: 'variable', name, start, end, resolved: true });
    } else if (fallback !== undefined) {
      this.value += fallback;
      this.refs.push({ kind: 'variable', name, start, end, resolved: true });
      this.diagnostics.push(
        diagnostic('info', 'variable-default-used', `${name} is not set: its default "${fallback}" is used`, start, end),
      );
    } else {
      this.value += written;
      this.refs.push({ kind: 'variable', name, start, end, resolved: false });
      this.diagnostics.push(
        diagnostic(
          'warning',
          'unresolved-variable',
          `${written} is a shell variable; give it a value in the environment to see what curl receives`,
          start,
          end,
        ),
      );
    }
    this.pos = end;
  }

  private commandSubstitution(start: number): void {
    const t = this.text;
    let depth = 0;
    let j = start + 1;
    for (; j < t.length; j++) {
      const c = t[j];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    if (j >= t.length) {
      this.unterminated(start, 'unterminated-command-substitution', 'This $( is never closed');
      return;
    }
    this.keepSubstitution(start, j + 1, t.slice(start + 2, j));
  }

  private backtick(): void {
    const t = this.text;
    const start = this.pos;
    this.begin();
    const close = t.indexOf('`', start + 1);
    if (close < 0) {
      this.unterminated(start, 'unterminated-backtick', 'This ` is never closed');
      return;
    }
    this.keepSubstitution(start, close + 1, t.slice(start + 1, close));
  }

  /** An opening that is never closed: the rest of the input (from `keepFrom`) stays in the word as written. */
  private unterminated(start: number, code: string, message: string, keepFrom = start): void {
    this.value += this.text.slice(keepFrom);
    this.pos = this.text.length;
    this.diagnostics.push(diagnostic('error', code, message, start, this.text.length));
  }

  private keepSubstitution(start: number, end: number, command: string): void {
    this.value += this.text.slice(start, end);
    this.refs.push({ kind: 'command-substitution', name: command, start, end, resolved: false });
    this.diagnostics.push(
      diagnostic(
        'warning',
        'command-substitution',
        `${this.text.slice(start, end)} runs a command in your shell; it is kept as written here`,
        start,
        end,
      ),
    );
    this.pos = end;
  }

  /** The end of the run of name characters (letters, digits, `_`) from `from`. */
  nameEnd(from: number): number {
    let j = from;
    while (j < this.text.length && NAME_CHAR(this.text[j]!)) j++;
    return j;
  }

  openQuote(): number {
    const open = this.pos;
    this.begin();
    this.quoted = true;
    this.pos++;
    return open;
  }

  begin(): void {
    if (this.wordStart < 0) this.wordStart = this.pos;
  }

  private noteCommandStart(at: number): void {
    if (this.commandStart < 0) this.commandStart = at;
  }

  private resetWord(): void {
    this.value = '';
    this.wordStart = -1;
    this.quoted = false;
    this.refs = [];
  }

  private endWord(): void {
    if (this.wordStart < 0) return;
    const word: ShellWord = { value: this.value, start: this.wordStart, end: this.pos, quoted: this.quoted, references: this.refs };
    this.noteCommandStart(word.start);
    if (this.pendingRedirection) {
      const last = this.redirections[this.redirections.length - 1];
      if (last) {
        last.value += ' ' + word.value;
        last.end = word.end;
      }
      this.pendingRedirection = false;
    } else {
      this.words.push(word);
    }
    this.resetWord();
  }

  private endCommand(terminator: string): void {
    if (this.pendingRedirection) {
      const last = this.redirections[this.redirections.length - 1];
      if (last)
        this.diagnostics.push(diagnostic('error', 'redirection-without-target', 'This redirection has no file name', last.start, last.end));
      this.pendingRedirection = false;
    }
    if (this.words.length === 0 && this.redirections.length === 0) {
      const prev = this.commands[this.commands.length - 1];
      if (prev && prev.terminator === '') prev.terminator = terminator;
      return;
    }
    const assignments: ShellAssignment[] = [];
    let first = 0;
    while (first < this.words.length) {
      const w = this.words[first]!;
      const eq = assignmentName(this.text, w);
      if (eq === undefined) break;
      assignments.push({ name: eq, value: w.value.slice(eq.length + 1), start: w.start, end: w.end });
      first++;
    }
    const words = this.words.slice(first);
    const start = this.commandStart < 0 ? this.pos : this.commandStart;
    const lastWord = this.words[this.words.length - 1];
    const lastRedirect = this.redirections[this.redirections.length - 1];
    const end = Math.max(lastWord?.end ?? start, lastRedirect?.end ?? start);
    this.commands.push({ assignments, words, redirections: this.redirections, start, end, terminator });
    this.words = [];
    this.redirections = [];
    this.commandStart = -1;
  }
}

/** `NAME=…` where NAME is unquoted and a valid name (XCU §2.9.1 variable assignments). */
function assignmentName(text: string, word: ShellWord): string | undefined {
  let j = word.start;
  if (j >= text.length || !NAME_START(text[j]!)) return undefined;
  while (j < word.end && NAME_CHAR(text[j]!)) j++;
  if (text[j] !== '=') return undefined;
  return text.slice(word.start, j);
}

function asciiTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
