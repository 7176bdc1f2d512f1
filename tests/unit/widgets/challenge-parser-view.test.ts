import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPastedResponse } from '../../../src/lib/http/pasted-response';
import { challengeView } from '../../../src/widgets/challenge-parser/view';
import { textOf } from './text';

const http = { proxyScheme: 'http' } as const;
const codes = (input: string, options: { proxyScheme: 'http' | 'https' } = http) =>
  challengeView(input, options).diagnostics.map((d) => d.code);

describe('readPastedResponse', () => {
  describe('with a curl -v transcript', () => {
    it('finds the status and both field lines with their offsets', () => {
      const input =
        '< HTTP/1.1 407 Proxy Authentication Required\r\n< Proxy-Authenticate: NTLM\r\n< Proxy-Authenticate: Basic realm="x"\r\n<\r\n';
      const r = readPastedResponse(input);
      expect(r.status).toBe(407);
      expect(r.fields.map((f) => [f.name, f.value, input.slice(f.start, f.start + f.value.length)])).toEqual([
        ['Proxy-Authenticate', 'NTLM', 'NTLM'],
        ['Proxy-Authenticate', 'Basic realm="x"', 'Basic realm="x"'],
      ]);
    });
  });
  describe('with a bare value', () => {
    it('reads it as Proxy-Authenticate', () => {
      expect(readPastedResponse('  Basic realm="a"  ').fields).toEqual([
        { name: 'Proxy-Authenticate', value: 'Basic realm="a"', start: 2 },
      ]);
    });
  });
  describe('with a body after the headers', () => {
    it('stops at the empty line', () => {
      expect(readPastedResponse('HTTP/1.1 407 X\nProxy-Authenticate: Basic realm="a"\n\nProxy-Authenticate: Digest').fields).toHaveLength(
        1,
      );
    });
  });
});

describe('challengeView', () => {
  describe('with the worked example (Negotiate, NTLM, Basic over http)', () => {
    const input =
      'HTTP/1.1 407 Proxy Authentication Required\nProxy-Authenticate: Negotiate\nProxy-Authenticate: NTLM\nProxy-Authenticate: Basic realm="Corporate proxy"';
    const view = challengeView(input, http);
    it('lists three challenges', () => {
      expect(view.challenges.map((c) => c.scheme)).toEqual(['Negotiate', 'NTLM', 'Basic']);
    });
    it('warns about Basic over plain http, pointing at "Basic"', () => {
      const d = view.diagnostics.find((x) => x.code === 'basic-over-http')!;
      expect(input.slice(d.start, d.end)).toBe('Basic');
    });
    it('says curl --proxy-anyauth picks Negotiate and browsers too', () => {
      const text = textOf(view.node);
      expect(text).toContain('Here it picks Negotiate');
      expect(text).toContain('Here: Negotiate.');
    });
  });
  describe('with Digest and NTLM only', () => {
    it('says curl picks Digest over NTLM (pickoneauth) while browsers pick NTLM', () => {
      const text = textOf(
        challengeView('Proxy-Authenticate: NTLM\nProxy-Authenticate: Digest realm="r", nonce="n", algorithm=SHA-256', http).node,
      );
      expect(text).toContain('Here it picks Digest');
      expect(text).toContain('Here: NTLM.');
    });
  });
  describe('with the warnings of the issue', () => {
    it('finds Basic without realm', () => expect(codes('Basic')).toContain('basic-without-realm'));
    it('does not warn about plain http for an https proxy', () =>
      expect(codes('Basic realm="a"', { proxyScheme: 'https' })).not.toContain('basic-over-http'));
    it('finds MD5-only Digest', () =>
      expect(codes('Digest realm="a", nonce="b", algorithm=MD5, Digest realm="a", nonce="c"')).toContain('md5-only-digest'));
    it('accepts Digest with SHA-256 offered', () =>
      expect(codes('Digest realm="a", nonce="b", algorithm=SHA-256, Digest realm="a", nonce="c"')).not.toContain('md5-only-digest'));
    it('finds a 407 without Proxy-Authenticate', () => {
      const input = 'HTTP/1.1 407 Proxy Authentication Required\nContent-Length: 0';
      const d = challengeView(input, http).diagnostics.find((x) => x.code === '407-without-proxy-authenticate')!;
      expect(input.slice(d.start, d.end)).toBe('407');
    });
    it('finds a 401 from a proxy', () =>
      expect(codes('HTTP/1.1 401 Unauthorized\nVia: 1.1 squid\nWWW-Authenticate: Basic realm="x"')).toContain('401-from-proxy'));
    it('does not call every 401 a proxy', () =>
      expect(codes('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="x"')).not.toContain('401-from-proxy'));
  });
  describe('with a syntax error', () => {
    it('locates it in the whole input', () => {
      const input = 'Proxy-Authenticate: Basic realm="unterminated';
      const view = challengeView(input, http);
      expect(view.diagnostics.some((d) => d.severity === 'error' && d.start >= 20)).toBe(true);
    });
  });
  it('never throws (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void challengeView(s, http)));
  });
});
