/**
 * Size scaling: every parser of auth/, http/, no-proxy/, snippets/ and bytes, and the widget views and share
 * builders over them, returns (no throw, no stack overflow) on 0.5 MB and 3 MB of each fuzz pattern, and keeps
 * its diagnostics bounded ("and N more"). Not timed: speed is in `npm run bench:widgets`.
 */
import { describe, expect, it } from 'vitest';
import { basicInputProblem, decodeBasic } from '../../../src/lib/auth/basic';
import { decodeBearer } from '../../../src/lib/auth/bearer';
import { decodeCredentials } from '../../../src/lib/auth/credentials';
import { decodeNegotiate } from '../../../src/lib/auth/negotiate';
import { decodeNtlmMessage } from '../../../src/lib/auth/ntlm';
import { shareableCredentials } from '../../../src/lib/auth/shareable';
import { decodeBase64, encodeBase64 } from '../../../src/lib/bytes';
import { MAX_DIAGNOSTICS, type Diagnostic } from '../../../src/lib/diagnostics';
import { parseChallenges } from '../../../src/lib/http/challenges';
import { parseCredentials } from '../../../src/lib/http/credentials-field';
import { decodeExtValue } from '../../../src/lib/http/ext-value';
import { readPastedResponse } from '../../../src/lib/http/pasted-response';
import { shareableResponse } from '../../../src/lib/http/shareable-response';
import { lintNoProxy, testNoProxyAll } from '../../../src/lib/no-proxy';
import { shareableNoProxy, shareableUrl } from '../../../src/lib/no-proxy/shareable';
import { validateProxyInput } from '../../../src/lib/snippets';
import { challengeView } from '../../../src/widgets/challenge-parser/view';
import { decoderView } from '../../../src/widgets/credentials-decoder/view';
import { basicView, digestView } from '../../../src/widgets/credentials-encoder/view';
import { noProxyTesterView } from '../../../src/widgets/no-proxy-tester/view';
import { proxyConfigView } from '../../../src/widgets/proxy-config/view';

const KB = 1024;
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** A DER length: short form below 128, long form otherwise. */
function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}
const tlv = (tag: number, body: number[]): number[] => [tag, ...derLength(body.length), ...body];

/** A Negotiate NegTokenInit whose mechTypes holds `count` malformed OIDs (the stack overflow of issue 11). */
function malformedOids(count: number): string {
  const oids: number[] = [];
  for (let i = 0; i < count; i++) oids.push(0x06, 0x01, 0x80);
  const init = tlv(0x30, tlv(0xa0, tlv(0x30, oids)));
  const spnego = [0x06, 0x06, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x02];
  return 'Negotiate ' + encodeBase64(Uint8Array.from(tlv(0x60, [...spnego, ...tlv(0xa0, init)])));
}

const PATTERNS: Readonly<Record<string, (size: number) => string>> = {
  letters: (n) => fill('a', n),
  equals: (n) => fill('=', n),
  commas: (n) => fill(',', n),
  quotes: (n) => fill('"\\', n),
  controls: (n) => fill('\u0000\r\n\t', n),
  params: (n) => 'Digest ' + fill('a=b, ', n),
  badParams: (n) => 'Basic ' + fill('realm=", =x ', n),
  percent: (n) => "UTF-8''" + fill('%G%', n),
  headers: (n) => 'HTTP/1.1 407 x\n' + fill('Proxy-Authenticate: Basic realm="a"\n', n),
  base64: (n) => 'NTLM ' + fill('TlRMTVNTUAADAAAA', n),
  oids: (n) => malformedOids(Math.floor(n / 4)),
  list: (n) => fill('.a,10.0.0.0/99,*.,300.1.1.1/8,', n),
  unicode: (n) => fill('ä€😀\ud800', n),
};

