import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/lib/errors/catalogue';
import { buildIndex, matchMessage } from '../../../src/lib/errors/matcher';
import { exampleText } from '../../../src/lib/errors/pattern';

const index = buildIndex(CATALOGUE);
const top = (input: string): string | undefined => matchMessage(index, input)[0]?.entry.id;

describe('matchMessage', () => {
  it('finds every catalogued message from its own example text', () => {
    for (const entry of CATALOGUE) {
      const found = matchMessage(index, exampleText(entry.message), 10).filter((m) => m.kind === 'exact');
      expect(
        found.some((m) => m.entry.page === entry.page),
        entry.id,
      ).toBe(true);
    }
  });

  describe('with the reader’s own hosts, URLs and ports', () => {
    it('still matches exactly', () => {
      expect(matchMessage(index, 'curl: (5) Could not resolve proxy: squid.intra.acme.net')[0]).toMatchObject({
        kind: 'exact',
        entry: { id: 'curl-5-could-not-resolve-proxy' },
      });
      expect(top("fatal: unable to access 'https://gitlab.acme.io/team/app.git/': CONNECT tunnel failed, response 407")).toBe(
        'git-connect-tunnel-failed-407',
      );
      const npm = matchMessage(index, 'npm ERR! 407 Proxy Authentication Required - GET http://registry.acme.local/@scope%2fpkg');
      expect(npm[0]).toMatchObject({ kind: 'exact', entry: { page: '/errors/npm-e407/' } });
    });
  });

  describe('with log lines around the message', () => {
    it('finds it in the middle', () => {
      const log = `Cloning into 'app'...\n2026-01-01 12:00:00 ERROR 407: Proxy Authentication Required.\nexit 8`;
      expect(top(log)).toBe('wget-error-407');
    });
  });

  describe('with a message that contains a shorter, generic one', () => {
    it('does not take wget’s ERROR 407 line for the middle of .NET’s message', () => {
      const id = top('The remote server returned an error: (407) Proxy Authentication Required.');
      expect(id).not.toBe('wget-error-407');
      expect(id).toMatch(/remote-server-407$/);
    });

    it('still finds the generic line at the start of a line, after a timestamp', () => {
      expect(top('2026-11-29 09:14:02 ERROR 407: Proxy Authentication Required.')).toBe('wget-error-407');
    });
  });

  describe('with part of a message', () => {
    it('matches a run of specific words', () => {
      expect(matchMessage(index, 'Unable to tunnel through proxy')[0]).toMatchObject({
        kind: 'fragment',
        entry: { id: 'java-unable-to-tunnel-407' },
      });
      expect(top('CONNECT tunnel failed')).toBe('curl-56-connect-tunnel-failed-407');
    });

    it('needs two specific words to meet the pattern’s own words, not its slots', () => {
      // Regression: three words fell into the three slots of Docker's `lookup {host} on {ip}:{port}`.
      for (const q of ['503 Service Unavailable', '444 No Response', 'Proxy-Authenticate: NTLM', 'Socks5 Authentication failed']) {
        expect(
          matchMessage(index, q).filter((m) => m.kind === 'fragment'),
          q,
        ).toStrictEqual([]);
      }
    });

    it('takes a message quoted in stretches, with an older version’s or a proxy’s words between them', () => {
      // pip 9 (urllib3 1.2x, Python 2 socket.error), with Forefront TMG's reason phrase inside.
      const old =
        "Retrying (Retry(total=0, connect=None, read=None, redirect=None)) after connection broken by 'ProxyError('Cannot connect to proxy.', error('Tunnel connection failed: 407 Proxy Authentication Required ( Forefront TMG requires authorization to fulfill the request. )',))': /simple/numpy/";
      expect(matchMessage(index, old)[0]).toMatchObject({ kind: 'exact', entry: { id: 'pip-retrying-proxyerror-407' } });
      // The inner message alone stays itself.
      expect(top('Tunnel connection failed: 407 Proxy Authentication Required')).toBe('http-client-tunnel-connection-failed-407');
    });

    it('does not quote a message whose status code the reader’s text lacks', () => {
      const apt = 'W: Failed to fetch https://deb.example.org/dists/stretch/InRelease  Received HTTP code 403 from proxy after CONNECT';
      expect(top(apt)).toBe('apt-1-4-failed-to-fetch-connect');
      const quoted = matchMessage(index, apt, 10).filter((m) => m.kind !== 'partial');
      expect(quoted.map((m) => m.entry.id)).not.toContain('curl-56-received-http-code-407');
    });

    it('prefers the entry of the tool the reader names', () => {
      expect(top('git CONNECT tunnel failed, response 407')).toBe('git-connect-tunnel-failed-407');
    });

    it('picks the cause that shares the reader’s extra words', () => {
      const [m] = matchMessage(index, 'npm E407 NTLM proxy');
      expect(m?.cause.text).toContain('NTLM');
    });
  });

  describe('with generic words only', () => {
    it('leaves status lookups and header names to the page search', () => {
      expect(matchMessage(index, '407 Proxy Authentication Required')).toStrictEqual([]);
      expect(matchMessage(index, 'Proxy-Authenticate header')).toStrictEqual([]);
      expect(matchMessage(index, '')).toStrictEqual([]);
    });
  });

  describe('with any input', () => {
    it('never throws and returns at most the limit, best first', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 8 }), (text, limit) => {
          const found = matchMessage(index, text, limit);
          expect(found.length).toBeLessThanOrEqual(limit);
          for (let i = 1; i < found.length; i += 1) expect(found[i - 1]!.score).toBeGreaterThanOrEqual(found[i]!.score);
        }),
      );
    });

    it('finds a message inside a 1 MB paste, and completes on 1 MB of one repeated word', () => {
      const noise = 'DEBUG http.client send: b"GET / HTTP/1.1" to proxy 10.0.0.1:3128\n';
      const paste = noise.repeat(8000) + 'Proxy response (407) !== 200 when HTTP Tunneling\n' + noise.repeat(8000);
      expect(paste.length).toBeGreaterThan(1_000_000);
      expect(top(paste)).toBe('undici-proxy-response-407');
      expect(matchMessage(index, 'curl '.repeat(200_000))).toStrictEqual([]);
    });
  });
});
