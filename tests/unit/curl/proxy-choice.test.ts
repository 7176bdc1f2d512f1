import { describe, expect, it } from 'vitest';
import { chooseProxy, parseProxyString, type ProxyChoice } from '../../../src/lib/curl/proxy-choice';
import { parseCurlCommand } from '../../../src/lib/curl/options';
import { parseCurlUrl } from '../../../src/lib/curl/url';

function decide(cmd: string, env: Record<string, string> = {}): ProxyChoice {
  const { request } = parseCurlCommand(cmd, { env });
  return chooseProxy(request, parseCurlUrl(request.urls[0]!.value)!);
}

/** The choice with each variant's facts read through its tag (undefined where the variant has none). */
function choose(cmd: string, env: Record<string, string> = {}) {
  const c = decide(cmd, env);
  return {
    ...c,
    source: c.kind === 'direct' ? undefined : c.source.name,
    proxy: c.kind === 'proxy' ? c.proxy : undefined,
    error: c.kind === 'error' ? c.error : undefined,
  };
}

describe('chooseProxy', () => {
  it('prefers -x over the environment', () => {
    const c = choose('curl -x http://a:1 http://e/', { http_proxy: 'http://b:2' });
    expect([c.kind, c.source, c.proxy?.host, c.info]).toEqual(['proxy', '-x', 'a', []]);
  });
  it('reads lowercase http_proxy but ignores HTTP_PROXY for http://', () => {
    expect(choose('curl http://e/', { HTTP_PROXY: 'http://b:2' }).kind).toBe('direct');
    const c = choose('curl http://e/', { http_proxy: 'b:2' });
    expect([c.proxy?.scheme, c.proxy?.port, c.info]).toEqual(['http', 2, ["Uses proxy env variable http_proxy == 'b:2'"]]);
  });
  it('reads https_proxy then HTTPS_PROXY then all_proxy then ALL_PROXY', () => {
    expect(choose('curl https://e/', { HTTPS_PROXY: 'h:1', all_proxy: 'a:1' }).source).toBe('HTTPS_PROXY');
    expect(choose('curl https://e/', { https_proxy: 'l:1', HTTPS_PROXY: 'h:1' }).source).toBe('https_proxy');
    expect(choose('curl https://e/', { ALL_PROXY: 'A:1', all_proxy: 'a:1' }).source).toBe('all_proxy');
    expect(choose('curl https://e/', { ALL_PROXY: 'A:1' }).source).toBe('ALL_PROXY');
  });
  it('treats empty variables as unset', () => {
    expect(choose('curl https://e/', { https_proxy: '', HTTPS_PROXY: 'h:1' }).source).toBe('HTTPS_PROXY');
  });
  it('lets NO_PROXY and --noproxy win, even over -x', () => {
    const c = choose('curl -x http://a:1 http://e.corp/', { no_proxy: '.corp', NO_PROXY: 'other' });
    expect([c.kind, c.noProxy?.source, c.info]).toEqual(['direct', 'no_proxy', ["Uses proxy env variable no_proxy == '.corp'"]]);
    expect(choose('curl --noproxy "" -x http://a:1 http://e.corp/', { no_proxy: '.corp' }).kind).toBe('proxy');
  });
  it('uses CONNECT for https and for -p', () => {
    expect(choose('curl -x a https://e/').tunnel).toBe(true);
    expect(choose('curl -x a http://e/').tunnel).toBe(false);
    expect(choose('curl -p -x a http://e/').tunnel).toBe(true);
  });
  it('decodes credentials in the proxy URL and lets them replace -U', () => {
    const c = choose('curl -U bob:x -x http://al%40ice:s%3Acret@p:3128 http://e/');
    expect([c.proxy?.user, c.proxy?.password]).toEqual(['al@ice', 's:cret']);
    expect(choose('curl -U bob:x -x p http://e/').proxy?.user).toBe('bob');
  });
  it('says whence the credentials come: -U, the -x URL or the environment variable', () => {
    const whence = (c: ProxyChoice) => (c.kind === 'proxy' && c.credentials.kind === 'given' ? c.credentials.from : c.kind);
    expect(whence(decide('curl -U bob:x -x p http://e/'))).toBe('option');
    expect(whence(decide('curl -U bob:x -x http://al:pw@p http://e/'))).toBe('url');
    expect(whence(decide('curl https://e/', { https_proxy: 'http://al:pw@p:1' }))).toBe('env');
    const none = decide('curl -x p http://e/');
    expect(none.kind === 'proxy' && none.credentials.kind).toBe('none');
    const noPassword = decide('curl -U bob -x p http://e/');
    expect(noPassword.kind === 'proxy' && noPassword.credentials.kind === 'given' && noPassword.credentials.password.kind).toBe('absent');
  });
  it('says why there is no proxy', () => {
    const matched = decide('curl -x a http://e.corp/', { no_proxy: '.corp' });
    expect(matched.kind === 'direct' && matched.reason).toBe('no-proxy-match');
    const none = decide('curl http://e/');
    expect(none.kind === 'direct' && none.reason).toBe('not-configured');
  });
  it('defaults to port 1080, 443 for https proxies', () => {
    expect(parseProxyString('p')).toMatchObject({ scheme: 'http', port: 1080 });
    expect(parseProxyString('https://p')).toMatchObject({ scheme: 'https', port: 443 });
    expect(parseProxyString('socks5h://p:9050')).toMatchObject({ scheme: 'socks5h', port: 9050 });
  });
  it("rejects unsupported schemes with exit 7 and curl's message", () => {
    const c = choose('curl -x foo://p:1 http://e/');
    expect(c.error).toEqual({ exitCode: 7, message: "Unsupported proxy scheme for 'foo://p:1'", cause: 'unsupported-scheme' });
  });
});
