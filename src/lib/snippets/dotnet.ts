/**
 * .NET HttpClient (WebProxy with NetworkCredential; DefaultProxyCredentials for the system proxy),
 * PowerShell Invoke-WebRequest (-Proxy, -ProxyCredential, -ProxyUseDefaultCredentials), and the
 * local relays (cntlm, px) that the Basic-only tools point at for NTLM/Negotiate proxies.
 * Sources: learn.microsoft.com WebProxy, HttpClientHandler.DefaultProxyCredentials,
 * Invoke-WebRequest; cntlm.conf(5); px's README.
 */
import { basicOverHttpNote, HISTORY_NOTE, prepare, RELAY_PORT, splitDomainUser } from './common';
import { bareHost, hasCredentials, hasPassword, proxyUrl, type ProxyInput, type Snippet } from './input';
import { quoteJson, quotePowerShell } from './quote';

/** NO_PROXY entries as WebProxy.BypassList regular expressions, matched against "scheme://host[:port]". */
function toDotnetBypassList(noProxy: readonly string[]): { patterns: string[]; notes: string[] } {
  const patterns: string[] = [];
  const notes: string[] = [];
  const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const entry of noProxy) {
    if (entry === '*') {
      patterns.push('.*');
      continue;
    }
    if (entry.includes('/')) {
      notes.push(`${entry}: WebProxy has no CIDR ranges; left out.`);
      continue;
    }
    const name = entry.replace(/^\*?\./, '');
    if (/^[\d.]+$/.test(name) || name.includes(':'))
      patterns.push(`^https?://${esc(name.includes(':') && !name.startsWith('[') ? `[${name}]` : name)}(:\\d+)?$`);
    else patterns.push(`^https?://([^/]*\\.)?${esc(name)}(:\\d+)?$`);
  }
  return { patterns, notes };
}

export function dotnetSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, '.NET', ['basic', 'digest', 'ntlm', 'negotiate', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  const bypass = toDotnetBypassList(input.noProxy);
  const secret = hasCredentials(input) && hasPassword(input);
  const windowsAuth = input.authScheme === 'ntlm' || input.authScheme === 'negotiate';
  const { domain, user } = splitDomainUser(input.user ?? '');
  const credential = (password: string): string =>
    domain !== undefined
      ? `new NetworkCredential(${quoteJson(user)}, ${password}, ${quoteJson(domain)})`
      : `new NetworkCredential(${quoteJson(input.user ?? '')}, ${password})`;
  const code = (password: string): string =>
    [
      'using System.Net;',
      '',
      'var handler = new HttpClientHandler',
      '{',
      `    Proxy = new WebProxy(${quoteJson(proxyUrl(input, { credentials: false }))})`,
      '    {',
      ...(hasCredentials(input) ? [`        Credentials = ${credential(password)},`] : []),
      ...(bypass.patterns.length > 0 ? [`        BypassList = new[] { ${bypass.patterns.map((p) => quoteJson(p)).join(', ')} },`] : []),
      '    },',
      '    UseProxy = true,',
      '};',
      'using var client = new HttpClient(handler);',
    ].join('\n');
  const out: Snippet[] = [];
  out.push({
    title: 'HttpClient with WebProxy (C#)',
    language: 'csharp',
    code: code(secret ? quoteJson(input.password ?? '') : '""'),
    notes: [
      ...notes,
      ...bypass.notes,
      'HttpClient answers Basic, Digest, NTLM and Negotiate challenges from the proxy with these credentials.',
      ...(bypass.patterns.length > 0 ? ['BypassList entries are regular expressions matched against scheme://host[:port].'] : []),
      ...(secret ? ['The password is in the source code.'] : []),
    ],
  });
  if (secret) {
    out.push({
      title: 'HttpClient, password from the environment (C#)',
      language: 'csharp',
      code: code('Environment.GetEnvironmentVariable("PROXY_PASSWORD")'),
      notes: [...notes, 'The password comes from PROXY_PASSWORD, not from the code.'],
      keepsSecretOut: true,
    });
  }
  if (windowsAuth || !hasCredentials(input)) {
    out.push({
      title: 'System proxy with your Windows logon (C#)',
      language: 'csharp',
      code: [
        'using System.Net;',
        '',
        'var handler = new HttpClientHandler',
        '{',
        '    DefaultProxyCredentials = CredentialCache.DefaultCredentials,',
        '};',
        'using var client = new HttpClient(handler);',
      ].join('\n'),
      notes: [...notes, 'Uses the system (or HTTP_PROXY) proxy and answers NTLM/Negotiate with the logged-on user: no password anywhere.'],
      keepsSecretOut: true,
    });
  }
  return out;
}

