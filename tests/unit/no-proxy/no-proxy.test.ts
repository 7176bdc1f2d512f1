import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NO_PROXY_TOOLS, testNoProxy, testNoProxyAll, type NoProxyTool } from '../../../src/lib/no-proxy';

const b = (tool: NoProxyTool, noProxy: string, url: string) => testNoProxy({ tool, noProxy, url }).bypass;
// Each row: [NO_PROXY, URL, expected per tool in NO_PROXY_TOOLS order:
//   curl, wget, python-requests, python-urllib, go, undici, npm, java, dotnet, ruby]
// The npm column follows @npmcli/agent v5.0.2 lib/proxy.js isNoProxy (trailing labels, entries not lowercased).
// The two Python columns were checked against requests 2.34.2 / CPython 3.11 on this machine.
const TABLE: [string, string, boolean[]][] = [
  ['example.com', 'http://www.example.com/', [true, true, true, true, true, true, true, true, false, true]],
  ['example.com', 'http://notexample.com/', [false, false, false, false, false, false, false, false, false, false]],
  ['.example.com', 'http://example.com/', [true, false, true, true, false, true, true, true, true, false]],
  ['.example.com', 'http://a.example.com/', [true, true, true, true, true, true, true, true, true, true]],
  ['*.example.com', 'http://a.example.com/', [false, false, false, false, true, true, false, true, false, false]],
  ['*.example.com', 'http://example.com/', [false, false, false, false, false, false, false, true, false, false]],
  ['*', 'http://x.org/', [true, false, true, true, true, true, false, true, false, false]],
  ['a.org,*', 'http://x.org/', [false, false, false, false, true, true, false, true, false, false]],
  ['10.0.0.0/8', 'http://10.1.2.3/', [true, false, true, false, true, false, false, true, false, true]],
  ['example.com:8080', 'http://example.com:8080/', [false, false, true, true, true, true, false, true, false, true]],
  ['example.com:8080', 'http://example.com/', [false, false, false, false, false, false, false, true, false, false]],
  ['example.com:443', 'https://example.com/', [false, false, false, false, true, true, false, true, false, true]],
  ['::1', 'http://[::1]:8080/', [true, true, true, false, true, true, false, true, false, true]],
  ['fe80::/10', 'http://[fe80::1]/', [true, false, false, false, true, false, false, false, false, false]],
  ['EXAMPLE.com', 'http://www.Example.COM/', [true, true, true, true, true, true, false, true, false, true]],
  ['localhost', 'http://localhost:3000/', [true, true, true, true, true, true, true, true, true, true]],
  ['', 'http://localhost:3000/', [false, false, false, false, true, false, false, false, false, true]],
];

describe('testNoProxy per tool', () => {
  for (const [noProxy, url, expected] of TABLE) {
    it(`${JSON.stringify(noProxy)} with ${url}`, () => {
      expect(NO_PROXY_TOOLS.map((r) => b(r.tool, noProxy, url))).toEqual(expected);
    });
  }
});

describe('which variable each tool reads', () => {
  it('wget ignores NO_PROXY', () => {
    const r = testNoProxy({ tool: 'wget', noProxy: '', url: 'http://a.example.com/', env: { NO_PROXY: 'example.com' } });
    expect(r.bypass).toBe(false);
    expect(r.reasons[0]).toContain('reads no_proxy only');
  });
  it('Go prefers NO_PROXY, curl prefers no_proxy', () => {
    const env = { NO_PROXY: 'example.com', no_proxy: 'other.test' };
    expect(testNoProxy({ tool: 'go', noProxy: '', url: 'http://example.com/', env })).toMatchObject({ bypass: true, variable: 'NO_PROXY' });
    expect(testNoProxy({ tool: 'curl', noProxy: '', url: 'http://example.com/', env })).toMatchObject({
      bypass: false,
      variable: 'no_proxy',
    });
  });
  it('an empty lowercase value hides the uppercase one in undici but not in requests', () => {
    const env = { no_proxy: '', NO_PROXY: 'example.com' };
    expect(testNoProxy({ tool: 'undici', noProxy: '', url: 'http://example.com/', env }).bypass).toBe(false);
    expect(testNoProxy({ tool: 'python-requests', noProxy: '', url: 'http://example.com/', env }).bypass).toBe(true);
  });
  it('Java converts NO_PROXY or reads a |-separated value as nonProxyHosts', () => {
    const conv = testNoProxy({ tool: 'java', noProxy: '.corp.example', url: 'http://a.corp.example/' });
    expect(conv.list).toBe('corp.example|*.corp.example');
    expect(conv.bypass).toBe(true);
    expect(testNoProxy({ tool: 'java', noProxy: '*.corp.example|localhost', url: 'http://corp.example/' }).bypass).toBe(false);
  });
});

