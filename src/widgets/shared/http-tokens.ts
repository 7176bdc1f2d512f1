/**
 * Colour for HTTP messages and curl -v transcripts without Shiki in the browser: a linear, line-based
 * tokenizer (no regex over input) that returns spans with our own CSS classes (`tk-*`, styled in
 * widget.css for light and dark). The same function runs at build time in the .astro components and in
 * the custom elements, so the server-rendered example and the live output look the same.
 *
 * Recognised per line: a curl -v prefix (`* `, `> `, `< `, `{ `, `} `) and a shell prompt (`$ `);
 * a request line (METHOD target HTTP/x), a status line (HTTP/x code reason), a header field
 * (name ":" value) whose value is split into auth scheme, parameter names, quoted strings and numbers.
 */
type TokenClass =
  | 'tk-prefix'
  | 'tk-prompt'
  | 'tk-method'
  | 'tk-target'
  | 'tk-version'
  | 'tk-status'
  | 'tk-reason'
  | 'tk-name'
  | 'tk-punct'
  | 'tk-scheme'
  | 'tk-param'
  | 'tk-string'
  | 'tk-number'
  | 'tk-info'
  | '';

export interface Token {
  text: string;
  cls: TokenClass;
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']);
/** Header fields whose value starts with an auth scheme (RFC 9110 §11.6, §11.7). */
const AUTH_FIELDS = new Set(['proxy-authenticate', 'www-authenticate', 'proxy-authorization', 'authorization']);

export function tokenizeHttp(text: string): Token[][] {
  return splitLines(text).map(tokenizeLine);
}

/** Splits on LF, dropping a CR before it (the CR is not shown). */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      lines.push(text.slice(start, end));
      start = i + 1;
    }
  }
  return lines;
}

export function tokenizeLine(line: string): Token[] {
  const out: Token[] = [];
  let rest = line;
  const c0 = rest[0];
  if (rest.startsWith('$ ')) {
    return [
      { text: '$ ', cls: 'tk-prompt' },
      { text: rest.slice(2), cls: '' },
    ];
  }
  if ((c0 === '*' || c0 === '>' || c0 === '<' || c0 === '{' || c0 === '}') && (rest.length === 1 || rest[1] === ' ')) {
    out.push({ text: rest.slice(0, 2), cls: 'tk-prefix' });
    rest = rest.slice(2);
    if (c0 === '*' || c0 === '{' || c0 === '}') {
      out.push({ text: rest, cls: 'tk-info' });
      return out;
    }
  }
  return out.concat(tokenizeMessageLine(rest));
}

function tokenizeMessageLine(line: string): Token[] {
  const words = line.split(' ');
  // Status line: HTTP/1.1 407 Proxy Authentication Required (RFC 9112 §4)
  if (words[0]?.startsWith('HTTP/') && words.length >= 2 && isDigits(words[1]!)) {
    const tokens: Token[] = [
      { text: words[0], cls: 'tk-version' },
      { text: ' ', cls: '' },
      { text: words[1]!, cls: 'tk-status' },
    ];
    if (words.length > 2) tokens.push({ text: ' ' + words.slice(2).join(' '), cls: 'tk-reason' });
    return tokens;
  }
  // Request line: METHOD target HTTP/1.1 (RFC 9112 §3)
  if (words.length === 3 && METHODS.has(words[0]!) && words[2]!.startsWith('HTTP/')) {
    return [
      { text: words[0]!, cls: 'tk-method' },
      { text: ' ', cls: '' },
      { text: words[1]!, cls: 'tk-target' },
      { text: ' ', cls: '' },
      { text: words[2]!, cls: 'tk-version' },
    ];
  }
  // Header field: name ":" OWS value (RFC 9112 §5); the name must be a token without spaces.
  const colon = line.indexOf(':');
  if (colon > 0 && isFieldName(line.slice(0, colon))) {
    const name = line.slice(0, colon);
    const tokens: Token[] = [
      { text: name, cls: 'tk-name' },
      { text: ':', cls: 'tk-punct' },
    ];
    const value = line.slice(colon + 1);
    return tokens.concat(AUTH_FIELDS.has(name.toLowerCase()) ? tokenizeAuthValue(value) : [{ text: value, cls: '' }]);
  }
  return line === '' ? [] : [{ text: line, cls: '' }];
}

/** An auth header value: schemes (a token followed by space, comma or end), param names, quoted strings. */
export function tokenizeAuthValue(value: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let plain = '';
  const flush = () => {
    if (plain) tokens.push({ text: plain, cls: '' });
    plain = '';
  };
  let expectScheme = true;
  while (i < value.length) {
    const c = value[i]!;
    if (c === '"') {
      // quoted-string (RFC 9110 §5.6.4): up to the closing quote, honouring backslash escapes
      let j = i + 1;
      while (j < value.length && value[j] !== '"') j += value[j] === '\\' ? 2 : 1;
      flush();
      tokens.push({ text: value.slice(i, Math.min(j + 1, value.length)), cls: 'tk-string' });
      i = j + 1;
      continue;
    }
    if (isTchar(c)) {
      let j = i;
      while (j < value.length && isTchar(value[j]!)) j++;
      const word = value.slice(i, j);
      flush();
      let k = j;
      while (k < value.length && value[k] === ' ') k++;
      if (value[k] === '=' && value[k + 1] !== '=' && k + 1 < value.length && !expectScheme) {
        tokens.push({ text: word, cls: 'tk-param' });
      } else if (expectScheme || (value[k] !== '=' && value[k] !== ',' && k < value.length && isTchar(value[k]!))) {
        // A scheme: first word, or a word followed by another word (the next challenge's scheme).
        tokens.push({ text: word, cls: 'tk-scheme' });
        expectScheme = false;
      } else {
        tokens.push({ text: word, cls: isDigits(word) ? 'tk-number' : '' });
      }
      i = j;
      continue;
    }
    if (c === ',') {
      // After a comma, the next word is a scheme unless it is followed by "=" (a parameter).
      expectScheme = nextWordIsScheme(value, i + 1);
    }
    plain += c;
    i++;
  }
  flush();
  return tokens;
}

function nextWordIsScheme(value: string, from: number): boolean {
  let i = from;
  while (i < value.length && (value[i] === ' ' || value[i] === '\t' || value[i] === ',')) i++;
  let j = i;
  while (j < value.length && isTchar(value[j]!)) j++;
  if (j === i) return false;
  while (j < value.length && value[j] === ' ') j++;
  return value[j] !== '=';
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** tchar (RFC 9110 §5.6.2) */
function isTchar(c: string): boolean {
  const code = c.charCodeAt(0);
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  return "!#$%&'*+-.^_`|~".includes(c);
}

function isFieldName(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isTchar(s[i]!)) return false;
  return s.length > 0;
}