export function powershellSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'Invoke-WebRequest', ['basic', 'digest', 'ntlm', 'negotiate', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  if (input.proxy.scheme.startsWith('socks'))
    notes.push('A socks5:// -Proxy needs PowerShell 7.1+ (.NET 5+); Windows PowerShell 5.1 accepts only HTTP proxies.');
  const proxy = quotePowerShell(proxyUrl(input, { credentials: false }));
  const target = "'https://example.com/'";
  const out: Snippet[] = [];
  if (hasCredentials(input)) {
    out.push({
      title: 'Invoke-WebRequest with Get-Credential (PowerShell)',
      language: 'powershell',
      code: [
        `$cred = Get-Credential -UserName ${quotePowerShell(input.user ?? '')} -Message 'Proxy password'`,
        `Invoke-WebRequest -Uri ${target} -Proxy ${proxy} -ProxyCredential $cred`,
      ].join('\n'),
      notes: [...notes, 'Get-Credential asks for the password: it never appears in the script or the history.'],
      keepsSecretOut: true,
    });
    if (hasPassword(input)) {
      out.push({
        title: 'Invoke-WebRequest with the password in the script (PowerShell)',
        language: 'powershell',
        code: [
          `$password = ConvertTo-SecureString ${quotePowerShell(input.password ?? '')} -AsPlainText -Force`,
          `$cred = [pscredential]::new(${quotePowerShell(input.user ?? '')}, $password)`,
          `Invoke-WebRequest -Uri ${target} -Proxy ${proxy} -ProxyCredential $cred`,
        ].join('\n'),
        notes: [...notes, HISTORY_NOTE],
      });
    }
  }
  if (!hasCredentials(input) || input.authScheme === 'ntlm' || input.authScheme === 'negotiate') {
    out.push({
      title: 'Invoke-WebRequest with your Windows logon (PowerShell)',
      language: 'powershell',
      code: `Invoke-WebRequest -Uri ${target} -Proxy ${proxy} -ProxyUseDefaultCredentials`,
      notes: [...notes, 'Answers NTLM/Negotiate with the logged-on user (Windows).'],
      keepsSecretOut: true,
    });
  }
  return out;
}

/** cntlm and px: local relays that answer NTLM/Negotiate for tools that only speak Basic (or nothing). */
export function relaySnippets(raw: ProxyInput): Snippet[] {
  const { input } = prepare(raw, 'The relay', ['basic', 'digest', 'ntlm', 'negotiate', 'any']);
  const { domain, user } = splitDomainUser(input.user ?? '');
  const upstream = `${bareHost(input.proxy.host).includes(':') ? `[${bareHost(input.proxy.host)}]` : bareHost(input.proxy.host)}:${input.proxy.port}`;
  const cntlm = [
    ...(hasCredentials(input) ? [`Username    ${user}`, `Domain      ${domain ?? 'CORP'}`] : ['Username    alice', 'Domain      CORP']),
    '# Paste the PassNTLMv2 line printed by: cntlm -H -c /etc/cntlm.conf',
    `Proxy       ${upstream}`,
    ...(input.noProxy.length > 0 ? [`NoProxy     ${input.noProxy.join(', ')}`] : []),
    `Listen      127.0.0.1:${RELAY_PORT}`,
  ];
  return [
    {
      title: 'cntlm: /etc/cntlm.conf (Linux, macOS, Windows)',
      language: 'text',
      code: cntlm.join('\n'),
      notes: [
        'cntlm -H asks for the password and prints hashes: only the hash goes into the file, never the password.',
        ...(domain === undefined && hasCredentials(input)
          ? ['Write your Windows domain on the Domain line (or enter the user as DOMAIN\\user).']
          : []),
        `Then point every tool at http://127.0.0.1:${RELAY_PORT} without credentials.`,
      ],
      keepsSecretOut: true,
    },
    {
      title: 'px: relay with your Windows logon or Kerberos ticket',
      language: 'bash',
      code: `px --proxy=${upstream} --listen=127.0.0.1 --port=${RELAY_PORT}`,
      notes: [
        'px answers NTLM and Negotiate with the logged-on user (SSPI on Windows, GSS-API/Kerberos elsewhere), so no password is stored.',
        `Then point every tool at http://127.0.0.1:${RELAY_PORT} without credentials.`,
      ],
      keepsSecretOut: true,
    },
  ];
}
