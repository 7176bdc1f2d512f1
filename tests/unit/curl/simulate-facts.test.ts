import { describe, expect, it } from 'vitest';
import { simulateCurl } from '../../../src/lib/curl/simulate';
import type { NetworkModel, ProxyAuthOffer } from '../../../src/lib/proxy-model/network';
import { MAX_AUTH_REQUESTS } from '../../../src/lib/curl/proxy-auth';

const proxy = (schemes: ProxyAuthOffer[], extra: object = {}): NetworkModel => ({
  proxies: { 'p.example:3128': { schemes, accounts: [{ user: 'alice', password: 'secret' }], ...extra } },
  origins: { 'self.example:443': { tls: 'self-signed' } },
});
const facts = (command: string, network: NetworkModel = proxy(['Basic']), curlVersion?: string) =>
  simulateCurl({ command, network, ...(curlVersion ? { curlVersion } : {}) }).facts;

describe('simulateCurl facts', () => {
  it('a 407 to a plain http:// request is a response from the proxy, exit 0', () => {
    const f = facts('curl -x p.example:3128 http://example.com/');
    expect(f.outcome).toEqual({ kind: 'response', status: 407, from: 'proxy' });
    expect([f.offered, f.answered, f.auth, f.proxyStatuses, f.credentials]).toEqual([
      ['Basic'],
      [],
      { kind: 'no-credentials' },
      [407],
      { kind: 'none' },
    ]);
  });
  it('a refused CONNECT is tunnel-failed with the status, exit 56 or 7 by version', () => {
    expect(facts('curl -x p.example:3128 https://example.com/').outcome).toMatchObject({
      kind: 'error',
      exit: 56,
      cause: 'tunnel-failed',
      status: 407,
    });
    expect(facts('curl -x p.example:3128 https://example.com/', proxy(['Basic']), '8.20.0').outcome).toMatchObject({
      exit: 7,
      cause: 'tunnel-failed',
    });
    expect(facts('curl -x p.example:3128 https://example.com:8443/').outcome).toMatchObject({ cause: 'tunnel-failed', status: 403 });
  });
  it('names refused and unresolvable proxies and hosts', () => {
    expect(facts('curl -x p.example:3128 http://e/', proxy(['Basic'], { listening: false })).outcome).toMatchObject({
      exit: 7,
      cause: 'proxy-refused',
      host: 'p.example',
      port: 3128,
    });
    expect(facts('curl -x nope.invalid:3128 http://e/').outcome).toMatchObject({
      exit: 5,
      cause: 'proxy-unresolvable',
      host: 'nope.invalid',
    });
    expect(facts('curl http://nope.invalid/').outcome).toMatchObject({ exit: 6, cause: 'host-unresolvable' });
    expect(facts('curl -x foo://p:1 http://e/').outcome).toMatchObject({ exit: 7, cause: 'proxy-scheme' });
    expect(facts('curl -x "http://a b" http://e/').outcome).toMatchObject({ exit: 5, cause: 'proxy-syntax' });
  });
  it('tells TLS problems with the proxy from those with the origin', () => {
    expect(facts('curl -x https://p.example:3128 http://e/').outcome).toMatchObject({
      exit: 35,
      cause: 'tls',
      peer: 'proxy',
      problem: 'wrong-version',
    });
    expect(facts('curl -x p.example:3128 -U alice:secret https://self.example/').outcome).toMatchObject({
      exit: 60,
      cause: 'tls',
      peer: 'origin',
      problem: 'untrusted-certificate',
    });
  });
  it('records credentials whence, schemes answered and the auth result', () => {
    const ok = facts('curl --proxy-anyauth -U alice:secret -x p.example:3128 https://example.com/', proxy(['Basic', 'Digest']));
    expect([ok.requested, ok.offered, ok.answered, ok.auth, ok.outcome.kind]).toEqual([
      'anyauth',
      ['Basic', 'Digest'],
      ['digest'],
      { kind: 'accepted', scheme: 'digest' },
      'response',
    ]);
    expect(ok.credentials).toEqual({ kind: 'given', user: 'alice', password: { kind: 'given', value: 'secret' }, from: 'option' });
    const bad = facts('curl -x http://alice:wrong@p.example:3128 http://example.com/');
    expect([bad.auth, bad.credentials.kind === 'given' && bad.credentials.from]).toEqual([{ kind: 'refused', scheme: 'basic' }, 'url']);
    const env = simulateCurl({
      command: 'curl https://example.com/',
      env: { https_proxy: 'http://alice:secret@p.example:3128' },
      network: proxy(['Basic']),
    });
    expect(env.facts.credentials).toMatchObject({ from: 'env', user: 'alice' });
    const ntlm = facts('curl --proxy-ntlm -U alice:secret -x p.example:3128 https://example.com/', proxy(['Basic']));
    expect([ntlm.auth, ntlm.answered]).toEqual([{ kind: 'no-common-scheme' }, ['ntlm']]);
  });
  it('ends the usage error, the missing curl and an -f failure with their causes', () => {
    expect(facts('curl --nope http://e/').outcome).toMatchObject({ exit: 2, cause: 'usage' });
    expect(facts('wget http://e/').outcome).toMatchObject({ exit: 127, cause: 'no-curl' });
    expect(facts('curl -f -x p.example:3128 http://e/').outcome).toMatchObject({ exit: 22, cause: 'http-error', status: 407 });
    expect(facts('curl ftp://e/').outcome).toMatchObject({ exit: 1, cause: 'unsupported-protocol', scheme: 'ftp' });
  });
  it('says why curl went direct', () => {
    const f = facts('curl -x p.example:3128 http://e.corp/', proxy(['Basic']));
    expect(f.proxy.kind).toBe('proxy');
    const d = simulateCurl({ command: 'curl -x p.example:3128 http://e.corp/', env: { no_proxy: '.corp' } }).facts.proxy;
    expect(d.kind === 'direct' && d.reason).toBe('no-proxy-match');
  });
  it('bounds an auth exchange by the longest handshake: anyauth probe + NTLM type-1 and type-3', () => {
    expect(MAX_AUTH_REQUESTS).toBe(3);
    const r = simulateCurl({
      command: 'curl -v --proxy-anyauth -U alice:wrong -x p.example:3128 https://example.com/',
      network: proxy(['NTLM']),
    });
    expect(r.lines.filter((l) => l.text.startsWith('> CONNECT ')).length).toBe(3);
    expect(r.facts.auth).toEqual({ kind: 'refused', scheme: 'ntlm' });
  });
});
