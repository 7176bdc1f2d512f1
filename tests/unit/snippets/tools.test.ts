import { describe, expect, it } from 'vitest';
import {
  aptSnippets,
  curlSnippets,
  dockerSnippets,
  dotnetSnippets,
  envSnippets,
  gitSnippets,
  goSnippets,
  gradleSnippets,
  javaSnippets,
  mavenSnippets,
  nodeSnippets,
  npmSnippets,
  pipSnippets,
  powershellSnippets,
  pythonSnippets,
  relaySnippets,
  wgetSnippets,
  SNIPPET_TOOLS,
  type Snippet,
} from '../../../src/lib/snippets';
import { input, tricky, TRICKY_ENC } from './fixtures';

const byTitle = (snippets: Snippet[], start: string): Snippet => {
  const s = snippets.find((x) => x.title.startsWith(start));
  if (!s) throw new Error(`no snippet titled ${start}: ${snippets.map((x) => x.title).join(' | ')}`);
  return s;
};
const URL_T = `http://alice:${TRICKY_ENC}@proxy.example.com:3128`;
const URL_S = 'http://alice:s3cret@proxy.example.com:3128';

describe('curl', () => {
  it('writes flags with the raw password single-quoted (tricky)', () => {
    expect(byTitle(curlSnippets(tricky()), 'Command line (bash)').code).toBe(
      `curl --proxy http://proxy.example.com:3128 --proxy-user 'alice:p@ss:w%rd#1 "x"' --proxy-basic --noproxy localhost,.corp.example https://example.com/`,
    );
  });
  it('writes flags (simple)', () => {
    expect(byTitle(curlSnippets(input()), 'Command line (bash)').code).toBe(
      'curl --proxy http://proxy.example.com:3128 --proxy-user alice:s3cret --proxy-basic https://example.com/',
    );
  });
  it('offers the prompting variant and a .curlrc, both keeping the secret out', () => {
    const s = curlSnippets(tricky());
    expect(byTitle(s, 'Command line, prompting').code).toBe(
      'curl --proxy http://proxy.example.com:3128 --proxy-user alice --proxy-basic --noproxy localhost,.corp.example https://example.com/',
    );
    expect(byTitle(s, 'Command line, prompting').keepsSecretOut).toBe(true);
    const rc = byTitle(s, 'Config file');
    expect(rc.code).toBe(
      'proxy = "http://proxy.example.com:3128"\nproxy-user = "alice:p@ss:w%rd#1 \\"x\\""\nproxy-basic\nnoproxy = "localhost,.corp.example"',
    );
    expect(rc.keepsSecretOut).toBe(true);
  });
  it('quotes for PowerShell and refuses cmd when the password has a double quote', () => {
    const s = curlSnippets(tricky());
    expect(byTitle(s, 'Command line (PowerShell)').code).toBe(
      `curl.exe --proxy 'http://proxy.example.com:3128' --proxy-user 'alice:p@ss:w%rd#1 "x"' --proxy-basic --noproxy 'localhost,.corp.example' 'https://example.com/'`,
    );
    const cmd = byTitle(s, 'Command line (cmd)');
    expect(cmd.code).toMatch(/^rem /);
    expect(cmd.notes.join(' ')).toContain('double quote');
    expect(byTitle(curlSnippets(input()), 'Command line (cmd)').code).toBe(
      'curl --proxy "http://proxy.example.com:3128" --proxy-user "alice:s3cret" --proxy-basic "https://example.com/"',
    );
  });
  it('picks the flag for each scheme and uses -U : for Negotiate without a user', () => {
    expect(curlSnippets(input({ authScheme: 'ntlm', user: 'CORP\\alice' }))[0]!.code).toContain(
      `--proxy-user 'CORP\\alice:s3cret' --proxy-ntlm`,
    );
    expect(curlSnippets(input({ authScheme: 'any' }))[0]!.code).toContain('--proxy-anyauth');
    const { user: _u, password: _p, ...noUser } = input({ authScheme: 'negotiate' });
    expect(curlSnippets(noUser)[0]!.code).toBe(
      'curl --proxy http://proxy.example.com:3128 --proxy-user : --proxy-negotiate https://example.com/',
    );
  });
  it('moves a user name with a colon into the URL', () => {
    expect(curlSnippets(input({ user: 'a:b' }))[0]!.code).toBe(
      'curl --proxy http://a%3Ab:s3cret@proxy.example.com:3128 --proxy-basic https://example.com/',
    );
  });
});

