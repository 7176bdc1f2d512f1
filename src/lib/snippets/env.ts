/**
 * The proxy environment variables (http_proxy, https_proxy, no_proxy and their uppercase twins)
 * in bash, PowerShell and cmd, for the session and persistently (/etc/environment, setx,
 * [Environment]::SetEnvironmentVariable).
 *
 * Both cases are set because tools disagree: curl and wget read only lowercase http_proxy, Go reads
 * uppercase first, most others lowercase first (see the NO_PROXY guide). Credentials go into the URL,
 * percent-encoded; every tool reading these variables then sends Basic.
 */
import { basicOverHttpNote, noProxyValue, prepare } from './common';
import { encodeUserinfo, hasCredentials, hasPassword, proxyUrl, urlHost, type ProxyInput, type Snippet } from './input';
import { cmdSetLine, quoteBash, quoteCmd, quotePowerShell } from './quote';

const ENV_NOTE =
  'Tools that read these variables send the credentials from the URL as Basic; for NTLM or Negotiate point them at a local relay.';
const ENV_SECRET_NOTE =
  'Every program you start from this shell inherits the variables (and the password); other users cannot see the environment, but your own processes can (/proc/<pid>/environ).';

/** Name/value pairs in the order they are written. */
function proxyVariables(input: ProxyInput, url: string): [string, string][] {
  const vars: [string, string][] = [
    ['http_proxy', url],
    ['https_proxy', url],
    ['HTTP_PROXY', url],
    ['HTTPS_PROXY', url],
  ];
  const np = noProxyValue(input);
  if (np !== '') vars.push(['no_proxy', np], ['NO_PROXY', np]);
  return vars;
}

export function envSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'A tool reading the proxy variables', ['basic', 'any']);
  const url = proxyUrl(input);
  const notes = [...prep, ...basicOverHttpNote(input)];
  if (input.proxy.scheme.startsWith('socks'))
    notes.push('Only some tools accept a socks5:// URL in these variables (curl, Go, git, npm); wget, apt, Java ignore it or fail.');
  const secret = hasCredentials(input) && hasPassword(input);
  const vars = proxyVariables(input, url);
  const out: Snippet[] = [];

  out.push({
    title: 'Environment variables (bash)',
    language: 'bash',
    code: vars.map(([n, v]) => `export ${n}=${quoteBash(v)}`).join('\n'),
    notes: [
      ...notes,
      ENV_NOTE,
      ...(secret ? [ENV_SECRET_NOTE, 'Typed at the prompt, these lines (and the password) go into your shell history.'] : []),
    ],
  });

  if (secret) {
    const user = encodeUserinfo(input.user ?? '');
    const head = quoteBash(`${input.proxy.scheme}://${user}:`);
    const tail = quoteBash(`@${urlHost(input.proxy.host)}:${input.proxy.port}`);
    const lines = [
      `read -r -s -p ${quoteBash(`Proxy password for ${input.user}: `)} PROXY_PASSWORD; echo`,
      `PROXY_PASSWORD_ENC=$(printf '%s' "$PROXY_PASSWORD" | python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read(), safe=""))')`,
      ...vars.map(([n, v]) => (v === url ? `export ${n}=${head}"$PROXY_PASSWORD_ENC"${tail}` : `export ${n}=${quoteBash(v)}`)),
      'unset PROXY_PASSWORD PROXY_PASSWORD_ENC',
    ];
    out.push({
      title: 'Environment variables, asking for the password (bash)',
      language: 'bash',
      code: lines.join('\n'),
      notes: [
        ...notes,
        'read -s does not echo the password and keeps it out of history; printf is a shell builtin, so the password never appears in a process list; python3 percent-encodes it.',
        ENV_SECRET_NOTE,
      ],
      keepsSecretOut: true,
    });
  }

  out.push({
    title: 'Environment variables (PowerShell)',
    language: 'powershell',
    code: vars
      .filter(([n]) => n === n.toUpperCase())
      .map(([n, v]) => `$env:${n} = ${quotePowerShell(v)}`)
      .join('\n'),
    notes: [
      ...notes,
      'Windows variable names are case-insensitive, so the uppercase names cover both; on Linux/macOS PowerShell set the lowercase ones too.',
      ...(secret ? ['PSReadLine saves these lines (and the password) in its history file.'] : []),
    ],
  });
  if (secret) {
    const head = quotePowerShell(`${input.proxy.scheme}://${encodeUserinfo(input.user ?? '')}:`);
    const tail = quotePowerShell(`@${urlHost(input.proxy.host)}:${input.proxy.port}`);
    out.push({
      title: 'Environment variables with Get-Credential (PowerShell)',
      language: 'powershell',
      code: [
        `$cred = Get-Credential -UserName ${quotePowerShell(input.user ?? '')} -Message 'Proxy password'`,
        `$url = ${head} + [Uri]::EscapeDataString($cred.GetNetworkCredential().Password) + ${tail}`,
        ...vars
          .filter(([n]) => n === n.toUpperCase())
          .map(([n, v]) => (v === url ? `$env:${n} = $url` : `$env:${n} = ${quotePowerShell(v)}`)),
      ].join('\n'),
      notes: [
        ...notes,
        'Get-Credential asks in a dialog or prompt, so the password is not in the history; [Uri]::EscapeDataString percent-encodes it.',
      ],
      keepsSecretOut: true,
    });
  }

  out.push(cmdBatch(vars, notes, secret));
  out.push(...persistent(vars, notes, secret));
  return out;
}

