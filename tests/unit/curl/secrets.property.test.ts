import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { simulateCurl } from '../../../src/lib/curl/simulate';
import { withoutSecrets } from '../../../src/lib/curl/secrets';
import { redactCommand, redactEnvLines } from '../../../src/widgets/curl-simulator/redact';

// Secrets from letters and digits that appear nowhere else in the generated text, so any 4 consecutive
// characters of a secret found in the share state can only have come from the secret.
const secretArb = fc.stringMatching(/^[QZJKWVX579]{6,14}$/);
const userArb = fc.constantFrom('alice', 'bob', 'svc.build');
const quoteArb = fc.constantFrom('', "'", '"');

type Form = (u: string, s: string, q: string) => { command?: string; prefix?: string; env?: string };
const q = (quote: string, v: string) => `${quote}${v}${quote}`;
const FORMS: Record<string, Form> = {
  U: (u, s, k) => ({ command: `-U ${q(k, `${u}:${s}`)}` }),
  Uattached: (u, s, k) => ({ command: q(k, `-U${u}:${s}`) }),
  vU: (u, s, k) => ({ command: `-vU ${q(k, `${u}:${s}`)}` }),
  proxyUser: (u, s, k) => ({ command: `--proxy-user ${q(k, `${u}:${s}`)}` }),
  proxyUserEquals: (u, s, k) => ({ command: q(k, `--proxy-user=${u}:${s}`) }),
  proxyUs: (u, s, k) => ({ command: `--proxy-us ${q(k, `${u}:${s}`)}` }),
  xUrl: (u, s, k) => ({ command: `-x ${q(k, `http://${u}:${s}@p.example.com:3128`)}` }),
  xBare: (u, s, k) => ({ command: `-x ${q(k, `${u}:${s}@p.example.com:3128`)}` }),
  xAttached: (u, s, k) => ({ command: q(k, `-x${u}:${s}@p.example.com:3128`) }),
  proxyEquals: (u, s, k) => ({ command: q(k, `--proxy=http://${u}:${s}@p.example.com`) }),
  proxy10: (u, s, k) => ({ command: `--proxy1.0 ${q(k, `${u}:${s}@p.example.com:3128`)}` }),
  socks: (u, s, k) => ({ command: `--socks5 ${q(k, `${u}:${s}@p.example.com:1080`)}` }),
  user: (u, s, k) => ({ command: `-u ${q(k, `${u}:${s}`)}` }),
  userEquals: (u, s, k) => ({ command: q(k, `--user=${u}:${s}`) }),
  proxyAuthHeader: (_u, s) => ({ command: `-H "Proxy-Authorization: Basic ${s}"` }),
  clusteredHeader: (_u, s) => ({ command: `-vH 'Authorization: Bearer ${s}'` }),
  cookieHeader: (_u, s) => ({ command: `--header "Cookie: sid=${s}"` }),
  ntlmHeader: (_u, s) => ({ command: `-H "Proxy-Authorization: NTLM TlRMTVNTUAADAAAA${s}"` }),
  negotiateProxyHeader: (_u, s) => ({ command: `--proxy-header "Proxy-Authorization: Negotiate ${s}"` }),
  digestHeader: (u, s) => ({ command: `-H 'Proxy-Authorization: Digest username="${u}", response="${s}"'` }),
  bearer: (_u, s, k) => ({ command: `--oauth2-bearer ${q(k, s)}` }),
  cookie: (_u, s, k) => ({ command: `-b ${q(k, `sid=${s}`)}` }),
  urlUserinfo: (u, s, k) => ({ command: q(k, `https://${u}:${s}@example.com/`) }),
  exportLine: (u, s, k) => ({ prefix: `export HTTPS_PROXY=${q(k, `http://${u}:${s}@p.example.com:3128`)}\n` }),
  assignmentPrefix: (u, s, k) => ({ prefix: `HTTPS_PROXY=${q(k, `${u}:${s}@p.example.com:3128`)} ` }),
  cmdSet: (u, s) => ({ prefix: `set HTTPS_PROXY=http://${u}:${s}@p.example.com:3128\n` }),
  powershellEnv: (u, s) => ({ prefix: `$env:HTTPS_PROXY = "http://${u}:${s}@p.example.com:3128"\n` }),
  envBox: (u, s, k) => ({ env: `https_proxy=${q(k, `http://${u}:${s}@p.example.com:3128`)}` }),
  envBoxBare: (u, s) => ({ env: `export ALL_PROXY=${u}:${s}@p.example.com:1` }),
};
const FILLER = [
  '-v',
  '-k',
  '-s',
  '-i',
  '--proxy-anyauth',
  '-x http://proxy.example.com:3128',
  '--noproxy localhost',
  '-d a=b',
  '--bogus',
  '-f',
];

const windows = (s: string): string[] => Array.from({ length: s.length - 3 }, (_, i) => s.slice(i, i + 4));

describe('share state without the box ticked (property, 10^4 commands)', () => {
  it('holds no 4 consecutive characters of any credential the command carries', () => {
    let reported = 0;
    fc.assert(
      fc.property(
        secretArb,
        userArb,
        quoteArb,
        fc.constantFrom(...Object.keys(FORMS)),
        fc.array(fc.constantFrom(...FILLER), { maxLength: 4 }),
        fc.nat(5),
        (secret, u, k, formName, filler, at) => {
          const form = FORMS[formName]!(u, secret, k);
          const words = [...filler];
          if (form.command) words.splice(Math.min(at, words.length), 0, form.command);
          const command = `${form.prefix ?? ''}curl ${words.join(' ')} https://example.com/`;
          const env = form.env ?? '';
          const shared = `${redactCommand(command)}\n${redactEnvLines(env)}`;
          for (const w of windows(secret)) expect(shared).not.toContain(w);
          // What the library reports: proxy credentials in use, a server user, a credential header or URL userinfo.
          const envVars = Object.fromEntries(
            env
              .split('\n')
              .flatMap((l) =>
                l.includes('=')
                  ? [[l.replace(/^export /, '').split('=')[0]!, l.slice(l.indexOf('=') + 1).replace(/^['"]|['"]$/g, '')]]
                  : [],
              ),
          );
          const r = simulateCurl({ command, env: envVars });
          if (
            r.facts.credentials.kind === 'given' ||
            r.request.user !== undefined ||
            r.request.headers.length + r.request.proxyHeaders.length > 0
          )
            reported++;
        },
      ),
      { numRuns: 10_000 },
    );
    // The generator must produce commands the library reads as carrying credentials, not just text.
    expect(reported).toBeGreaterThan(3_000);
  }, 120_000);
  it('keeps commands without credentials as typed', () => {
    for (const c of [
      'curl -v -x http://proxy.example.com:3128 https://example.com/',
      'curl -U alice -x p:1 http://e/',
      'curl -H "Accept: */*" http://e/',
    ])
      expect(withoutSecrets(c)).toBe(c);
  });
  it('masks a pasted curl -v transcript', () => {
    const t = '> CONNECT e:443 HTTP/1.1\n> Proxy-Authorization: Basic YWxpY2U6czNjcmV0\n< Set-Cookie: sid=QZJKWV7\n';
    expect(withoutSecrets(t)).toBe('> CONNECT e:443 HTTP/1.1\n> Proxy-Authorization: withheld\n< Set-Cookie: withheld\n');
  });
});
