import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateCurl } from '../../../src/lib/curl/simulate';
import { PROFILES } from '../../../src/lib/curl/profiles';

const net = { proxies: { 'proxy.example:3128': { schemes: ['Basic', 'Digest'] as ('Basic' | 'Digest')[], realm: 'Squid proxy' } } };
const sim = (command: string, extra: Partial<Parameters<typeof simulateCurl>[0]> = {}) => simulateCurl({ command, network: net, ...extra });
const stderr = (r: ReturnType<typeof simulateCurl>) => r.lines.filter((l) => l.stream === 'stderr').map((l) => l.text);

describe('simulateCurl', () => {
  describe('with a plain http:// URL through a Basic proxy and no credentials', () => {
    const r = sim('curl -v -x http://proxy.example:3128 http://example.com/');
    it('sends an absolute-form request with Proxy-Connection', () => {
      expect(stderr(r).slice(0, 8)).toEqual([
        '*   Trying 203.0.113.77:3128...',
        '* Connected to proxy.example (203.0.113.77) port 3128 (#0)',
        '> GET http://example.com/ HTTP/1.1',
        '> Host: example.com',
        '> User-Agent: curl/7.88.1',
        '> Accept: */*',
        '> Proxy-Connection: Keep-Alive',
        '> ',
      ]);
    });
    it('shows the 407 and its body, and exits 0', () => {
      expect(r.exitCode).toBe(0);
      expect(stderr(r)).toContain('< HTTP/1.1 407 Proxy Authentication Required');
      expect(r.lines.some((l) => l.stream === 'stdout' && l.text.includes('407 Proxy Authentication Required'))).toBe(true);
      expect(r.lines.at(-1)?.text).toBe('* Connection #0 to host proxy.example left intact');
    });
    it('exits 22 with -f', () => {
      const f = sim('curl -v -f -x http://proxy.example:3128 http://example.com/');
      expect([f.exitCode, f.lines.at(-1)?.text]).toEqual([22, 'curl: (22) The requested URL returned error: 407']);
    });
  });
  describe('with an https:// URL', () => {
    const r = sim('curl -v -x http://proxy.example:3128 https://example.com/');
    it('sends CONNECT without Accept and fails with 56', () => {
      expect(stderr(r).slice(2, 9)).toEqual([
        '* allocate connect buffer',
        '* Establish HTTP proxy tunnel to example.com:443',
        '> CONNECT example.com:443 HTTP/1.1',
        '> Host: example.com:443',
        '> User-Agent: curl/7.88.1',
        '> Proxy-Connection: Keep-Alive',
        '> ',
      ]);
      expect(stderr(r).slice(-4)).toEqual([
        '* Ignore 182 bytes of response-body',
        '* CONNECT tunnel failed, response 407',
        '* Closing connection 0',
        'curl: (56) CONNECT tunnel failed, response 407',
      ]);
      expect(r.exitCode).toBe(56);
    });
    it('exits 7 in the 8.20 profile and uses 8.x wording', () => {
      const n = sim('curl -v -x http://proxy.example:3128 https://example.com/', { curlVersion: '8.20.0' });
      expect(n.exitCode).toBe(7);
      expect(stderr(n)).toContain('* closing connection #0');
      expect(PROFILES['8.14.1'].connectFailedExit).toBe(56);
    });
    it('tunnels with preemptive Basic and sends the inner request in origin form', () => {
      const ok = sim('curl -v -U alice:secret -x http://proxy.example:3128 https://example.com/');
      expect(ok.exitCode).toBe(0);
      const lines = stderr(ok);
      expect(lines).toContain('> Proxy-Authorization: Basic YWxpY2U6c2VjcmV0');
      expect(lines).toContain('* CONNECT tunnel established, response 200');
      const get = lines.indexOf('> GET / HTTP/1.1');
      expect(lines.slice(get, get + 5)).toEqual([
        '> GET / HTTP/1.1',
        '> Host: example.com',
        '> User-Agent: curl/7.88.1',
        '> Accept: */*',
        '> ',
      ]);
    });
    it('prints CONNECT headers with -i unless --suppress-connect-headers', () => {
      const out = (c: string) =>
        sim(c)
          .lines.filter((l) => l.stream === 'stdout')
          .map((l) => l.text);
      expect(out('curl -i -U alice:secret -x proxy.example:3128 https://example.com/').slice(0, 3)).toEqual([
        'HTTP/1.1 200 Connection established',
        '',
        'HTTP/1.1 200 OK',
      ]);
      expect(out('curl -i --suppress-connect-headers -U alice:secret -x proxy.example:3128 https://example.com/')[0]).toBe(
        'HTTP/1.1 200 OK',
      );
    });
    it('writes -w values: no http_code, the CONNECT code', () => {
      const w = sim("curl -s -x proxy.example:3128 https://example.com/ -w '%{http_code} %{http_connect}\\n'");
      expect(w.transcript).toBe('000 407\n');
    });
  });
  describe('with wrong credentials', () => {
    it('reports the authentication problem before the Basic challenge and stops', () => {
      const r = sim('curl -v -U alice:wrong -x http://proxy.example:3128 http://example.com/ -o /dev/null');
      const lines = stderr(r);
      const i = lines.indexOf('* Authentication problem. Ignoring this.');
      expect(lines[i + 1]).toBe('< Proxy-Authenticate: Basic realm="Squid proxy"');
      expect(r.exitCode).toBe(0);
    });
  });
  describe('with Digest', () => {
    it('answers the challenge on the same connection with a real Digest response', () => {
      const r = sim('curl -v --proxy-digest -U alice:secret -x http://proxy.example:3128 http://example.com/', { seed: 7 });
      const auth = stderr(r).find((l) => l.startsWith('> Proxy-Authorization: Digest'))!;
      expect(auth).toMatch(
        /^> Proxy-Authorization: Digest username="alice", realm="Squid proxy", nonce="[0-9a-f]{32}", uri="\/", cnonce="[A-Za-z0-9+/=]{44}", nc=00000001, qop=auth, response="[0-9a-f]{32}"$/,
      );
      expect(stderr(r)).toContain('* Re-using existing connection #0 with proxy proxy.example');
      expect(r.exitCode).toBe(0);
      expect(sim('curl -v --proxy-digest -U alice:secret -x http://proxy.example:3128 http://example.com/', { seed: 7 }).transcript).toBe(
        r.transcript,
      );
    });
    it("--proxy-anyauth picks Digest over NTLM, as curl's pickoneauth does (lib/http.c)", () => {
      const network = {
        proxies: {
          'proxy.example:3128': { schemes: ['NTLM', 'Digest', 'Basic'] as const, accounts: [{ user: 'alice', password: 'secret' }] },
        },
      };
      const r = simulateCurl({
        command: 'curl -v --proxy-anyauth -U alice:secret -x http://proxy.example:3128 http://example.com/',
        network: network as never,
      });
      expect(stderr(r).filter((l) => l.startsWith('* Proxy auth using'))).toEqual(["* Proxy auth using Digest with user 'alice'"]);
    });
    it('--proxy-anyauth picks Digest over Basic', () => {
      const r = sim('curl -v --proxy-anyauth -U alice:secret -x http://proxy.example:3128 http://example.com/');
      expect(stderr(r).filter((l) => l.startsWith('* Proxy auth using'))).toEqual(["* Proxy auth using Digest with user 'alice'"]);
    });
  });
  describe('with NTLM', () => {
    it('runs the three-message handshake on one connection', () => {
      const r = simulateCurl({
        command: 'curl -v --proxy-ntlm -U alice:secret -x http://p:8080 http://example.com/',
        network: { proxies: { 'p:8080': { schemes: ['NTLM'] } } },
      });
      const auths = stderr(r).filter((l) => l.startsWith('> Proxy-Authorization'));
      expect(auths[0]).toBe('> Proxy-Authorization: NTLM TlRMTVNTUAABAAAABoIIAAAAAAAAAAAAAAAAAAAAAAA=');
      expect(auths[1]).toMatch(/^> Proxy-Authorization: NTLM TlRMTVNTUAADAAAA/);
      expect(stderr(r).some((l) => l.startsWith('< Proxy-Authenticate: NTLM TlRMTVNTUAACAAAA'))).toBe(true);
      expect(r.exitCode).toBe(0);
    });
  });
  describe('with errors', () => {
    it('refused proxy: 7', () => {
      const r = simulateCurl({
        command: 'curl -v -x http://127.0.0.1:1 http://e/',
        network: { proxies: { '127.0.0.1:1': { listening: false } } },
      });
      expect([r.exitCode, r.lines.at(-1)?.text]).toEqual([
        7,
        "curl: (7) Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server",
      ]);
    });
    it('unresolvable proxy: 5 (7.88.1 says it twice, as observed in tests/interop)', () => {
      const r = simulateCurl({ command: 'curl -v -x http://proxy.invalid:3128 http://e/' });
      expect(stderr(r)).toEqual([
        '* Could not resolve proxy: proxy.invalid',
        "* Couldn't resolve proxy 'proxy.invalid'",
        '* Closing connection 0',
        'curl: (5) Could not resolve proxy: proxy.invalid',
      ]);
    });
    it('TLS to a plain proxy: 35', () => {
      expect(simulateCurl({ command: 'curl -x https://p:3128 http://e/' }).exitCode).toBe(35);
    });
    it('untrusted certificate: 60', () => {
      const r = simulateCurl({
        command: 'curl -U alice:secret -x p:3128 https://self.test/',
        network: { origins: { 'self.test:443': { tls: 'self-signed' } } },
      });
      expect([r.exitCode, r.lines.find((l) => l.kind === 'error')?.text]).toEqual([
        60,
        'curl: (60) SSL certificate problem: self-signed certificate',
      ]);
    });
    it('unsupported proxy scheme: 7', () => {
      expect(simulateCurl({ command: 'curl -v -x foo://p:1 http://e/' }).transcript).toBe(
        "* Unsupported proxy scheme for 'foo://p:1'\n* Closing connection -1\ncurl: (7) Unsupported proxy scheme for 'foo://p:1'\n",
      );
    });
    it('usage errors: 2', () => {
      expect(simulateCurl({ command: 'curl --proxy=http://p:1 http://e/' }).exitCode).toBe(2);
    });
  });
  describe('with the environment', () => {
    it('uses https_proxy and NO_PROXY as curl does', () => {
      const r = simulateCurl({ command: 'curl -v https://e.example/', env: { HTTPS_PROXY: 'http://p:3128' } });
      expect(stderr(r)[0]).toBe("* Uses proxy env variable HTTPS_PROXY == 'http://p:3128'");
      const d = simulateCurl({ command: 'NO_PROXY=.example curl -v https://e.example/', env: { HTTPS_PROXY: 'http://p:3128' } });
      expect(stderr(d)[0]).toBe("* Uses proxy env variable NO_PROXY == '.example'");
      expect(d.proxy?.kind).toBe('direct');
    });
  });
  describe('properties', () => {
    it('never throws and keeps diagnostics inside the input', () => {
      fc.assert(
        fc.property(fc.string(), (s) => {
          const command = `curl ${s}`;
          const r = simulateCurl({ command });
          for (const d of r.diagnostics) {
            expect(d.start).toBeGreaterThanOrEqual(0);
            expect(d.end).toBeLessThanOrEqual(command.length);
          }
          expect(r.diagnostics.some((d) => d.code === 'simulation-failed')).toBe(false);
        }),
        { numRuns: 500 },
      );
    });
    it('handles a 1 MB command', () => {
      const r = simulateCurl({ command: 'curl -x p:1 http://e/ ' + '-H "X: y" '.repeat(100_000) });
      expect(r.exitCode).toBe(0);
    });
  });
});

