import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runSimulation } from '../../../src/widgets/curl-simulator/run';
import { fixSuggestions } from '../../../src/widgets/curl-simulator/fix-suggestions';
import { insertAfterCurl, percentEncodedProxy } from '../../../src/lib/curl/command-edits';
import { redactCommand, redactEnvLines } from '../../../src/widgets/curl-simulator/redact';
import { maskUrlPassword } from '../../../src/lib/curl/secrets';
import { quoteBash as shellQuote } from '../../../src/lib/snippets/quote';
import { parseEnvLines } from '../../../src/widgets/curl-simulator/env-lines';
import { exitMeaning } from '../../../src/widgets/curl-simulator/exit-codes';
import {
  DEFAULT_STATE,
  PRESETS,
  SEED_HTTP,
  SEED_HTTPS,
  applyPreset,
  shareToState,
  stateToShare,
  type SimulatorState,
} from '../../../src/widgets/curl-simulator/state';

const run = (patch: Partial<SimulatorState>) => runSimulation({ ...DEFAULT_STATE, ...patch });
const ids = (patch: Partial<SimulatorState>) => run(patch).fixes.map((f) => f.id);
const fix = (patch: Partial<SimulatorState>, id: string) => run(patch).fixes.find((f) => f.id === id);

describe('runSimulation', () => {
  describe('with the https seed command and 7.88.1', () => {
    const o = run({ command: SEED_HTTPS });
    it('fails the CONNECT with 56 and says why', () => {
      expect(o.transcript).toContain('> CONNECT example.com:443 HTTP/1.1\n');
      expect(o.transcript).toContain('< HTTP/1.1 407 Proxy Authentication Required\n');
      expect(o.transcript.endsWith('curl: (56) CONNECT tunnel failed, response 407\n')).toBe(true);
      expect(o.exit).toEqual({
        code: 56,
        name: 'CURLE_RECV_ERROR',
        meaning: 'the proxy refused the CONNECT: it wants credentials (407)',
        ok: false,
      });
    });
    it('suggests -U with a runnable fixed command', () => {
      expect(fix({ command: SEED_HTTPS }, 'add-proxy-user')?.command).toBe(
        'curl -U alice -v -x http://proxy.example.com:3128 https://example.com/',
      );
    });
    it('exits 7 with the 8.20.0 profile', () => {
      const n = run({ command: SEED_HTTPS, version: '8.20.0' });
      expect(n.exit.code).toBe(7);
      expect(n.exit.meaning).toContain('refused the CONNECT');
    });
  });
  describe('with the http seed command', () => {
    it('exits 0 with the 407 and suggests -U and -f', () => {
      const o = run({ command: SEED_HTTP });
      expect([o.exit.code, o.exit.ok]).toEqual([0, false]);
      expect(o.exit.meaning).toContain("proxy's 407");
      expect(o.fixes.map((f) => f.id)).toEqual(['add-proxy-user', 'fail-on-407']);
    });
  });
  it('succeeds with the accepted account', () => {
    const o = run({ command: 'curl -v -U alice:s3cret -x http://proxy.example.com:3128 https://example.com/' });
    expect([o.exit.code, o.exit.ok, o.fixes]).toEqual([0, true, []]);
    expect(o.transcript).toContain('< HTTP/1.1 200 OK');
  });
  it('applies the simulated proxy to a proxy from the environment', () => {
    const o = run({ command: 'curl -v https://example.com/', env: 'https_proxy=http://proxy.example.com:3128' });
    expect(o.exit.code).toBe(56);
  });
  it('models a refusing and an unresolvable proxy', () => {
    expect(run({ reach: 'refusing' }).exit.code).toBe(7);
    expect(run({ reach: 'unresolvable' }).exit.code).toBe(5);
    expect(ids({ reach: 'unresolvable' })).toContain('proxy-unresolvable');
    expect(ids({ reach: 'refusing' })).toContain('proxy-refused');
  });
  it('reports environment problems with offsets', () => {
    expect(run({ env: 'ok=1\nnot a line' }).envDiagnostics).toEqual([
      { severity: 'warning', code: 'env-no-equals', message: 'Expected NAME=value on this line', start: 5, end: 15 },
    ]);
  });
  it('every preset runs and gives an exit code with a meaning', () => {
    for (const p of PRESETS) {
      const o = runSimulation(applyPreset(p, '7.88.1'));
      expect(o.exit.meaning, p.id).not.toBe('');
      expect(
        o.diagnostics.filter((d) => d.severity === 'error'),
        p.id,
      ).toEqual([]);
    }
  });
  it('never throws on arbitrary commands and env', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (c, e) => {
        const o = run({ command: `curl ${c}`, env: e });
        expect(typeof o.summary).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('fixSuggestions', () => {
  describe('with -u instead of -U', () => {
    it('swaps the option', () => {
      expect(
        fix({ command: 'curl -v -u alice:s3cret -x http://proxy.example.com:3128 https://example.com/' }, 'user-vs-proxy-user')?.command,
      ).toBe('curl -v -U alice:s3cret -x http://proxy.example.com:3128 https://example.com/');
      expect(
        fix({ command: 'curl --user alice:s3cret -x proxy.example.com:3128 https://example.com/' }, 'user-vs-proxy-user')?.command,
      ).toBe('curl --proxy-user alice:s3cret -x proxy.example.com:3128 https://example.com/');
    });
  });
  describe('with a scheme the proxy does not offer', () => {
    it('suggests --proxy-ntlm and --proxy-anyauth for an NTLM proxy', () => {
      const o = run({ command: 'curl -v -U alice:s3cret -x http://proxy.example.com:3128 https://example.com/', schemes: ['NTLM'] });
      expect(o.fixes.map((f) => [f.id, f.command])).toEqual([
        ['use-proxy-ntlm', 'curl --proxy-ntlm -v -U alice:s3cret -x http://proxy.example.com:3128 https://example.com/'],
        ['use-proxy-anyauth', 'curl --proxy-anyauth -v -U alice:s3cret -x http://proxy.example.com:3128 https://example.com/'],
      ]);
      expect(runSimulation({ ...DEFAULT_STATE, command: o.fixes[0]!.command!, schemes: ['NTLM'] }).exit.code).toBe(0);
    });
    it('tells a command that asks for a scheme the proxy lacks to change the proxy setting, not the scheme', () => {
      const asked = ids({
        command: 'curl --proxy-basic -U alice:s3cret -x proxy.example.com:3128 http://example.com/',
        schemes: ['Digest'],
      });
      expect(asked).toContain('proxy-lacks-scheme');
      expect(asked).not.toContain('use-proxy-digest');
      const ntlm = run({ command: "curl -v --proxy-ntlm -U 'DOMAIN\\alice:pw' -x proxy.example.com:3128 https://example.com/" });
      expect(ntlm.fixes.map((f) => f.id)).toEqual(['proxy-lacks-scheme']);
      expect(ntlm.fixes.some((f) => (f.command ?? '').includes('--proxy-basic'))).toBe(false);
    });
  });
  describe('with a wrong password', () => {
    it('says the proxy rejected the credentials', () => {
      const wrong = { command: 'curl -v -U alice:wrong -x http://proxy.example.com:3128 https://example.com/' };
      expect(ids({ ...wrong, user: 'alice', password: 's3cret' })).toEqual(['check-credentials']);
      // By default the simulated proxy accepts the credentials the command carries.
      expect(run(wrong).exit.code).toBe(0);
      expect(run({ command: 'curl -v -U alice -x http://proxy.example.com:3128 https://example.com/' }).exit.code).toBe(0);
    });
  });
  describe('with an @ in the password of the proxy URL', () => {
    it('offers the percent-encoded proxy URL', () => {
      const f = fix(
        { command: 'curl -v -x http://alice:p@ss@proxy.example.com:3128 https://example.com/', password: 'p@ss' },
        'percent-encode-userinfo',
      );
      expect(f?.command).toBe('curl -v -x http://alice:p%40ss@proxy.example.com:3128 https://example.com/');
    });
    it('encodes user and password', () => {
      // user up to the first ":", password up to the last "@": what the writer meant
      expect(percentEncodedProxy('http://a@corp:p@ss@p:1')?.value).toBe('http://a%40corp:p%40ss@p:1');
      expect(percentEncodedProxy('http://alice:pw@p:1')).toBeUndefined();
    });
    it('fixes the environment variable when the proxy came from there', () => {
      const f = fix(
        { command: 'curl -v https://example.com/', env: 'https_proxy=http://alice:p@ss@proxy.example.com:3128', password: 'nope' },
        'percent-encode-userinfo',
      );
      expect(f?.env).toBe('https_proxy=http://alice:p%40ss@proxy.example.com:3128');
    });
  });
  describe('with the environment', () => {
    it('suggests lowercase http_proxy when only HTTP_PROXY is set', () => {
      expect(
        fix({ command: 'curl -v http://example.com/', env: 'HTTP_PROXY=http://proxy.example.com:3128' }, 'lowercase-http-proxy')?.env,
      ).toBe('http_proxy=http://proxy.example.com:3128');
    });
    it('suggests https_proxy when only http_proxy is set for an https URL', () => {
      expect(fix({ command: 'curl https://example.com/', env: 'http_proxy=http://p:3128' }, 'https-proxy-variable')?.env).toBe(
        'https_proxy=http://p:3128',
      );
    });
    it('explains a NO_PROXY match', () => {
      const f = fix(
        { command: 'curl -v -x http://proxy.example.com:3128 https://wiki.corp.example/', env: 'NO_PROXY=.corp.example' },
        'no-proxy-matched',
      );
      expect(f?.title).toBe('NO_PROXY matched wiki.corp.example: no proxy was used');
      expect(f?.command).toBe("curl --noproxy '' -v -x http://proxy.example.com:3128 https://wiki.corp.example/");
    });
  });
  describe('with connection and TLS errors', () => {
    it('points at the default port 1080', () => {
      const f = fix({ command: 'curl -x proxy.example.com https://example.com/', reach: 'refusing' }, 'proxy-refused');
      expect(f?.detail).toContain('1080');
      expect(f?.command).toBe('curl -x http://proxy.example.com:3128 https://example.com/');
    });
    it('suggests -k for a self-signed origin, and a CA first', () => {
      const f = fix(
        { command: 'curl -U alice:s3cret -x proxy.example.com:3128 https://example.com/', originTls: 'self-signed' },
        'untrusted-certificate',
      );
      expect(f?.command).toBe('curl -k -U alice:s3cret -x proxy.example.com:3128 https://example.com/');
      expect(f?.detail).toContain('--cacert');
    });
    it('suggests http:// for a TLS handshake with a plain proxy', () => {
      expect(fix({ command: 'curl -v -x https://proxy.example.com:3128 https://example.com/' }, 'proxy-scheme-http')?.command).toBe(
        'curl -v -x http://proxy.example.com:3128 https://example.com/',
      );
    });
    it('tells a proxy string it cannot read from an unresolvable name', () => {
      expect(ids({ command: 'curl -v http://example.com/', env: 'http_proxy=javascript:alert(1)' })).toEqual(['proxy-syntax']);
      expect(fix({ command: 'curl -v http://example.com/', env: 'http_proxy=javascript:alert(1)' }, 'proxy-syntax')?.detail).toContain(
        "Unsupported proxy syntax in 'javascript:alert(1)' (from http_proxy)",
      );
    });
    it('suggests -v when a quiet command fails', () => {
      expect(ids({ command: 'curl -x proxy.example.com:3128 https://example.com/' })).toEqual(['add-proxy-user', 'add-verbose']);
    });
  });
  it('asks for a curl command when there is none', () => {
    expect(ids({ command: 'wget http://example.com/' })).toEqual(['no-curl']);
  });
  it('inserts after the curl word, keeping prefixes', () => {
    expect(insertAfterCurl('https_proxy=http://p:1 curl https://e/', '-v')).toBe('https_proxy=http://p:1 curl -v https://e/');
    expect(insertAfterCurl('no command', '-v')).toBe('no command');
  });
  it('is pure: same result, same suggestions', () => {
    const o = run({ command: SEED_HTTPS });
    expect(fixSuggestions(o.result, { command: SEED_HTTPS })).toEqual(fixSuggestions(o.result, { command: SEED_HTTPS }));
  });
});

describe('redactCommand', () => {
  it('masks -U, -u and attached values', () => {
    expect(redactCommand('curl -U alice:s3cret -x p:1 https://e/')).toBe('curl -U alice:withheld -x p:1 https://e/');
    expect(redactCommand('curl -Ualice:s3cret https://e/')).toBe('curl -Ualice:withheld https://e/');
    expect(redactCommand('curl -vU alice:s3cret https://e/')).toBe('curl -vU alice:withheld https://e/');
    expect(redactCommand('curl --user "bob:a b" https://e/')).toBe('curl --user bob:withheld https://e/');
    expect(redactCommand('curl -U alice https://e/')).toBe('curl -U alice https://e/');
  });
  it('masks userinfo passwords in URLs, prefixes and headers', () => {
    expect(redactCommand('curl -x http://alice:p@ss@proxy:3128 https://e/')).toBe('curl -x http://alice:withheld@proxy:3128 https://e/');
    expect(redactCommand('https_proxy=http://a:b@p:1 curl https://e/')).toBe('https_proxy=http://a:withheld@p:1 curl https://e/');
    expect(redactCommand('curl -H "Proxy-Authorization: Basic YWxpY2U6czNjcmV0" -x p:1 http://e/')).toBe(
      "curl -H 'Proxy-Authorization: withheld' -x p:1 http://e/",
    );
    expect(redactCommand('curl -x alice:pw@proxy:3128 http://e/')).toBe('curl -x alice:withheld@proxy:3128 http://e/');
  });
  it('keeps commands without secrets as typed', () => {
    expect(redactCommand(SEED_HTTPS)).toBe(SEED_HTTPS);
  });
  it('never lets a password through (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{6,12}$/), (pw) => {
        const secret = `Zq${pw}`;
        for (const c of [
          `curl -U alice:${secret} http://e/`,
          `curl -x http://alice:${secret}@p:1 http://e/`,
          `curl -u 'bob:${secret}' http://e/`,
          `https_proxy=http://a:${secret}@p:1 curl http://e/`,
        ]) {
          expect(redactCommand(c)).not.toContain(secret);
        }
      }),
    );
  });
});

