/**
 * git: `http.proxy` and `http.proxyAuthMethod` (git-config(1)). Git hands both to libcurl, so every
 * scheme curl knows works, and it asks for a missing proxy password through its credential system
 * (git's http.c, proxy_auth + credential_fill), so a credential helper can keep it.
 * Git has no NO_PROXY setting: libcurl applies NO_PROXY from the environment.
 */
import { basicOverHttpNote, HISTORY_NOTE, noProxyValue, prepare } from './common';
import { hasCredentials, hasPassword, proxyUrl, type ProxyInput, type Snippet } from './input';
import { quoteBash } from './quote';

const METHOD: Readonly<Record<string, string>> = { basic: 'basic', digest: 'digest', ntlm: 'ntlm', negotiate: 'negotiate', any: 'anyauth' };

export function gitSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'git', ['basic', 'digest', 'ntlm', 'negotiate', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  const socks = input.proxy.scheme.startsWith('socks');
  const method = socks ? [] : [`git config --global http.proxyAuthMethod ${METHOD[input.authScheme]}`];
  const np = noProxyValue(input);
  const npNote =
    np !== ''
      ? [`Git has no exclusion setting: export NO_PROXY=${quoteBash(np)} (libcurl reads it), or set http.<url>.proxy "" for a host.`]
      : [];
  const secret = hasCredentials(input) && hasPassword(input);
  const out: Snippet[] = [];
  out.push({
    title: 'Global git config (bash or PowerShell)',
    language: 'bash',
    code: [`git config --global http.proxy ${quoteBash(proxyUrl(input))}`, ...method].join('\n'),
    notes: [
      ...notes,
      ...npNote,
      ...(secret ? [HISTORY_NOTE, 'The password is stored in clear text in ~/.gitconfig.'] : []),
      'In cmd, use double quotes instead of single quotes.',
    ],
  });
  if (hasCredentials(input)) {
    out.push({
      title: 'Password from a credential helper (bash)',
      language: 'bash',
      code: [
        `git config --global http.proxy ${quoteBash(proxyUrl(input, { userOnly: true }))}`,
        ...method,
        'git config --global credential.helper cache   # or: manager (Windows), osxkeychain (macOS), libsecret',
      ].join('\n'),
      notes: [
        ...notes,
        ...npNote,
        'With a user and no password in http.proxy, git asks for the proxy password once and stores it with the credential helper; it never appears in the config or the command line.',
      ],
      keepsSecretOut: true,
    });
  }
  return out;
}
