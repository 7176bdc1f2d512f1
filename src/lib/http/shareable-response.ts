/**
 * What of a pasted 407 (or header lines, or a bare challenge) may go into a share link without the reader's
 * opt-in: rebuilt from what readPastedResponse and parseChallenges found, not by editing the text. Kept: the
 * status line, each Proxy-Authenticate / WWW-Authenticate value as written (so its problems survive), and the
 * headers that tell a proxy apart (Via, Proxy-Status, Server). Dropped: every other line (Set-Cookie, a stray
 * Proxy-Authorization, a curl -v "> " request line) and every token68 (an NTLM type 2 or a Negotiate token,
 * or credentials pasted into the wrong box), which becomes "withheld".
 */
import { WITHHELD } from '../mask';
import { parseChallenges } from './challenges';
import { readPastedResponse } from './pasted-response';

const KEPT_HEADERS = [
  ['via', 'Via'],
  ['proxy-status', 'Proxy-Status'],
  ['server', 'Server'],
] as const;

export interface ShareableText {
  text: string;
  /** True when something was left out. */
  withheld: boolean;
}

export function shareableResponse(input: string): ShareableText {
  const pasted = readPastedResponse(input);
  const lines: string[] = [];
  let withheld = false;
  if (pasted.status !== undefined) lines.push(`HTTP/1.1 ${pasted.status}${pasted.reason ? ` ${pasted.reason.slice(0, 200)}` : ''}`);
  for (const field of pasted.fields) {
    const value = withoutTokens(field.value);
    withheld ||= value !== field.value;
    lines.push(pasted.form === 'value' ? value : `${field.name}: ${value}`);
  }
  if (pasted.form !== 'value')
    for (const [lower, name] of KEPT_HEADERS) {
      const value = pasted.headers.get(lower);
      if (value !== undefined) lines.push(`${name}: ${value}`);
    }
  const text = lines.join('\n');
  return { text, withheld: withheld || dropsLines(input, text) };
}

/** The value with each challenge's token68 replaced by WITHHELD (offsets from the parse). */
function withoutTokens(value: string): string {
  let out = '';
  let from = 0;
  for (const c of parseChallenges(value).challenges) {
    if (c.token68 === undefined) continue;
    const start = c.end - c.token68.length;
    out += value.slice(from, start) + WITHHELD;
    from = c.end;
  }
  return out + value.slice(from);
}

/** Whether the rebuilt text left out any non-blank line of the input (then the reader is told so). */
function dropsLines(input: string, text: string): boolean {
  let nonBlank = 0;
  for (const line of input.split('\n')) if (line.trim() !== '') nonBlank++;
  return nonBlank > text.split('\n').filter((l) => l.trim() !== '').length;
}