describe('environment variables', () => {
  it('exports both cases in bash (tricky)', () => {
    expect(byTitle(envSnippets(tricky()), 'Environment variables (bash)').code).toBe(
      [
        `export http_proxy=${URL_T}`,
        `export https_proxy=${URL_T}`,
        `export HTTP_PROXY=${URL_T}`,
        `export HTTPS_PROXY=${URL_T}`,
        'export no_proxy=localhost,.corp.example',
        'export NO_PROXY=localhost,.corp.example',
      ].join('\n'),
    );
  });
  it('writes PowerShell and a cmd batch file with %% (tricky)', () => {
    const s = envSnippets(tricky());
    expect(byTitle(s, 'Environment variables (PowerShell)').code).toBe(
      `$env:HTTP_PROXY = '${URL_T}'\n$env:HTTPS_PROXY = '${URL_T}'\n$env:NO_PROXY = 'localhost,.corp.example'`,
    );
    const doubled = URL_T.replaceAll('%', '%%');
    expect(byTitle(s, 'Environment variables (cmd').code).toBe(
      `@echo off\r\nset "HTTP_PROXY=${doubled}"\r\nset "HTTPS_PROXY=${doubled}"\r\nset "NO_PROXY=localhost,.corp.example"`,
    );
    expect(byTitle(s, 'Persistent for your Windows user (cmd').code).toBe(
      `setx HTTP_PROXY "${doubled}"\r\nsetx HTTPS_PROXY "${doubled}"\r\nsetx NO_PROXY "localhost,.corp.example"`,
    );
    expect(byTitle(s, 'Persistent for your Windows user (PowerShell)').code).toContain(
      `[Environment]::SetEnvironmentVariable('HTTP_PROXY', '${URL_T}', 'User')`,
    );
    expect(byTitle(s, 'Persistent for every login').code.split('\n')[0]).toBe(`http_proxy="${URL_T}"`);
  });
  it('writes the simple case', () => {
    expect(byTitle(envSnippets(input()), 'Environment variables (bash)').code.split('\n')[0]).toBe(`export http_proxy=${URL_S}`);
  });
  it('offers read -s and Get-Credential variants', () => {
    const s = envSnippets(tricky());
    const read = byTitle(s, 'Environment variables, asking');
    expect(read.keepsSecretOut).toBe(true);
    expect(read.code).toContain(`export http_proxy=http://alice:"$PROXY_PASSWORD_ENC"@proxy.example.com:3128`);
    expect(read.code).not.toContain('p@ss');
    expect(byTitle(s, 'Environment variables with Get-Credential').keepsSecretOut).toBe(true);
  });
});

describe('wget', () => {
  it('writes .wgetrc with the raw password', () => {
    expect(wgetSnippets(tricky())[0]!.code).toBe(
      'use_proxy = on\nhttp_proxy = http://proxy.example.com:3128/\nhttps_proxy = http://proxy.example.com:3128/\nproxy_user = alice\nproxy_password = p@ss:w%rd#1 "x"\nno_proxy = localhost,.corp.example',
    );
  });
  it('says it cannot do SOCKS', () => {
    expect(wgetSnippets(input({ proxy: { scheme: 'socks5', host: 'p', port: 1080 } }))[0]!.code).toBe('Wget cannot use a SOCKS proxy.');
  });
});

describe('git', () => {
  it('sets http.proxy and http.proxyAuthMethod', () => {
    expect(gitSnippets(tricky())[0]!.code).toBe(`git config --global http.proxy ${URL_T}\ngit config --global http.proxyAuthMethod basic`);
    expect(gitSnippets(input({ authScheme: 'any' }))[0]!.code).toBe(
      `git config --global http.proxy ${URL_S}\ngit config --global http.proxyAuthMethod anyauth`,
    );
  });
  it('lets a credential helper keep the password', () => {
    const s = gitSnippets(tricky())[1]!;
    expect(s.keepsSecretOut).toBe(true);
    expect(s.code.split('\n')[0]).toBe('git config --global http.proxy http://alice@proxy.example.com:3128');
  });
});

describe('npm, yarn, pnpm', () => {
  it('writes .npmrc and .yarnrc.yml', () => {
    const s = npmSnippets(tricky());
    expect(s[0]!.code).toBe(`proxy=${URL_T}\nhttps-proxy=${URL_T}\nnoproxy=localhost,.corp.example`);
    expect(byTitle(s, 'Yarn Berry').code).toBe(`httpProxy: "${URL_T}"\nhttpsProxy: "${URL_T}"`);
    expect(byTitle(s, '~/.npmrc with the password').code.split('\n')[0]).toBe(
      'proxy=http://alice:${NPM_PROXY_PASSWORD}@proxy.example.com:3128',
    );
  });
});

