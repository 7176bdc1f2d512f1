import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCurlCommand, proxyAuth, editDistance } from '../../../src/lib/curl/options';
import { CURL_OPTIONS, type OptionName } from '../../../src/lib/curl/option-table';

describe('parseCurlCommand', () => {
  describe('with combined short options', () => {
    it('reads -vk as -v -k and attached values', () => {
      const { request, diagnostics } = parseCurlCommand('curl -vk -xhttp://p:3128 -uuser:pw -Ualice:s3 https://e/');
      expect(diagnostics).toEqual([]);
      expect([request.verbose, request.insecure, request.proxy?.value, request.user, request.proxyUser]).toEqual([
        true,
        true,
        'http://p:3128',
        'user:pw',
        'alice:s3',
      ]);
      expect(request.urls.map((u) => u.value)).toEqual(['https://e/']);
    });
    it('takes the next word when the value is not attached, even inside a cluster', () => {
      const { request } = parseCurlCommand('curl -vx http://p:3128 http://e/');
      expect([request.verbose, request.proxy?.value]).toEqual([true, 'http://p:3128']);
    });
  });
  describe('with long options', () => {
    it('reads proxy auth flags and applies curl precedence', () => {
      const r = parseCurlCommand('curl --proxy-digest --proxy-ntlm -x p u').request;
      expect(proxyAuth(r)).toBe('ntlm');
      expect(proxyAuth(parseCurlCommand('curl --proxy-ntlm --proxy-anyauth u').request)).toBe('anyauth');
      expect(proxyAuth(parseCurlCommand('curl u').request)).toBe('basic');
    });
    it('negates booleans with --no-', () => {
      expect(parseCurlCommand('curl -v --no-verbose u').request.verbose).toBe(false);
    });
    it('refuses --no- on an option with a value, like curl', () => {
      const r = parseCurlCommand('curl --no-proxy-user x u');
      expect(r.request.usageError?.lines[0]).toBe("curl: option --no-proxy-user: used '--no-' for option that isn't a boolean");
    });
    it('accepts unambiguous prefixes in 7.88 and reports ambiguous ones', () => {
      expect(parseCurlCommand('curl --proxy-us a:b u').request.proxyUser).toBe('a:b');
      expect(parseCurlCommand('curl --pro u').request.usageError?.lines[0]).toBe('curl: option --pro: is ambiguous');
    });
    it('treats --opt=value as unknown in 7.88 and explains', () => {
      const r = parseCurlCommand('curl --proxy=http://x u');
      expect(r.request.usageError).toEqual({
        lines: ['curl: option --proxy=http://x: is unknown', "curl: try 'curl --help' or 'curl --manual' for more information"],
        exitCode: 2,
      });
      expect(r.diagnostics[0]?.message).toContain('--proxy http://x');
    });
    it('accepts --opt=value in 8.17', () => {
      expect(parseCurlCommand('curl --proxy=http://x u', { curlVersion: '8.23.0' }).request.proxy?.value).toBe('http://x');
    });
    it('suggests the closest real option', () => {
      const r = parseCurlCommand('curl --proxy-usr a:b u', { curlVersion: '8.23.0' });
      expect(r.diagnostics[0]).toMatchObject({ code: 'unknown-option', start: 5, end: 16 });
      expect(r.diagnostics[0]?.message).toContain('did you mean --proxy-user?');
    });
  });
  describe('with shell context', () => {
    it('collects env from prefixes and exports', () => {
      const r = parseCurlCommand('export NO_PROXY=.corp\nhttps_proxy=http://p:3128 curl https://e/', { env: { HOME: '/h' } });
      expect(r.request.env).toEqual({ HOME: '/h', NO_PROXY: '.corp', https_proxy: 'http://p:3128' });
    });
    it('reports a missing URL like curl', () => {
      expect(parseCurlCommand('curl -v').request.usageError?.lines[0]).toBe('curl: no URL specified!');
    });
    it('reports text without curl', () => {
      expect(parseCurlCommand('wget x').found).toBe(false);
    });
    it('reads the request-shaping options', () => {
      const r = parseCurlCommand(
        `curl -X PUT -H 'A: b' -d x=1 --data-raw @y -F f=1 -I -i -s -S -f -L -o out -w '%{http_code}' --suppress-connect-headers --http1.0 -A ua -e ref -b c=1 --proxy-header 'P: 1' --noproxy '*' -p --proxy-insecure u`,
      ).request;
      expect(r).toMatchObject({
        method: 'PUT',
        headers: ['A: b'],
        data: [
          { kind: 'data', value: 'x=1' },
          { kind: 'data-raw', value: '@y' },
        ],
        form: ['f=1'],
        head: true,
        include: true,
        silent: true,
        showError: true,
        fail: true,
        location: true,
        output: 'out',
        writeOut: '%{http_code}',
        suppressConnectHeaders: true,
        httpVersion: '1.0',
        userAgent: 'ua',
        referer: 'ref',
        cookie: 'c=1',
        proxyHeaders: ['P: 1'],
        noproxy: '*',
        proxyTunnel: true,
        proxyInsecure: true,
      });
    });
  });
  describe('the option table', () => {
    it('has unique long and short names', () => {
      expect(new Set(CURL_OPTIONS.map((o) => o.long)).size).toBe(CURL_OPTIONS.length);
      const shorts = CURL_OPTIONS.flatMap((o) => (o.short ? [o.short] : []));
      expect(new Set(shorts).size).toBe(shorts.length);
    });
    it('computes edit distances', () => {
      expect(editDistance('proxyy', 'proxy')).toBe(1);
      expect(editDistance('', 'abc')).toBe(3);
    });
  });
  describe('properties', () => {
    it('never throws and keeps diagnostics inside the input', () => {
      fc.assert(
        fc.property(fc.string(), fc.string(), (a, b) => {
          const s = `curl ${a} ${b}`;
          const r = parseCurlCommand(s);
          for (const d of r.diagnostics) {
            expect(d.start).toBeGreaterThanOrEqual(0);
            expect(d.end).toBeLessThanOrEqual(s.length);
          }
        }),
        { numRuns: 1000 },
      );
    });
    it('handles a 1 MB command', () => {
      const s = 'curl ' + '-v --proxyx '.repeat(90_000);
      expect(parseCurlCommand(s).found).toBe(true);
    });
  });
});

describe('OptionName', () => {
  it('is the union of the long names in the table, so a misspelt name fails the type check', () => {
    const good: OptionName = 'proxy-user';
    // @ts-expect-error 'proxy-usr' is not an option curl has
    const bad: OptionName = 'proxy-usr';
    expect(CURL_OPTIONS.some((o) => o.long === good)).toBe(true);
    expect(CURL_OPTIONS.some((o) => o.long === bad)).toBe(false);
  });
});
