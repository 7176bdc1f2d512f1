/**
 * Quoting a value for each shell so it arrives byte for byte.
 *
 * - POSIX sh / bash: single quotes keep everything literal (POSIX.1-2024 XCU §2.2.2); a single quote
 *   is written `'\''` (close, escaped quote, reopen).
 * - PowerShell: single-quoted strings are verbatim, a single quote is doubled (about_Quoting_Rules).
 *   The typographic quotes ‘ ’ ‚ ‛ also delimit PowerShell strings, so they are doubled too.
 * - cmd.exe: `"…"` protects & | < > ^ but not %; in a batch file % is written %%. A value with `"`
 *   or a line break cannot be written safely inside quotes, and with delayed expansion on, `!` is
 *   lost: those cases are reported, not guessed.
 */

/** A bash/sh word that yields exactly `value`. */
export function quoteBash(value: string): string {
  if (value !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return "'" + value.split("'").join("'\\''") + "'";
}

/** A PowerShell single-quoted string that yields exactly `value`. */
export function quotePowerShell(value: string): string {
  let out = "'";
  for (const ch of value) out += ch === "'" || ch === '\u2018' || ch === '\u2019' || ch === '\u201a' || ch === '\u201b' ? ch + ch : ch;
  return out + "'";
}

export type CmdQuoted = { ok: true; text: string; notes: string[] } | { ok: false; reason: string };

/**
 * A double-quoted cmd.exe argument for `value`. In a batch file (`batch: true`) % is doubled;
 * typed at the prompt, % cannot be escaped inside quotes, so a value with % is refused there.
 */
export function quoteCmd(value: string, options: { batch: boolean }): CmdQuoted {
  if (value.includes('"'))
    return { ok: false, reason: 'The value contains a double quote ("), which cmd.exe cannot escape inside a quoted argument' };
  if (/[\r\n\0]/.test(value)) return { ok: false, reason: 'The value contains a line break or NUL, which cmd.exe cannot pass' };
  const notes: string[] = [];
  let text = value;
  if (value.includes('%')) {
    if (!options.batch)
      return {
        ok: false,
        reason:
          'The value contains %, which cmd.exe expands at the prompt (%NAME%) and cannot escape inside quotes: put the lines in a .cmd file, where it is written %%',
      };
    text = value.split('%').join('%%');
    notes.push('In a batch file every % is written %% (cmd.exe batch parameter expansion); typed at the prompt it would be a single %.');
  }
  if (value.includes('!'))
    notes.push(
      'The value contains "!": it is lost if delayed expansion is enabled (setlocal EnableDelayedExpansion or cmd /V:ON); it is off by default.',
    );
  return { ok: true, text: `"${text}"`, notes };
}

/** A value for `set "NAME=value"` (the quotes go around the whole assignment). */
export function cmdSetLine(name: string, value: string, options: { batch: boolean }): CmdQuoted {
  const q = quoteCmd(value, options);
  if (!q.ok) return q;
  return { ok: true, text: `set "${name}=${q.text.slice(1, -1)}"`, notes: q.notes };
}

/** A double-quoted string literal for JSON, JavaScript, C#, Java, Go and Python (ASCII-safe escapes). */
export function quoteJson(value: string): string {
  return JSON.stringify(value);
}

/** Escapes text for XML character data and attribute values (XML 1.0 §2.4). */
export function escapeXml(value: string): string {
  let out = '';
  for (const ch of value) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else out += ch;
  }
  return out;
}

/**
 * Escapes a value for a Java .properties file (java.util.Properties#load): backslash, and
 * leading blanks, `=`, `:`, `#`, `!` are escaped; non-Latin-1 characters as \uXXXX.
 */
export function escapeProperties(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = value.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === '=' || ch === ':' || ch === '#' || ch === '!') out += '\\' + ch;
    else if (ch === ' ' && (i === 0 || out.endsWith('\\ '))) out += '\\ ';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code > 0x7e) out += '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** A YAML double-quoted scalar (YAML 1.2 §7.3.1): JSON string syntax is valid YAML. */
export function quoteYaml(value: string): string {
  return JSON.stringify(value);
}

/** An INI/.npmrc/.wgetrc value: written as is when it has no blank at either end and no `;`/`#`, else refused. */
export function plainConfigValue(value: string): string | undefined {
  if (value !== value.trim() || /[\r\n]/.test(value)) return undefined;
  return value;
}
