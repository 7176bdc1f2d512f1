/**
 * Finding the challenges in what a user pastes (pure, linear, total): a whole raw response (with or without
 * curl -v's "< " prefixes), some header lines, or a bare field value. Returns each Proxy-Authenticate /
 * WWW-Authenticate value with its offset into the input, the status code and the headers that tell a proxy
 * apart from an origin server (Via, Proxy-Status, Server).
 */
export interface FieldValue {
  name: 'Proxy-Authenticate' | 'WWW-Authenticate';
  value: string;
  /** Offset of the value in the input. */
  start: number;
}

export interface PastedResponse {
  form: 'response' | 'headers' | 'value';
  status?: number;
  statusStart?: number;
  reason?: string;
  fields: FieldValue[];
  /** Other headers by lower-case name (first occurrence), for the heuristics. */
  headers: Map<string, string>;
}

const AUTH_NAMES: Record<string, FieldValue['name']> = {
  'proxy-authenticate': 'Proxy-Authenticate',
  'www-authenticate': 'WWW-Authenticate',
};

export function readPastedResponse(input: string): PastedResponse {
  const result: PastedResponse = { form: 'value', fields: [], headers: new Map() };
  let sawHeader = false;
  let pos = 0;
  let firstLine = true;
  while (pos <= input.length) {
    let end = input.indexOf('\n', pos);
    if (end < 0) end = input.length;
    let lineStart = pos;
    let lineEnd = end > pos && input.charCodeAt(end - 1) === 13 ? end - 1 : end;
    // curl -v marks received lines with "< "
    if (input.startsWith('< ', lineStart)) lineStart += 2;
    else if (input[lineStart] === '<' && lineEnd === lineStart + 1) lineStart += 1;
    while (lineStart < lineEnd && (input[lineStart] === ' ' || input[lineStart] === '\t') && !sawHeader && firstLine) lineStart++;
    const line = input.slice(lineStart, lineEnd);
    if (firstLine && line.startsWith('HTTP/')) {
      // status-line = HTTP-version SP status-code SP [ reason-phrase ] (RFC 9112 §4)
      const sp = line.indexOf(' ');
      const code = sp > 0 ? line.slice(sp + 1, sp + 4) : '';
      if (/^\d{3}$/.test(code)) {
        result.status = Number(code);
        result.statusStart = lineStart + sp + 1;
        result.reason = line.slice(sp + 5);
      }
      result.form = 'response';
    } else {
      const colon = line.indexOf(':');
      const name = colon > 0 ? line.slice(0, colon) : '';
      if (colon > 0 && isFieldName(name)) {
        sawHeader = true;
        const lower = name.toLowerCase();
        let valueStart = lineStart + colon + 1;
        while (valueStart < lineEnd && (input[valueStart] === ' ' || input[valueStart] === '\t')) valueStart++;
        let valueEnd = lineEnd;
        while (valueEnd > valueStart && (input[valueEnd - 1] === ' ' || input[valueEnd - 1] === '\t')) valueEnd--;
        const auth = AUTH_NAMES[lower];
        if (auth) result.fields.push({ name: auth, value: input.slice(valueStart, valueEnd), start: valueStart });
        else if (!result.headers.has(lower)) result.headers.set(lower, input.slice(valueStart, valueEnd));
      }
    }
    // The header section ends at the first empty line (RFC 9112 §2.1); the body is not read.
    if (line.trim() === '' && result.form === 'response' && !firstLine) break;
    if (line.trim() !== '') firstLine = false;
    pos = end + 1;
  }
  if (result.form === 'value' && sawHeader) result.form = 'headers';
  if (result.form === 'value') {
    // A bare value: the whole input (trimmed), read as Proxy-Authenticate.
    let s = 0;
    let e = input.length;
    while (s < e && /\s/.test(input[s]!)) s++;
    while (e > s && /\s/.test(input[e - 1]!)) e--;
    result.fields = s < e ? [{ name: 'Proxy-Authenticate', value: input.slice(s, e), start: s }] : [];
  }
  return result;
}

function isFieldName(name: string): boolean {
  if (name.length === 0 || name.length > 100) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || "!#$%&'*+-.^_`|~".includes(name[i]!);
    if (!ok) return false;
  }
  return true;
}
