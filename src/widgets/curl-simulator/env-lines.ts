/**
 * The environment panel: `NAME=value` lines as a shell would hold them, read with a few conveniences
 * (blank lines and `#` comments skipped, an optional `export `, one pair of matching quotes around the value).
 * Total and linear; problems are diagnostics with offsets into the panel's text.
 */
import { diagnostic, type Diagnostic } from '../../lib/diagnostics';

export interface EnvLines {
  env: Record<string, string>;
  diagnostics: Diagnostic[];
}

export function parseEnvLines(text: string): EnvLines {
  const env: Record<string, string> = {};
  const diagnostics: Diagnostic[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    readLine(text, lineStart, lineEnd, env, diagnostics);
    lineStart = lineEnd + 1;
  }
  return { env, diagnostics };
}

function readLine(text: string, from: number, to: number, env: Record<string, string>, diagnostics: Diagnostic[]): void {
  let start = from;
  let end = to;
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && (isBlank(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 13)) end--;
  if (start === end || text[start] === '#') return;
  if (text.startsWith('export ', start)) {
    start += 7;
    while (start < end && isBlank(text.charCodeAt(start))) start++;
  }
  const eq = text.indexOf('=', start);
  if (eq < 0 || eq >= end) {
    diagnostics.push(diagnostic('warning', 'env-no-equals', 'Expected NAME=value on this line', start, end));
    return;
  }
  const name = text.slice(start, eq);
  if (!isName(name)) {
    diagnostics.push(
      diagnostic(
        'warning',
        'env-bad-name',
        `"${name.slice(0, 40)}" is not a valid variable name (letters, digits and _, not starting with a digit)`,
        start,
        eq,
      ),
    );
    return;
  }
  let value = text.slice(eq + 1, end);
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2 && value[value.length - 1] === q) value = value.slice(1, -1);
  env[name] = value;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** POSIX.1-2024 XBD §3.216 Name: [A-Za-z_][A-Za-z0-9_]* */
function isName(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (!letter && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}