describe('redactEnvLines', () => {
  it('masks proxy URL passwords and password-like variables', () => {
    expect(redactEnvLines('https_proxy=http://alice:s3cret@p:3128\nNO_PROXY=.corp\nPROXY_PASSWORD=x\nall_proxy=bob:pw@p:1')).toBe(
      'https_proxy=http://alice:withheld@p:3128\nNO_PROXY=.corp\nPROXY_PASSWORD=withheld\nall_proxy=bob:withheld@p:1',
    );
  });
  it('masks bare proxy strings only in *_proxy variables', () => {
    expect(maskUrlPassword('alice:pw@p:1', true)).toBe('alice:withheld@p:1');
    expect(maskUrlPassword('alice:pw@p:1', false)).toBe('alice:pw@p:1');
  });
});

describe('shellQuote', () => {
  it('quotes what the shell would interpret', () => {
    expect([shellQuote('a:b'), shellQuote("it's"), shellQuote(''), shellQuote('a:withheld')]).toEqual([
      'a:b',
      "'it'\\''s'",
      "''",
      'a:withheld',
    ]);
  });
});

describe('parseEnvLines', () => {
  it('reads NAME=value, export, quotes and comments', () => {
    expect(parseEnvLines('# corp\nexport https_proxy="http://p:1"\n\nNO_PROXY=.corp\r\n').env).toEqual({
      https_proxy: 'http://p:1',
      NO_PROXY: '.corp',
    });
  });
  it('flags bad names at their offsets', () => {
    expect(parseEnvLines('1X=2').diagnostics[0]).toMatchObject({ code: 'env-bad-name', start: 0, end: 2 });
  });
  it('is linear on a 1 MB paste', () => {
    expect(Object.keys(parseEnvLines('A=1\n'.repeat(250_000)).env)).toEqual(['A']);
  });
});

describe('exitMeaning', () => {
  it('names codes curl does not print', () => {
    expect(exitMeaning(run({ command: 'wget http://e/' }).result).meaning).toContain('no curl command');
    expect(
      exitMeaning(run({ command: 'curl -x p:1 https://e/', originTls: 'self-signed', user: 'x', password: 'y', schemes: [] }).result),
    ).toMatchObject({
      code: 60,
      name: 'CURLE_PEER_FAILED_VERIFICATION',
    });
  });
});

describe('share state', () => {
  it('round-trips and falls back to defaults on junk', () => {
    const s: SimulatorState = {
      ...DEFAULT_STATE,
      command: 'curl x',
      env: 'A=1',
      schemes: ['Digest', 'NTLM'],
      reach: 'refusing',
      originTls: 'self-signed',
      version: '8.20.0',
    };
    expect(shareToState(stateToShare(s))).toEqual(s);
    expect(shareToState({ r: 'nope', s: 'Evil,Basic' })).toMatchObject({ reach: 'reachable', schemes: ['Basic'], password: '' });
  });
});
