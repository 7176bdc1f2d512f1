/**
 * curl: command-line flags in bash, PowerShell and cmd, and the `.curlrc` / `_curlrc` config file.
 * Options from the curl man page (--proxy, --proxy-user, --proxy-basic/-digest/-ntlm/-negotiate,
 * --proxy-anyauth, --noproxy); the config file syntax from curl's docs/cmdline-opts (the -K section).
 */
import { basicOverHttpNote, HISTORY_NOTE, noProxyValue, prepare, PLAIN_FILE_NOTE } from './common';
import { hasCredentials, hasPassword, proxyUrl, type ProxyInput, type Snippet } from './input';
import { quoteBash, quoteCmd, quotePowerShell } from './quote';

const AUTH_FLAG: Readonly<Record<string, string>> = {
  basic: '--proxy-basic',
  digest: '--proxy-digest',
  ntlm: '--proxy-ntlm',
  negotiate: '--proxy-negotiate',
  any: '--proxy-anyauth',
};

const TARGET = 'https://example.com/';

export function curlSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prepNotes } = prepare(raw, 'curl', ['basic', 'digest', 'ntlm', 'negotiate', 'any']);
  const socks = input.proxy.scheme.startsWith('socks');
  const userHasColon = (input.user ?? '').includes(':');
  // curl splits --proxy-user at the first colon, so a user name with a colon goes into the URL instead.
  const credsInUrl = userHasColon && hasCredentials(input);
  const url = proxyUrl(input, { credentials: credsInUrl });
  const userPass = hasCredentials(input) && !credsInUrl ? `${input.user}${hasPassword(input) ? ':' + input.password : ''}` : undefined;
  const authFlag = socks || (!hasCredentials(input) && input.authScheme !== 'negotiate') ? undefined : AUTH_FLAG[input.authScheme];
  const negotiateSso = input.authScheme === 'negotiate' && !socks && !hasCredentials(input);
  const np = noProxyValue(input);
  const baseNotes = [...prepNotes, ...basicOverHttpNote(input)];
  if (credsInUrl)
    baseNotes.push(
      'The user name contains ":", which --proxy-user would take as the separator: the credentials are percent-encoded into the proxy URL instead.',
    );

  const args = (quote: (v: string) => string, userValue: string | undefined): string[] => {
    const out = ['--proxy', quote(url)];
    if (userValue !== undefined) out.push('--proxy-user', quote(userValue));
    if (negotiateSso) out.push('--proxy-user', quote(':'));
    if (authFlag) out.push(authFlag);
    if (np !== '') out.push('--noproxy', quote(np));
    out.push(quote(TARGET));
    return out;
  };
  const snippets: Snippet[] = [];
  const bashNotes = [...baseNotes];
  if (userPass !== undefined && hasPassword(input)) bashNotes.push(HISTORY_NOTE);
  if (negotiateSso) bashNotes.push('--proxy-user : takes your Kerberos ticket (kinit) or, on Windows, your logon session (SSPI).');
  snippets.push({ title: 'Command line (bash)', language: 'bash', code: 'curl ' + args(quoteBash, userPass).join(' '), notes: bashNotes });

  if (hasCredentials(input) && hasPassword(input) && !credsInUrl) {
    snippets.push({
      title: 'Command line, prompting for the password (bash)',
      language: 'bash',
      code: 'curl ' + args(quoteBash, input.user).join(' '),
      notes: [
        ...baseNotes,
        'With --proxy-user and no ":password", curl asks for the password ("Enter proxy password for user …") without echoing it.',
      ],
      keepsSecretOut: true,
    });
  }

  snippets.push(curlrc(input, url, userPass, authFlag, negotiateSso, np, baseNotes));

  const psNotes = [...baseNotes, 'Call curl.exe, not curl: in Windows PowerShell 5.1 "curl" is an alias of Invoke-WebRequest.'];
  if (userPass !== undefined && hasPassword(input)) psNotes.push(HISTORY_NOTE);
  snippets.push({
    title: 'Command line (PowerShell)',
    language: 'powershell',
    code: 'curl.exe ' + args(quotePowerShell, userPass).join(' '),
    notes: psNotes,
  });

  snippets.push(curlCmd(args, userPass, baseNotes, hasPassword(input)));
  return snippets;
}

function curlCmd(
  args: (quote: (v: string) => string, user: string | undefined) => string[],
  userPass: string | undefined,
  baseNotes: string[],
  withPassword: boolean,
): Snippet {
  const problems: string[] = [];
  const extra = new Set<string>();
  const quote = (v: string): string => {
    const q = quoteCmd(v, { batch: false });
    if (!q.ok) {
      problems.push(q.reason);
      return '"…"';
    }
    q.notes.forEach((n) => extra.add(n));
    return q.text;
  };
  const code = 'curl ' + args(quote, userPass).join(' ');
  if (problems.length > 0) {
    return {
      title: 'Command line (cmd)',
      language: 'bat',
      code: 'rem This value cannot be written safely at the cmd.exe prompt: use PowerShell or a .curlrc / _curlrc file.',
      notes: [...baseNotes, ...new Set(problems)],
    };
  }
  return {
    title: 'Command line (cmd)',
    language: 'bat',
    code,
    notes: [...baseNotes, ...extra, ...(userPass !== undefined && withPassword ? [HISTORY_NOTE] : [])],
  };
}

function curlrc(
  input: ProxyInput,
  url: string,
  userPass: string | undefined,
  authFlag: string | undefined,
  negotiateSso: boolean,
  np: string,
  baseNotes: string[],
): Snippet {
  const lines = [`proxy = ${curlrcString(url)}`];
  if (userPass !== undefined) lines.push(`proxy-user = ${curlrcString(userPass)}`);
  if (negotiateSso) lines.push('proxy-user = ":"');
  if (authFlag) lines.push(authFlag.slice(2));
  if (np !== '') lines.push(`noproxy = ${curlrcString(np)}`);
  const secret = hasPassword(input) && hasCredentials(input);
  return {
    title: 'Config file: ~/.curlrc (Windows: %APPDATA%\\_curlrc)',
    language: 'ini',
    code: lines.join('\n'),
    notes: [
      ...baseNotes,
      'curl reads ~/.curlrc on every run (Windows: _curlrc in %APPDATA% or %USERPROFILE%); -q as the first option skips it, -K file reads another one.',
      ...(secret ? [PLAIN_FILE_NOTE, 'Kept in a file, the password stays out of shell history and the process list.'] : []),
    ],
    ...(secret ? { keepsSecretOut: true } : {}),
  };
}

/** A double-quoted .curlrc value: backslash escapes \\ \" \t \n \r \v (curl's config parser). */
function curlrcString(value: string): string {
  let out = '"';
  for (const ch of value) {
    if (ch === '\\' || ch === '"') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\v') out += '\\v';
    else out += ch;
  }
  return out + '"';
}