/** Bounded: at most MAX_DIAGNOSTICS plus the "and N more" entry, per list. */
function expectBounded(diagnostics: readonly Diagnostic[]): void {
  expect(diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
}

const FUNCTIONS: Readonly<Record<string, (input: string) => void>> = {
  decodeCredentials: (s) => expectBounded(decodeCredentials(s).diagnostics),
  parseCredentials: (s) => expectBounded(parseCredentials(s).diagnostics),
  parseChallenges: (s) => expectBounded(parseChallenges(s).diagnostics),
  decodeExtValue: (s) => expectBounded(decodeExtValue(s).diagnostics),
  decodeNegotiate: (s) => expectBounded(decodeNegotiate(s.replace(/^Negotiate /, '')).diagnostics),
  decodeNtlmMessage: (s) => expectBounded(decodeNtlmMessage(s.replace(/^NTLM /, '')).diagnostics),
  decodeBasic: (s) => expectBounded(decodeBasic(s).diagnostics),
  decodeBearer: (s) => expectBounded(decodeBearer(s, { now: 0 }).diagnostics),
  decodeBase64: (s) => void decodeBase64(s),
  basicInputProblem: (s) => void basicInputProblem(s, s, 'latin1'),
  readPastedResponse: (s) => void readPastedResponse(s),
  shareableCredentials: (s) => void shareableCredentials(s),
  shareableResponse: (s) => void shareableResponse(s),
  shareableUrl: (s) => void shareableUrl(s),
  shareableNoProxy: (s) => void shareableNoProxy(s),
  lintNoProxy: (s) => expect(lintNoProxy(s).length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1),
  testNoProxyAll: (s) => void testNoProxyAll({ noProxy: s, url: 'http://a.corp.example/' }),
  validateProxyInput: (s) => void validateProxyInput({ host: s, noProxy: s, user: s, password: s, port: s }),
  decoderView: (s) => expectBounded(decoderView(s, { now: 0 }).diagnostics),
  challengeView: (s) => expectBounded(challengeView(s, { proxyScheme: 'http' }).diagnostics),
  basicView: (s) => void basicView({ user: s, password: s, charset: 'utf-8', proxy: s, reveal: false }),
  digestView: (s) => void digestView({ challenge: s, user: 'u', password: 'p', method: 'GET', uri: '/', choice: 'first', cnonce: '0a' }),
  noProxyTesterView: (s) => void noProxyTesterView({ noProxy: s, url: s, variables: 'both', upperValue: '' }),
  proxyConfigView: (s) =>
    void proxyConfigView({ scheme: 'http', host: 'p', port: '1', user: '', password: '', authScheme: 'basic', noProxy: s }, 'curl', 'x'),
};

// The patterns each function is most likely to choke on get 3 MB; every pattern gets 0.5 MB.
const HARD: Readonly<Record<string, readonly string[]>> = {
  decodeCredentials: ['oids', 'params', 'badParams', 'base64'],
  parseCredentials: ['params', 'badParams', 'quotes'],
  parseChallenges: ['params', 'badParams', 'commas'],
  decodeExtValue: ['percent', 'unicode'],
  decodeNegotiate: ['oids', 'letters'],
  decodeNtlmMessage: ['base64'],
  decoderView: ['oids', 'params', 'headers'],
  challengeView: ['headers', 'badParams', 'commas'],
  lintNoProxy: ['list'],
  testNoProxyAll: ['list'],
  noProxyTesterView: ['list'],
  shareableResponse: ['headers'],
  shareableNoProxy: ['list'],
};

describe('every parser returns on huge input', () => {
  const inputs = new Map<string, string>();
  const input = (pattern: string, size: number) => {
    const key = `${pattern}/${size}`;
    if (!inputs.has(key)) inputs.set(key, PATTERNS[pattern]!(size));
    return inputs.get(key)!;
  };
  for (const [name, fn] of Object.entries(FUNCTIONS)) {
    it(`${name}: 0.5 MB of every pattern, 3 MB of the hard ones`, () => {
      for (const pattern of Object.keys(PATTERNS)) expect(() => fn(input(pattern, 512 * KB)), `${name} on ${pattern}`).not.toThrow();
      for (const pattern of HARD[name] ?? ['letters'])
        expect(() => fn(input(pattern, 3 * KB * KB)), `${name} on 3 MB of ${pattern}`).not.toThrow();
    }, 300_000);
  }

  it('reports how many diagnostics it left out', () => {
    const many = decodeCredentials(PATTERNS['badParams']!(512 * KB)).diagnostics;
    expect(many.at(-1)?.code).toBe('more-diagnostics');
    expect(many.at(-1)?.message).toMatch(/^and \d+ more problems?, not listed$/);
  });
});
