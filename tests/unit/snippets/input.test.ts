import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeUserinfo, proxyUrl, validateProxyInput, assertProxyInput, SNIPPET_TOOLS } from '../../../src/lib/snippets';
import { input, TRICKY, TRICKY_ENC } from './fixtures';

describe('encodeUserinfo', () => {
  it('encodes the characters that break proxy URL parsers', () => {
    expect(encodeUserinfo(TRICKY)).toBe(TRICKY_ENC);
    expect(encodeUserinfo('a/b?c#d[e]f')).toBe('a%2Fb%3Fc%23d%5Be%5Df');
  });
  it('keeps unreserved characters and sub-delims (RFC 3986 §3.2.1)', () => {
    expect(encodeUserinfo("AZaz09-._~!$&'()*+,;=")).toBe("AZaz09-._~!$&'()*+,;=");
  });
  it('encodes non-ASCII as UTF-8', () => {
    expect(encodeUserinfo('é€')).toBe('%C3%A9%E2%82%AC');
    expect(encodeUserinfo('😀')).toBe('%F0%9F%98%80');
  });
});

describe('proxyUrl', () => {
  it('builds the URL with encoded credentials, or without them', () => {
    expect(proxyUrl(input({ password: TRICKY }))).toBe(`http://alice:${TRICKY_ENC}@proxy.example.com:3128`);
    expect(proxyUrl(input(), { credentials: false })).toBe('http://proxy.example.com:3128');
    expect(proxyUrl(input(), { userOnly: true })).toBe('http://alice@proxy.example.com:3128');
  });
  it('brackets IPv6 hosts', () => {
    expect(proxyUrl(input({ proxy: { scheme: 'socks5h', host: '::1', port: 1080 }, user: undefined as never }))).toBe(
      'socks5h://[::1]:1080',
    );
  });
});

describe('validateProxyInput', () => {
  it('accepts the worked example', () => {
    const r = validateProxyInput({
      scheme: 'http',
      host: 'proxy.example.com',
      port: '3128',
      user: 'alice',
      password: 's3cret',
      authScheme: 'basic',
      noProxy: 'localhost, .corp.example',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.input).toEqual({
      proxy: { scheme: 'http', host: 'proxy.example.com', port: 3128 },
      user: 'alice',
      password: 's3cret',
      authScheme: 'basic',
      noProxy: ['localhost', '.corp.example'],
    });
  });
  it('points at a space in the host', () => {
    const r = validateProxyInput({ host: 'proxy .example.com', port: '3128' });
    expect(r.input).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ field: 'host', code: 'space-in-host', start: 5, end: 6 });
  });
  it('refuses a URL typed into the host field', () => {
    expect(validateProxyInput({ host: 'http://proxy', port: '1' }).diagnostics[0]).toMatchObject({ code: 'url-in-host', start: 5 });
  });
  it('refuses ports out of range', () => {
    for (const port of ['0', '65536', '', 'abc', '-1'])
      expect(validateProxyInput({ host: 'p', port }).diagnostics.map((d) => d.code)).toContain('bad-port');
  });
  it('points at a control character in the password', () => {
    expect(validateProxyInput({ host: 'p', port: '1', user: 'u', password: 'ab\ncd' }).diagnostics[0]).toMatchObject({
      field: 'password',
      code: 'control-character',
      start: 2,
      end: 3,
    });
  });
  it('is total on arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.record({
          scheme: fc.anything(),
          host: fc.anything(),
          port: fc.anything(),
          user: fc.anything(),
          password: fc.anything(),
          authScheme: fc.anything(),
          noProxy: fc.anything(),
        }),
        (raw) => {
          const r = validateProxyInput(raw);
          expect(Array.isArray(r.diagnostics)).toBe(true);
          if (r.input) for (const t of SNIPPET_TOOLS) expect(t.build(r.input).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('builders', () => {
  it('throw a TypeError on a host with spaces or a port out of range', () => {
    expect(() => assertProxyInput(input({ proxy: { scheme: 'http', host: 'a b', port: 1 } }))).toThrow(TypeError);
    for (const t of SNIPPET_TOOLS) {
      expect(() => t.build(input({ proxy: { scheme: 'http', host: 'a b', port: 3128 } }))).toThrow(TypeError);
      expect(() => t.build(input({ proxy: { scheme: 'http', host: 'proxy', port: 70000 } }))).toThrow(TypeError);
    }
  });
});

describe('property: the proxy URL round-trips through new URL()', () => {
  it('gives back the same user and password', () => {
    const text = fc
      .string({ unit: 'binary', minLength: 1, maxLength: 30 })
      .filter((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) && s.isWellFormed());
    fc.assert(
      fc.property(text, text, fc.constantFrom('proxy.example.com', '10.0.0.1', '::1'), (user, password, host) => {
        const u = new URL(proxyUrl(input({ user, password, proxy: { scheme: 'http', host, port: 3128 } })));
        expect(decodeURIComponent(u.username)).toBe(user);
        expect(decodeURIComponent(u.password)).toBe(password);
        expect(u.port).toBe('3128');
      }),
      { numRuns: 500 },
    );
  });
});

describe('validateProxyInput with a huge paste', () => {
  it('refuses it at the limit, pointing past the allowed length', () => {
    const r = validateProxyInput({ host: 'p', port: '1', user: 'u', password: 'x'.repeat(1_000_000) });
    expect(r.input).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ field: 'password', code: 'too-long', start: 1024, end: 1_000_000 });
  });
});
