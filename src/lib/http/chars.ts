/**
 * Character classes of the HTTP grammar as one lookup table (RFC 9110 §5.6).
 * Parsers look a code unit up here instead of running regular expressions over input, so every scan is linear.
 * Code units above U+00FF belong to no class: a field value is a sequence of octets.
 */

const TCHAR = 1; // RFC 9110 §5.6.2
const TOKEN68 = 2; // RFC 9110 §11.2
const QDTEXT = 4; // RFC 9110 §5.6.4
const QUOTED_PAIR = 8; // RFC 9110 §5.6.4: the character after a backslash
const OWS = 16; // RFC 9110 §5.6.3: SP / HTAB
const ATTR_CHAR = 32; // RFC 8187 §3.2.1

const DIGIT_ALPHA = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const CLASSES: Uint8Array = buildClasses();

function buildClasses(): Uint8Array {
  const table = new Uint8Array(256);
  const mark = (chars: string, bit: number): void => {
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)]! |= bit;
  };
  // tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
  mark("!#$%&'*+-.^_`|~" + DIGIT_ALPHA, TCHAR);
  // token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
  mark('-._~+/' + DIGIT_ALPHA, TOKEN68);
  // attr-char = ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
  mark('!#$&+-.^_`|~' + DIGIT_ALPHA, ATTR_CHAR);
  mark(' \t', OWS);
  for (let c = 0; c < 256; c++) {
    // qdtext = HTAB / SP / %x21 / %x23-5B / %x5D-7E / obs-text
    if (c === 0x09 || c === 0x20 || c === 0x21 || (c >= 0x23 && c <= 0x5b) || (c >= 0x5d && c <= 0x7e) || c >= 0x80) {
      table[c]! |= QDTEXT;
    }
    // quoted-pair = "\" ( HTAB / SP / VCHAR / obs-text )
    if (c === 0x09 || (c >= 0x20 && c !== 0x7f)) table[c]! |= QUOTED_PAIR;
  }
  return table;
}

function has(code: number, bit: number): boolean {
  return code < 256 && (CLASSES[code]! & bit) !== 0;
}

export const isTchar = (code: number): boolean => has(code, TCHAR);
export const isToken68Char = (code: number): boolean => has(code, TOKEN68);
export const isQdtext = (code: number): boolean => has(code, QDTEXT);
export const isQuotedPairChar = (code: number): boolean => has(code, QUOTED_PAIR);
export const isOws = (code: number): boolean => has(code, OWS);
export const isAttrChar = (code: number): boolean => has(code, ATTR_CHAR);

/** CTL = %x00-1F / %x7F (RFC 5234 B.1). */
export const isCtl = (code: number): boolean => code < 0x20 || code === 0x7f;

/** Whether the whole string is a token (RFC 9110 §5.6.2): one or more tchar. */
export function isToken(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isTchar(text.charCodeAt(i))) return false;
  return true;
}

/** Whether the whole string is a token68 (RFC 9110 §11.2), which is also RFC 6750's b64token. */
export function isToken68(text: string): boolean {
  let i = 0;
  while (i < text.length && isToken68Char(text.charCodeAt(i))) i++;
  if (i === 0) return false;
  while (i < text.length && text.charCodeAt(i) === 0x3d /* = */) i++;
  return i === text.length;
}

/** Index of the first position at or after `from` whose code unit is not in the class. */
export function scanWhile(text: string, from: number, test: (code: number) => boolean): number {
  let i = from;
  while (i < text.length && test(text.charCodeAt(i))) i++;
  return i;
}
