/**
 * Where in the command an outcome comes from: a proxy string curl cannot read (a port above 65535), a
 * proxy or server name that does not resolve, a proxy port nothing listens on, a URL curl rejects. The
 * diagnostics point at the exact characters (the port digits, the host) when the parse recorded where the
 * value is; a value from the environment has no place in the command and gets none.
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import type { SimulationFacts } from './outcome';
import type { CurlRequest, Spanned } from './options';

/** Diagnostics that mark the cause of a failed run in the command text. */
export function outcomeDiagnostics(text: string, request: CurlRequest, facts: SimulationFacts): Diagnostic[] {
  const o = facts.outcome;
  if (o.kind !== 'error') return [];
  const proxyGiven = facts.proxy.kind !== 'not-reached' && facts.proxy.kind !== 'direct' && facts.proxy.source.kind === 'option';
  const proxy = proxyGiven ? request.proxy : undefined;
  const url = request.urls[0];
  switch (o.cause) {
    case 'proxy-syntax':
      return proxy ? [portOrWhole(text, proxy, 'proxy-syntax', o.message)] : [];
    case 'proxy-unresolvable':
      return proxy ? [within(text, proxy, o.host, 'proxy-unresolvable', `Nothing resolves the proxy name ${o.host}`)] : [];
    case 'proxy-refused':
      return proxy ? [within(text, proxy, `${o.host}`, 'proxy-refused', `Nothing accepts connections at ${o.host}:${o.port}`)] : [];
    case 'bad-url':
      return url ? [portOrWhole(text, url, 'bad-url', o.message)] : [];
    case 'host-unresolvable':
      return url ? [within(text, url, o.host, 'host-unresolvable', `Nothing resolves ${o.host}`)] : [];
    default:
      return [];
  }
}

/** The value's port digits when they are not a port number (0 to 65535), else the whole value. */
function portOrWhole(text: string, span: Spanned, code: string, message: string): Diagnostic {
  const port = badPort(span.value);
  if (port !== undefined) {
    const at = text.lastIndexOf(`:${port}`, span.end);
    if (at >= span.start) return diagnostic('error', code, `${port} is not a port number (0 to 65535)`, at + 1, at + 1 + port.length);
  }
  return diagnostic('error', code, message, span.start, span.end);
}

/** `needle` inside the span as written, or the whole span when it is not there verbatim (quoted, escaped). */
function within(text: string, span: Spanned, needle: string, code: string, message: string): Diagnostic {
  const at = needle === '' ? -1 : text.lastIndexOf(needle, span.end - needle.length);
  return at >= span.start
    ? diagnostic('error', code, message, at, at + needle.length)
    : diagnostic('error', code, message, span.start, span.end);
}

/** The port text of [scheme://][userinfo@]host:port[/…] when it is not a number from 0 to 65535. */
function badPort(value: string): string | undefined {
  const sep = value.indexOf('://');
  const from = sep < 0 ? 0 : sep + 3;
  let end = value.length;
  for (let i = from; i < value.length; i++)
    if (value[i] === '/' || value[i] === '?' || value[i] === '#') {
      end = i;
      break;
    }
  const at = value.lastIndexOf('@', end - 1);
  const authority = value.slice(at >= from ? at + 1 : from, end);
  const close = authority.lastIndexOf(']');
  const colon = authority.lastIndexOf(':');
  if (colon < 0 || colon < close) return undefined;
  const port = authority.slice(colon + 1);
  if (port === '') return undefined;
  const numeric = [...port].every((c) => c >= '0' && c <= '9');
  return !numeric || port.length > 5 || Number(port) > 65535 ? port : undefined;
}
