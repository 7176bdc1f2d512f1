/**
 * GNU Wget: `.wgetrc` (Wget manual, "Startup File" and "Proxies") and `-e` commands.
 * Wget reads only the lowercase http_proxy / https_proxy / no_proxy, speaks Basic only to proxies,
 * and has no SOCKS support.
 */
import { basicOverHttpNote, HISTORY_NOTE, noProxyValue, PLAIN_FILE_NOTE, prepare } from './common';
import { hasCredentials, hasPassword, proxyUrl, type ProxyInput, type Snippet } from './input';
import { plainConfigValue, quoteBash } from './quote';

export function wgetSnippets(raw: ProxyInput): Snippet[] {
  if (raw.proxy?.scheme?.startsWith('socks')) {
    prepare(raw, 'wget', ['basic']);
    return [
      {
        title: 'wget',
        language: 'text',
        code: 'Wget cannot use a SOCKS proxy.',
        notes: ['Wrap it with proxychains or tsocks, or use curl, which speaks SOCKS5.'],
      },
    ];
  }
  const { input, notes: prep } = prepare(raw, 'wget', ['basic', 'any']);
  const url = proxyUrl(input, { credentials: false }) + '/';
  const notes = [...prep, ...basicOverHttpNote(input)];
  const np = noProxyValue(input);
  const secret = hasCredentials(input) && hasPassword(input);
  const lines = ['use_proxy = on', `http_proxy = ${url}`, `https_proxy = ${url}`];
  const fileNotes = [...notes, 'Wget reads ~/.wgetrc (and /etc/wgetrc); a value runs to the end of the line, without quotes.'];
  let unsafe = false;
  if (hasCredentials(input)) {
    const u = plainConfigValue(input.user ?? '');
    const p = hasPassword(input) ? plainConfigValue(input.password ?? '') : '';
    if (u === undefined || p === undefined) unsafe = true;
    else {
      lines.push(`proxy_user = ${u}`);
      if (hasPassword(input)) lines.push(`proxy_password = ${p}`);
    }
  }
  if (np !== '') lines.push(`no_proxy = ${np}`);
  if (unsafe)
    fileNotes.push(
      'A user name or password with spaces at either end cannot be written in .wgetrc: use --proxy-user/--proxy-password on the command line.',
    );
  if (secret) fileNotes.push(PLAIN_FILE_NOTE);
  const out: Snippet[] = [
    {
      title: 'Config file: ~/.wgetrc',
      language: 'ini',
      code: lines.join('\n'),
      notes: fileNotes,
      ...(secret && !unsafe ? { keepsSecretOut: true } : {}),
    },
  ];

  const args = ['wget', '-e', 'use_proxy=on', '-e', quoteBash(`http_proxy=${url}`), '-e', quoteBash(`https_proxy=${url}`)];
  if (hasCredentials(input)) args.push(quoteBash(`--proxy-user=${input.user}`));
  if (hasPassword(input) && hasCredentials(input)) args.push(quoteBash(`--proxy-password=${input.password}`));
  if (np !== '') args.push('-e', quoteBash(`no_proxy=${np}`));
  args.push(quoteBash('https://example.com/'));
  out.push({ title: 'Command line (bash)', language: 'bash', code: args.join(' '), notes: [...notes, ...(secret ? [HISTORY_NOTE] : [])] });
  return out;
}