describe('the matched entry', () => {
  it('points into the list the tool read', () => {
    const r = testNoProxy({ tool: 'curl', noProxy: 'a.test, .corp.example', url: 'https://x.corp.example/' });
    expect(r.matchedEntry).toEqual({ value: '.corp.example', start: 8, end: 21 });
    const g = testNoProxy({ tool: 'go', noProxy: 'a.test,  *.corp.example:443', url: 'https://x.corp.example/' });
    expect(g.matchedEntry).toEqual({ value: '*.corp.example:443', start: 9, end: 27 });
  });
  it('explains a loopback bypass without an entry', () => {
    const r = testNoProxy({ tool: 'go', noProxy: '', url: 'http://127.0.0.1:8080/' });
    expect(r.bypass).toBe(true);
    expect(r.matchedEntry).toBeUndefined();
    expect(r.reasons.join(' ')).toContain('loopback');
  });
});

describe('diagnostics', () => {
  it('locates a bad URL and suspicious entries', () => {
    expect(
      testNoProxy({ tool: 'curl', noProxy: 'http://a.test, a*b', url: 'http://exa mple.com/' }).diagnostics.map((d) => [
        d.code,
        d.start,
        d.end,
      ]),
    ).toEqual([
      ['bad-url', 0, 20],
      ['scheme-in-entry', 0, 13],
      ['inner-wildcard', 15, 18],
    ]);
  });
  it('reads a bare host as http://', () => {
    expect(testNoProxy({ tool: 'curl', noProxy: 'example.com', url: 'example.com' })).toMatchObject({ bypass: true });
  });
});

describe('totality', () => {
  it('answers for any strings, every tool', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 60 }),
        fc.option(fc.record({ no_proxy: fc.string(), NO_PROXY: fc.string() }, { requiredKeys: [] }), { nil: undefined }),
        (noProxy, url, env) => {
          for (const r of testNoProxyAll(env ? { noProxy, url, env } : { noProxy, url })) {
            expect(typeof r.bypass).toBe('boolean');
            expect(r.reasons.length).toBeGreaterThan(0);
            if (r.matchedEntry) expect(r.list.slice(r.matchedEntry.start, r.matchedEntry.end)).toBe(r.matchedEntry.value);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
  it('answers with hostile lists of URL-ish pieces', () => {
    const piece = fc.constantFrom('.', '*', ',', ' ', ':', '[', ']', '/', '8', 'a', '::1', '10.0.0.0/8', 'example.com', '|');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((a) => a.join('')),
        fc.constantFrom('http://a.example.com:8080/', 'https://[::1]/', 'http://10.1.2.3/', 'localhost'),
        (noProxy, url) => {
          expect(testNoProxyAll({ noProxy, url })).toHaveLength(NO_PROXY_TOOLS.length);
        },
      ),
      { numRuns: 400 },
    );
  });
  it('handles a 1 MB list', () => {
    const big = 'a.example,'.repeat(100_000);
    const r = testNoProxyAll({ noProxy: big, url: 'http://b.example/' });
    expect(r.every((x) => x.bypass === false || x.tool === 'go' || x.tool === 'ruby')).toBe(true);
    expect(r[0]!.diagnostics.some((d) => d.code === 'long-list')).toBe(true);
  });
});

describe('rules as data', () => {
  it('names a source for every tool', () => {
    for (const r of NO_PROXY_TOOLS) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });
});