function cmdBatch(vars: [string, string][], notes: string[], secret: boolean): Snippet {
  const lines = ['@echo off'];
  const extra = new Set<string>();
  for (const [n, v] of vars.filter(([name]) => name === name.toUpperCase())) {
    const line = cmdSetLine(n, v, { batch: true });
    if (!line.ok) {
      return {
        title: 'Environment variables (cmd batch file)',
        language: 'bat',
        code: `rem ${n} cannot be written safely for cmd.exe: use PowerShell.`,
        notes: [...notes, line.reason],
      };
    }
    line.notes.forEach((x) => extra.add(x));
    lines.push(line.text);
  }
  return {
    title: 'Environment variables (cmd batch file, e.g. proxy.cmd)',
    language: 'bat',
    code: lines.join('\r\n'),
    notes: [
      ...notes,
      'Save as proxy.cmd and run it in the cmd window: a batch file sets variables in the calling window.',
      ...extra,
      ...(secret ? ['The password is in clear text in the file.'] : []),
    ],
  };
}

function persistent(vars: [string, string][], notes: string[], secret: boolean): Snippet[] {
  const out: Snippet[] = [];
  const upper = vars.filter(([n]) => n === n.toUpperCase());
  out.push({
    title: 'Persistent for every login (Linux: /etc/environment)',
    language: 'ini',
    code: vars.map(([n, v]) => `${n}="${v}"`).join('\n'),
    notes: [
      ...notes,
      'pam_env reads /etc/environment at login: plain NAME="value" lines, no export, no $ expansion. Log out and in again.',
      ...(secret ? ['/etc/environment is readable by every local user: prefer a relay or a per-user file for a password.'] : []),
    ],
  });
  out.push({
    title: 'Persistent for your Windows user (PowerShell)',
    language: 'powershell',
    code: upper.map(([n, v]) => `[Environment]::SetEnvironmentVariable(${quotePowerShell(n)}, ${quotePowerShell(v)}, 'User')`).join('\n'),
    notes: [
      ...notes,
      'Stored under HKCU\\Environment; programs started afterwards see it (open a new window).',
      ...(secret ? ['The password is stored in clear text in the registry.'] : []),
    ],
  });
  const setx: string[] = [];
  for (const [n, v] of upper) {
    const q = quoteCmd(v, { batch: true });
    if (!q.ok) {
      out.push({
        title: 'Persistent for your Windows user (cmd: setx)',
        language: 'bat',
        code: `rem ${n} cannot be written safely for cmd.exe: use the PowerShell variant.`,
        notes: [...notes, q.reason],
      });
      return out;
    }
    setx.push(`setx ${n} ${q.text}`);
  }
  out.push({
    title: 'Persistent for your Windows user (cmd batch file: setx)',
    language: 'bat',
    code: setx.join('\r\n'),
    notes: [
      ...notes,
      'setx writes HKCU\\Environment (values up to 1024 characters); only new windows see the change.',
      ...(vars.some(([, v]) => v.includes('%')) ? ['Written for a batch file: % is doubled.'] : []),
    ],
  });
  return out;
}
