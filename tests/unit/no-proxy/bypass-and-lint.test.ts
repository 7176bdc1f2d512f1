import { describe, expect, it } from 'vitest';
import { NO_PROXY_APPS, NO_PROXY_TOOLS, bypassForAll, lintNoProxy, testNoProxy } from '../../../src/lib/no-proxy';

describe('lintNoProxy: entries no tool reads as meant', () => {
  it('warns about an impossible prefix, an empty wildcard and an impossible address, at the entry', () => {
    const list = '10.0.0.0/99,*.,300.1.1.1/8,.corp.example,10.0.0.0/8,::1/129';
    const found = lintNoProxy(list).map((d) => [d.code, list.slice(d.start, d.end)]);
    expect(found).toEqual([
      ['bad-prefix', '10.0.0.0/99'],
      ['empty-wildcard', '*.'],
      ['bad-ipv4', '300.1.1.1/8'],
      ['bad-prefix', '::1/129'],
    ]);
  });
});

describe('bypassForAll: the value that makes every tool bypass', () => {
  const everyone = (value: string, url: string) => NO_PROXY_TOOLS.every((r) => testNoProxy({ noProxy: value, url, tool: r.tool }).bypass);

  it('adds the host when a leading-dot entry leaves some tools proxying the apex', () => {
    const list = 'localhost,127.0.0.1,.corp.example,10.0.0.0/8';
    expect(everyone(list, 'https://corp.example/')).toBe(false);
    const value = bypassForAll(list, 'https://corp.example/')!;
    expect(value).toBe(`${list},corp.example`);
    expect(everyone(value, 'https://corp.example/')).toBe(true);
  });

  it('gives an IPv6 host bare and in brackets, and checks the result', () => {
    const value = bypassForAll('', 'http://[::1]:8080/');
    if (value !== undefined) expect(everyone(value, 'http://[::1]:8080/')).toBe(true);
  });

  it('says nothing for a URL that does not parse', () => {
    expect(bypassForAll('a', 'http://')).toBeUndefined();
  });
});

describe('NO_PROXY_APPS', () => {
  it('names the programs people run, each on a rule set that exists', () => {
    expect(NO_PROXY_APPS.map((a) => a.id)).toEqual(
      expect.arrayContaining(['docker', 'npm', 'pip', 'git', 'curl', 'wget', 'java', 'dotnet']),
    );
    for (const app of NO_PROXY_APPS) expect(NO_PROXY_TOOLS.some((t) => t.tool === app.tool)).toBe(true);
  });

  it('npm matches by trailing labels: no wildcard, no CIDR, no ports, a leading dot ignored', () => {
    const npm = (list: string, url: string) => testNoProxy({ noProxy: list, url, tool: 'npm' }).bypass;
    expect(npm('.corp.example', 'https://corp.example/')).toBe(true);
    expect(npm('corp.example', 'https://a.b.corp.example/')).toBe(true);
    expect(npm('*', 'https://a.example/')).toBe(false);
    expect(npm('10.0.0.0/8', 'http://10.1.2.3/')).toBe(false);
    expect(npm('registry.example:443', 'https://registry.example/')).toBe(false);
    expect(npm('Corp.Example', 'https://corp.example/')).toBe(false);
  });
});
