/**
 * The rule behind tests/e2e/copy-buttons.test.ts: what a copy button may copy.
 *
 * A copy button copies exactly one command, or one file. Pasting a block into a terminal runs every line,
 * so a block holding two commands that are alternatives ("either this, or that") runs both.
 *
 * - Only shell blocks are judged: sh, bash, shell, zsh, powershell/pwsh/ps1, bat/cmd. Every other language
 *   (http, text, ini, json, yaml, xml, properties, nginx, dockerfile, program code) is one message, transcript,
 *   config file or program: one copy unit by nature.
 * - In a shell block, a *command line* is a line that is not blank and not a comment (`#`, `rem`, `::`),
 *   and does not continue the previous one. A line continues the previous one when that line ends with a
 *   continuation mark (`\` in sh, a backtick in PowerShell, `^` in cmd), a pipe or `&&`/`||`, or leaves a
 *   quote, a here-document (`<<EOF` ... `EOF`), a PowerShell here-string (`@'` ... `'@`) or a bracket open.
 * - A block with two or more command lines is bad, unless it says it is a script meant to run as a whole:
 *   the code block has a title (`title="..."`, a file name or a purpose), or its first line as shown is a
 *   comment that says so: "in order" / "in this order" (`# run these in order`, `rem run these in order`).
 *   Expressive Code drops comment lines from what terminal blocks copy, so the mark is shown, not pasted.
 *   Several `export`/`set`/`$env:` lines count as commands like any other: a block that sets two variables
 *   and then runs curl is a deliberate sequence and must say so.
 */
export type ShellKind = 'sh' | 'powershell' | 'cmd';

const SHELLS: Record<string, ShellKind> = {
  sh: 'sh',
  bash: 'sh',
  shell: 'sh',
  zsh: 'sh',
  powershell: 'powershell',
  pwsh: 'powershell',
  ps1: 'powershell',
  bat: 'cmd',
  cmd: 'cmd',
  batch: 'cmd',
};

export function shellKind(language: string): ShellKind | null {
  return SHELLS[language.toLowerCase()] ?? null;
}

const COMMENT: Record<ShellKind, RegExp> = {
  sh: /^\s*#/,
  powershell: /^\s*#/,
  cmd: /^\s*(rem\b|::|@rem\b)/i,
};
const CONTINUES: Record<ShellKind, RegExp> = {
  sh: /(\\|\||&&|\|\|)\s*$/,
  powershell: /(`|\||&&|\|\|)\s*$/,
  cmd: /(\^|\||&&|\|\|)\s*$/,
};
const SCRIPT_MARK = /\bin (this )?order\b/i;

/** The lines of a block that start a command, by the rule above. */
export function commandLines(code: string, kind: ShellKind): string[] {
  const lines = code.split('\n');
  const commands: string[] = [];
  let continued = false;
  let heredoc: string | null = null;
  let open = '';
  for (const line of lines) {
    if (heredoc !== null) {
      if (line.trim() === heredoc) heredoc = null;
      continue;
    }
    if (open !== '') {
      open = scanOpen(line, kind, open);
      continued = open === '' && CONTINUES[kind].test(line);
      continue;
    }
    if (line.trim() === '' || COMMENT[kind].test(line)) {
      continued = false;
      continue;
    }
    if (!continued) commands.push(line.trim());
    const doc = kind === 'sh' ? /<<-?\s*['"]?(\w+)['"]?/.exec(line) : null;
    if (doc) heredoc = doc[1]!;
    open = scanOpen(line, kind, '');
    continued = open === '' && CONTINUES[kind].test(line);
  }
  return commands;
}

/**
 * What is still open at the end of a line: a quote, a PowerShell here-string or brackets, as a stack string
 * ('' when nothing is). Escapes: `\` in sh double quotes, a backtick in PowerShell.
 */
function scanOpen(line: string, kind: ShellKind, start: string): string {
  let stack = start;
  const trimmed = line.trim();
  if (kind === 'powershell') {
    if (stack.endsWith('@')) return trimmed === "'@" || trimmed === '"@' ? stack.slice(0, -1) : stack;
    if (/@['"]$/.test(trimmed)) return stack + '@';
  }
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    const top = stack.at(-1) ?? '';
    if (top === "'") {
      if (c === "'") stack = stack.slice(0, -1);
      continue;
    }
    if (top === '"') {
      if ((kind === 'sh' && c === '\\') || (kind === 'powershell' && c === '`')) i++;
      else if (c === '"') stack = stack.slice(0, -1);
      continue;
    }
    if (kind === 'sh' && c === '\\') {
      i++;
    } else if (c === '#' && kind !== 'cmd' && (i === 0 || /\s/.test(line[i - 1]!))) {
      break; // a comment runs to the end of the line
    } else if ((c === "'" && kind !== 'cmd') || c === '"') {
      stack += c;
    } else if (c === '(' || c === '{' || c === '[') {
      stack += c;
    } else if ((c === ')' || c === '}' || c === ']') && '({['.includes(top) && top !== '') {
      stack = stack.slice(0, -1);
    }
  }
  return stack;
}

export interface CopyBlock {
  language: string;
  title: string;
  /** What the button copies. */
  code: string;
  /**
   * The first line the reader sees in the block. Expressive Code leaves comment lines of terminal frames
   * out of what it copies, so a "# run these in order" mark is only visible here, not in `code`.
   */
  firstShownLine?: string;
}

/** Why a copy block breaks the rule, or null when it is fine. */
export function copyBlockProblem(block: CopyBlock): string | null {
  const kind = shellKind(block.language);
  if (!kind) return null;
  const commands = commandLines(block.code, kind);
  if (commands.length < 2) return null;
  if (block.title.trim() !== '') return null;
  const first = block.firstShownLine ?? block.code.split('\n').find((l) => l.trim() !== '') ?? '';
  if (COMMENT[kind].test(first) && SCRIPT_MARK.test(first)) return null;
  return `${commands.length} commands in one copy block: ${commands.map((c) => c.slice(0, 50)).join(' | ')}`;
}
