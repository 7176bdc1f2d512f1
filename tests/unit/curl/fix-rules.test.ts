import { describe, expect, it } from 'vitest';
import { fixesFor, FIX_RULES, type Suggestion } from '../../../src/lib/curl/fix-rules';
import { simulateCurl } from '../../../src/lib/curl/simulate';
import type { NetworkModel, ProxyAuthOffer } from '../../../src/lib/proxy-model/network';

const net = (schemes: ProxyAuthOffer[], extra: object = {}): NetworkModel => ({
  proxies: { 'p.example:3128': { schemes, accounts: [{ user: 'alice', password: 'secret' }], ...extra } },
});
const fixes = (command: string, network: NetworkModel = net(['Basic']), env: Record<string, string> = {}): Suggestion[] => {
  const r = simulateCurl({ command, network, env });
  return fixesFor({ facts: r.facts, request: r.request, command });
};
const ids = (...a: Parameters<typeof fixes>) => fixes(...a).map((s) => s.id);

describe('fix rules over simulation facts', () => {
  it('asks for -U after a 407 without credentials, and -U instead of -u', () => {
    expect(ids('curl -v -x p.example:3128 https://e.com/')).toEqual(['add-proxy-user']);
    const s = fixes('curl -v -u alice:secret -x p.example:3128 https://e.com/')[0];
    expect(s).toEqual({ id: 'user-vs-proxy-user', command: 'curl -v -U alice:secret -x p.example:3128 https://e.com/' });
  });
  it('names the scheme the proxy wants when the command asked for none', () => {
    const s = fixes('curl -v -U alice:secret -x p.example:3128 https://e.com/', net(['NTLM']));
    expect(s.map((x) => x.id)).toEqual(['use-proxy-scheme', 'use-proxy-anyauth']);
    expect(s[0]).toMatchObject({ scheme: 'ntlm', command: 'curl --proxy-ntlm -v -U alice:secret -x p.example:3128 https://e.com/' });
  });
  it('never tells a command that asked for NTLM to use Basic: the proxy lacks NTLM', () => {
    const s = fixes('curl -v --proxy-ntlm -U alice:secret -x p.example:3128 https://e.com/', net(['Basic']));
    expect(s).toEqual([{ id: 'proxy-lacks-scheme', requested: 'ntlm', offered: ['Basic'] }]);
  });
  it('reports refused credentials with the scheme and user', () => {
    expect(fixes('curl -v -U alice:wrong -x p.example:3128 https://e.com/')).toEqual([
      { id: 'check-credentials', scheme: 'basic', user: 'alice', ntlmOffered: false },
    ]);
  });
  it('adds -f for a 407 answer to plain http, and -v when a quiet command fails', () => {
    expect(ids('curl -v -x p.example:3128 http://e.com/')).toEqual(['add-proxy-user', 'fail-on-407']);
    expect(ids('curl -x p.example:3128 https://e.com/')).toEqual(['add-proxy-user', 'add-verbose']);
  });
  it('reads refused, unresolvable and mistyped proxies from the outcome', () => {
    expect(fixes('curl -v -x p.example https://e.com/', { proxies: { 'p.example:1080': { listening: false } } })[0]).toMatchObject({
      id: 'proxy-refused',
      defaultPort: true,
      command: 'curl -v -x http://p.example:3128 https://e.com/',
    });
    expect(ids('curl -v -x nope.invalid:3128 https://e.com/')).toEqual(['proxy-unresolvable']);
    expect(fixes('curl -v -x http://a@corp:p@ss@p.example:3128 https://e.com/')[0]).toMatchObject({ id: 'percent-encode-userinfo' });
    expect(ids('curl -v -x https://p.example:3128 https://e.com/')).toEqual(['proxy-scheme-http']);
    expect(ids('curl -v -U alice:secret -x p.example:3128 https://e.com:8443/')).toEqual(['connect-port-denied']);
  });
  it('reads the environment: NO_PROXY matched, uppercase HTTP_PROXY ignored', () => {
    expect(ids('curl -v -x p.example:3128 http://e.corp/', net(['Basic']), { no_proxy: '.corp' })).toEqual(['no-proxy-matched']);
    expect(fixes('curl -v http://e.com/', net(['Basic']), { HTTP_PROXY: 'http://p.example:3128' })[0]).toEqual({
      id: 'lowercase-http-proxy',
      env: 'http_proxy=http://p.example:3128',
    });
  });
  it('gives a command curl refuses, or no command, only that', () => {
    expect(ids('curl --nope https://e.com/')).toEqual(['usage']);
    expect(ids('wget https://e.com/')).toEqual(['no-curl']);
  });
  it('is a list of small rules, each total on any facts', () => {
    const r = simulateCurl({ command: '' });
    for (const rule of FIX_RULES) expect(() => rule({ facts: r.facts, request: r.request, command: '' })).not.toThrow();
  });
});