describe('pip and apt', () => {
  it('writes pip.conf and --proxy', () => {
    expect(pipSnippets(tricky())[0]!.code).toBe(`[global]\nproxy = ${URL_T}`);
    expect(pipSnippets(input())[1]!.code).toBe(`pip install --proxy ${URL_S} requests`);
  });
  it('writes 95proxy with DIRECT lines for exact hosts only', () => {
    const s = aptSnippets(tricky());
    expect(s[0]!.code).toBe(
      `Acquire::http::Proxy "${URL_T}/";\nAcquire::https::Proxy "${URL_T}/";\nAcquire::http::Proxy::localhost "DIRECT";\nAcquire::https::Proxy::localhost "DIRECT";`,
    );
    expect(s[0]!.notes.join(' ')).toContain('Left out (apt matches exact host names only): .corp.example');
  });
});

describe('docker', () => {
  it('doubles % in the systemd drop-in', () => {
    const doubled = URL_T.replaceAll('%', '%%');
    expect(dockerSnippets(tricky())[0]!.code).toBe(
      `[Service]\nEnvironment="HTTP_PROXY=${doubled}"\nEnvironment="HTTPS_PROXY=${doubled}"\nEnvironment="NO_PROXY=localhost,.corp.example"`,
    );
  });
  it('writes daemon.json, config.json and build args', () => {
    const s = dockerSnippets(tricky());
    expect(JSON.parse(s[1]!.code)).toEqual({
      proxies: { 'http-proxy': URL_T, 'https-proxy': URL_T, 'no-proxy': 'localhost,.corp.example' },
    });
    expect(JSON.parse(s[2]!.code)).toEqual({
      proxies: { default: { httpProxy: URL_T, httpsProxy: URL_T, noProxy: 'localhost,.corp.example' } },
    });
    expect(s[3]!.code).toBe(
      `docker build --build-arg HTTP_PROXY=${URL_T} --build-arg HTTPS_PROXY=${URL_T} --build-arg NO_PROXY=localhost,.corp.example .`,
    );
    expect(s[4]!.keepsSecretOut).toBe(true);
  });
});

describe('java, maven, gradle', () => {
  it('writes system properties with nonProxyHosts and the tunneling switch', () => {
    expect(javaSnippets(tricky({ noProxy: ['localhost', '.corp.example', '10.0.0.0/8', 'host:8080', '::1'] }))[0]!.code).toBe(
      [
        'java',
        '-Dhttp.proxyHost=proxy.example.com',
        '-Dhttp.proxyPort=3128',
        '-Dhttps.proxyHost=proxy.example.com',
        '-Dhttps.proxyPort=3128',
        "-Dhttp.nonProxyHosts='localhost|*.localhost|corp.example|*.corp.example|10.*|host|*.host|[::1]'",
        '-Djdk.http.auth.tunneling.disabledSchemes=""',
        '-jar app.jar',
      ].join(' \\\n  '),
    );
  });
  it('keeps the password in an Authenticator fed from the environment', () => {
    const s = javaSnippets(tricky())[1]!;
    expect(s.keepsSecretOut).toBe(true);
    expect(s.code).toContain('new java.net.PasswordAuthentication("alice", password.toCharArray())');
  });
  it('escapes XML in settings.xml and properties in gradle.properties', () => {
    expect(mavenSnippets(tricky())[0]!.code).toContain('<password>p@ss:w%rd#1 &quot;x&quot;</password>');
    expect(gradleSnippets(tricky())[0]!.code.split('\n')).toContain('systemProp.http.proxyPassword=p@ss\\:w%rd\\#1 "x"');
    expect(gradleSnippets(input({ authScheme: 'ntlm', user: 'CORP\\alice' }))[0]!.code.split('\n')).toEqual(
      expect.arrayContaining(['systemProp.http.proxyUser=alice', 'systemProp.http.auth.ntlm.domain=CORP']),
    );
  });
});

