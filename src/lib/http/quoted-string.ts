import { diagnostic, type Diagnostic } from '../diagnostics';
import { isCtl, isQdtext, isQuotedPairChar, isToken } from './chars';

// A pasted binary blob could hold a million control characters; the first few say enough.
const MAX_CONTROL_REPORTS = 8;

export interface QuotedStringResult {
  /** The content with quoted-pairs unescaped. */
  value: string;
  /** Offset just past the closing quote (or the end of input when unterminated). */
  end: number;
  terminated: boolean;
}

/**
 * Reads a quoted-string starting at `start` (which must hold the opening DQUOTE). RFC 9110 §5.6.4:
 *   quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE
 * Never throws; problems are pushed onto `diagnostics`.
 */
export function readQuotedString(text: string, start: number, diagnostics: Diagnostic[]): QuotedStringResult {
  let value = '';
  let runStart = start + 1;
  let warnedWide = false;
  let controls = 0;
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22 /* " */) {
      value += text.slice(runStart, i);
      return { value, end: i + 1, terminated: true };
    }
    if (code === 0x5c /* \ */) {
      value += text.slice(runStart, i);
      if (i + 1 >= text.length) {
        runStart = text.length;
        break;
      }
      const next = text.charCodeAt(i + 1);
      if (!isQuotedPairChar(next)) {
        diagnostics.push(
          diagnostic('error', 'bad-quoted-pair', 'A backslash may only escape a visible character, a space or a tab', i, i + 2),
        );
      }
      runStart = i + 1; // keep the escaped character, drop the backslash
      i += 2;
      continue;
    }
    if (!isQdtext(code)) {
      if (code > 0xff) {
        if (!warnedWide) {
          warnedWide = true;
          diagnostics.push(
            diagnostic(
              'warning',
              'non-latin1-character',
              'A field value is made of octets; this character is above U+00FF and must be encoded by the sender',
              i,
              i + 1,
            ),
          );
        }
      } else if (isCtl(code) && ++controls <= MAX_CONTROL_REPORTS) {
        diagnostics.push(
          diagnostic('error', 'control-character', `Control character U+${hex4(code)} is not allowed in a quoted-string`, i, i + 1),
        );
      }
    }
    i++;
  }
  value += text.slice(runStart);
  diagnostics.push(diagnostic('error', 'unterminated-quoted-string', 'The quoted string has no closing double quote', start, text.length));
  return { value, end: text.length, terminated: false };
}

/**
 * Writes `value` as a quoted-string, escaping `"` and `\` (RFC 9110 §5.6.4).
 * Throws a TypeError for characters a quoted-string cannot carry (CTLs other than HTAB, code points above U+00FF).
 */
export function quoteString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) out += '\\' + value[i];
    else if (isQdtext(code)) out += value[i];
    else throw new TypeError(`Character U+${hex4(code)} at index ${i} cannot be written in a quoted-string`);
  }
  return out + '"';
}

/** A parameter value as a token when it is one, otherwise as a quoted-string (RFC 9110 §11.2: either form is allowed). */
export function formatParamValue(value: string, forceQuotes = false): string {
  return !forceQuotes && isToken(value) ? value : quoteString(value);
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