describe('with an unencoded @ in the proxy password', () => {
  it('fails like curl 7.88.1: the host would contain an @, exit 5', () => {
    const r = simulateCurl({ command: "curl -v -x 'http://alice:p@ss@proxy.example.com:3128' http://example.com/" });
    expect(r.exitCode).toBe(5);
    expect(r.transcript).toContain("curl: (5) Unsupported proxy syntax in 'http://alice:p@ss@proxy.example.com:3128'");
  });
  describe('the two defects fixed against the real binaries (tests/interop)', () => {
    it('--proxy1.0 makes only the CONNECT line HTTP/1.0; a GET through the proxy stays HTTP/1.1', () => {
      const get = stderr(sim('curl -v -U alice:secret --proxy1.0 proxy.example:3128 http://example.com/'));
      expect(get).toContain('> GET http://example.com/ HTTP/1.1');
      const connect = stderr(sim('curl -v -U alice:secret --proxy1.0 proxy.example:3128 https://example.com/'));
      expect(connect).toContain('> CONNECT example.com:443 HTTP/1.0');
      expect(connect).toContain('> GET / HTTP/1.1');
    });
    it('a refused origin port behind CONNECT: Squid answers 503 and the tunnel fails (56, then 7 from 8.20.0)', () => {
      const network = { ...net, origins: { 'example.com:8443': { reachable: false } } };
      const cmd = 'curl -v -U alice:secret -x http://proxy.example:3128 https://example.com:8443/';
      const old = sim(cmd, { network: { ...network, proxies: { 'proxy.example:3128': { connectPorts: [8443] } } } });
      expect(stderr(old)).toContain('< HTTP/1.1 503 Service Unavailable');
      expect(stderr(old)).toContain('< X-Squid-Error: ERR_CONNECT_FAIL 111');
      expect([old.exitCode, old.lines.at(-1)?.text]).toEqual([56, 'curl: (56) CONNECT tunnel failed, response 503']);
      const now = sim(cmd, { network: { ...network, proxies: { 'proxy.example:3128': { connectPorts: [8443] } } }, curlVersion: '8.23.0' });
      expect(now.exitCode).toBe(7);
      expect(stderr(now).some((l) => l.startsWith('* Established connection'))).toBe(false);
    });
  });
  describe('version boundaries', () => {
    it('an IPv6 range in NO_PROXY bypasses the proxy from 8.18.0 on only', () => {
      const env = { http_proxy: 'http://proxy.example:3128', NO_PROXY: 'fd00::/8' };
      const direct = (v: string) => sim('curl -v http://[fd00::1]/', { env, curlVersion: v }).proxy?.kind;
      expect(['7.88.1', '8.14.1', '8.20.0', '8.23.0'].map(direct)).toEqual(['proxy', 'proxy', 'direct', 'direct']);
    });
    it('curl without NTLM (8.20.0 on) refuses --proxy-ntlm and --ntlm with exit 2', () => {
      for (const opt of ['--proxy-ntlm', '--ntlm']) {
        const r = sim(`curl -v ${opt} -U a:b -x http://proxy.example:3128 http://example.com/`, { curlVersion: '8.23.0' });
        expect(r.exitCode).toBe(2);
        expect(stderr(r)[0]).toBe(`curl: option ${opt}: the installed libcurl version does not support this`);
      }
      expect(sim('curl --proxy-ntlm -U a:b -x http://proxy.example:3128 http://example.com/', { curlVersion: '8.14.1' }).exitCode).toBe(0);
    });
    it('--proxy-anyauth never picks NTLM in a build without it', () => {
      const network = { proxies: { 'p:3128': { schemes: ['NTLM', 'Basic'] as ('NTLM' | 'Basic')[] } } };
      const cmd = 'curl -v --proxy-anyauth -U alice:secret -x http://p:3128 https://example.com/';
      expect(stderr(sim(cmd, { network, curlVersion: '8.23.0' }))).toContain("* Proxy auth using Basic with user 'alice'");
      expect(stderr(sim(cmd, { network, curlVersion: '8.14.1' }))).toContain("* Proxy auth using NTLM with user 'alice'");
    });
  });
});