describe('node, python, go', () => {
  it('writes NODE_USE_ENV_PROXY and an undici ProxyAgent token', () => {
    const s = nodeSnippets(tricky());
    expect(s[0]!.code).toContain('export NODE_USE_ENV_PROXY=1');
    expect(s[1]!.code).toContain(`Buffer.from("alice" + ':' + "p@ss:w%rd#1 \\"x\\"").toString('base64')`);
    expect(s[1]!.code).toContain('new ProxyAgent({ uri: "http://proxy.example.com:3128", token })');
  });
  it('writes a requests proxies dict', () => {
    expect(pythonSnippets(input())[0]!.code).toBe(
      `import requests\n\nproxies = {\n    "http": "${URL_S}",\n    "https": "${URL_S}",\n}\nresponse = requests.get("https://example.com/", proxies=proxies)`,
    );
  });
  it('lets Go encode the credentials with url.UserPassword', () => {
    expect(goSnippets(tricky())[0]!.code).toContain('User:   url.UserPassword("alice", "p@ss:w%rd#1 \\"x\\""),');
    expect(goSnippets(input())[0]!.code).toContain('client := &http.Client{Transport: &http.Transport{Proxy: http.ProxyURL(proxyURL)}}');
  });
});

describe('.NET and PowerShell', () => {
  it('writes WebProxy with NetworkCredential and a domain for NTLM', () => {
    expect(dotnetSnippets(tricky())[0]!.code).toContain('Credentials = new NetworkCredential("alice", "p@ss:w%rd#1 \\"x\\""),');
    const ntlm = dotnetSnippets(input({ authScheme: 'ntlm', user: 'CORP\\alice' }));
    expect(ntlm[0]!.code).toContain('new NetworkCredential("alice", "s3cret", "CORP")');
    expect(byTitle(ntlm, 'System proxy with your Windows logon').code).toContain(
      'DefaultProxyCredentials = CredentialCache.DefaultCredentials',
    );
  });
  it('uses Get-Credential and -ProxyUseDefaultCredentials', () => {
    expect(powershellSnippets(input())[0]!.code).toBe(
      "$cred = Get-Credential -UserName 'alice' -Message 'Proxy password'\nInvoke-WebRequest -Uri 'https://example.com/' -Proxy 'http://proxy.example.com:3128' -ProxyCredential $cred",
    );
    expect(powershellSnippets(tricky())[1]!.code).toContain(`ConvertTo-SecureString 'p@ss:w%rd#1 "x"' -AsPlainText -Force`);
    expect(byTitle(powershellSnippets(input({ authScheme: 'negotiate' })), 'Invoke-WebRequest with your Windows logon').code).toContain(
      '-ProxyUseDefaultCredentials',
    );
  });
});

describe('NTLM and Negotiate in Basic-only tools', () => {
  it('point the snippet at the local relay without credentials', () => {
    const ntlm = tricky({ authScheme: 'ntlm' });
    expect(npmSnippets(ntlm)[0]!.code).toBe(
      'proxy=http://127.0.0.1:3128\nhttps-proxy=http://127.0.0.1:3128\nnoproxy=localhost,.corp.example',
    );
    expect(npmSnippets(ntlm)[0]!.notes[0]).toContain('local relay');
    expect(pipSnippets(ntlm)[0]!.code).toBe('[global]\nproxy = http://127.0.0.1:3128');
    expect(curlSnippets(ntlm)[0]!.code).toContain('--proxy-ntlm');
  });
  it('describes the relay with the upstream proxy', () => {
    const s = relaySnippets(input({ authScheme: 'ntlm', user: 'CORP\\alice', noProxy: ['localhost'] }));
    expect(s[0]!.code).toBe(
      'Username    alice\nDomain      CORP\n# Paste the PassNTLMv2 line printed by: cntlm -H -c /etc/cntlm.conf\nProxy       proxy.example.com:3128\nNoProxy     localhost\nListen      127.0.0.1:3128',
    );
    expect(s[1]!.code).toBe('px --proxy=proxy.example.com:3128 --listen=127.0.0.1 --port=3128');
  });
});

describe('every tool', () => {
  it('returns titled variants with code for every scheme and auth scheme', () => {
    for (const scheme of ['http', 'https', 'socks5', 'socks5h'] as const) {
      for (const authScheme of ['basic', 'digest', 'ntlm', 'negotiate', 'any'] as const) {
        for (const t of SNIPPET_TOOLS) {
          for (const s of t.build(tricky({ authScheme, proxy: { scheme, host: '2001:db8::1', port: 8080 } }))) {
            expect(s.title).not.toBe('');
            expect(s.code).not.toBe('');
          }
        }
      }
    }
  });
  it('never writes the password into a variant that keeps it out', () => {
    for (const t of SNIPPET_TOOLS)
      for (const s of t.build(tricky()))
        if (s.keepsSecretOut && !/Config file|~\/\.wgetrc|curlrc/.test(s.title)) {
          expect(s.code).not.toContain('p@ss');
          expect(s.code).not.toContain(TRICKY_ENC);
        }
  });
});
