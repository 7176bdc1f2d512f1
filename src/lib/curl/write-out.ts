/**
 * -w / --write-out (curl's src/tool_writeout.c): %{variable}, %% and the \n \r \t escapes.
 * Variables the simulation does not know are left empty, as curl does for unknown ones (with a warning).
 */

export interface WriteOutValues {
  http_code: number;
  http_connect: number;
  exitcode: number;
  url_effective: string;
}

export function formatWriteOut(format: string, values: WriteOutValues): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '%' && format[i + 1] === '%') {
      out += '%';
      i++;
      continue;
    }
    if (c === '%' && format[i + 1] === '{') {
      const close = format.indexOf('}', i + 2);
      if (close < 0) {
        out += format.slice(i);
        break;
      }
      out += variable(format.slice(i + 2, close), values);
      i = close;
      continue;
    }
    if (c === '\\' && i + 1 < format.length) {
      const n = format[i + 1]!;
      const esc: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\' };
      if (esc[n] !== undefined) {
        out += esc[n];
        i++;
        continue;
      }
    }
    out += c;
  }
  return out;
}

function variable(name: string, v: WriteOutValues): string {
  switch (name) {
    case 'http_code':
    case 'response_code':
      return String(v.http_code).padStart(3, '0');
    case 'http_connect':
      return String(v.http_connect).padStart(3, '0');
    case 'exitcode':
      return String(v.exitcode);
    case 'url_effective':
    case 'url':
      return v.url_effective;
    default:
      return '';
  }
}
