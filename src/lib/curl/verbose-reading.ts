/**
 * A pasted `curl -v` transcript, recognised and read: lines starting `* ` are curl's notes, `> ` what it
 * sent, `< ` what it received (curl's tool_cb_dbg.c / lib/verbose output). What matters for a 407 is read
 * out: the requests, the statuses, the schemes the proxy offered (Proxy-Authenticate, RFC 9110 §11.7.1),
 * the schemes curl answered with (Proxy-Authorization) and the final `curl: (N) message`.
 * Linear in the text; the lists are capped.
 */

export interface VerboseReading {
  /** Lines that look like curl -v output. */
  lines: number;
  /** Request lines sent (`CONNECT host:443 HTTP/1.1`, `GET http://… HTTP/1.1`). */
  requests: string[];
  /** Status codes received, in order. */
  statuses: number[];
  /** Schemes in Proxy-Authenticate fields, in order, as written. */
  offered: string[];
  /** Schemes curl sent in Proxy-Authorization, in order. */
  sent: string[];
  /** The final `curl: (N) message` line, when there is one. */
  exit: { code: number; message: string } | undefined;
}

/** At most this many entries per list. */
const LIST_MAX = 50;

/** The reading of `text` as curl -v output, or undefined when it does not look like one. */
export function readVerboseTranscript(text: string): VerboseReading | undefined {
  const reading: VerboseReading = { lines: 0, requests: [], statuses: [], offered: [], sent: [], exit: undefined };
  let other = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (line.trim() === '') continue;
    if (!readLine(line, reading)) other++;
  }
  // At least two curl -v lines, and most of the text (a body after the headers is normal).
  return reading.lines >= 2 && reading.lines >= other ? reading : undefined;
}

function readLine(line: string, r: VerboseReading): boolean {
  const prefix = line.slice(0, 2);
  const rest = line.slice(2);
  if (line.startsWith('curl: (')) {
    const close = line.indexOf(')');
    const code = Number(line.slice(7, close));
    if (close > 7 && Number.isInteger(code)) r.exit = { code, message: line.slice(close + 1).trim() };
    r.lines++;
    return true;
  }
  if (prefix === '* ' || line === '>' || line === '<') {
    r.lines++;
    return true;
  }
  if (prefix === '> ') {
    r.lines++;
    const lower = rest.toLowerCase();
    if (lower.startsWith('proxy-authorization:')) add(r.sent, firstWord(rest.slice(20)));
    else if (/^[A-Z]+ \S+ HTTP\/\d(\.\d)?$/.test(rest)) add(r.requests, rest, true);
    return true;
  }
  if (prefix === '< ') {
    r.lines++;
    const lower = rest.toLowerCase();
    if (lower.startsWith('http/')) {
      const status = Number(rest.split(' ')[1]);
      if (Number.isInteger(status) && r.statuses.length < LIST_MAX) r.statuses.push(status);
    } else if (lower.startsWith('proxy-authenticate:')) add(r.offered, firstWord(rest.slice(19)));
    return true;
  }
  return prefix === '{ ' || prefix === '} ';
}

function firstWord(s: string): string {
  const t = s.trim();
  const sp = t.search(/[\s,]/);
  return sp < 0 ? t : t.slice(0, sp);
}

function add(list: string[], value: string, repeats = false): void {
  if (value === '' || list.length >= LIST_MAX || (!repeats && list.includes(value))) return;
  list.push(value);
}
