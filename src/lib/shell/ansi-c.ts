/**
 * bash's ANSI-C quoting, `$'…'` (bash manual §3.1.2.4), for words.ts: a pure reader over the input.
 * Total and linear: one pass from the `$`, no regular expressions.
 */

// $'…' escapes, bash manual §3.1.2.4
const ANSI_C_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  e: '\x1b',
  E: '\x1b',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

export interface AnsiCQuoted {
  /** The quoted text with its escapes decoded. */
  value: string;
  /** Offset just past the closing quote (the end of the input when there is none). */
  end: number;
  closed: boolean;
}

/** Reads the `$'…'` whose `$` is at `start`. `\xHH`, `\uHHHH`, `\UHHHHHHHH` and `\NNN` (octal) give code points. */
export function readAnsiCQuoted(t: string, start: number): AnsiCQuoted {
  let value = '';
  let pos = start + 2;
  while (pos < t.length) {
    const c = t[pos]!;
    if (c === "'") return { value, end: pos + 1, closed: true };
    if (c !== '\\') {
      value += c;
      pos++;
      continue;
    }
    const n = t[pos + 1];
    if (n === undefined) {
      pos++;
      break;
    }
    const simple = ANSI_C_ESCAPES[n];
    if (simple !== undefined) {
      value += simple;
      pos += 2;
      continue;
    }
    const radix = n === 'x' ? 16 : n === 'u' ? 16 : n === 'U' ? 16 : n >= '0' && n <= '7' ? 8 : 0;
    if (radix === 0) {
      value += '\\' + n;
      pos += 2;
      continue;
    }
    const max = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 3;
    let j = radix === 8 ? pos + 1 : pos + 2;
    const digitsStart = j;
    while (j < t.length && j - digitsStart < max && isDigit(t[j]!, radix)) j++;
    if (j === digitsStart) {
      value += '\\' + n;
      pos += 2;
      continue;
    }
    const code = parseInt(t.slice(digitsStart, j), radix);
    value += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    pos = j;
  }
  return { value, end: pos, closed: false };
}

function isDigit(c: string, radix: number): boolean {
  if (radix === 8) return c >= '0' && c <= '7';
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
