/**
 * Package managers: npm/pnpm/yarn classic (`.npmrc`: proxy, https-proxy, noproxy; npm docs "config"),
 * Yarn Berry (`.yarnrc.yml`: httpProxy, httpsProxy), pip (`pip.conf`/`pip.ini`, `--proxy`; pip user
 * guide "Configuration") and apt (`Acquire::http::Proxy`, apt.conf(5) and apt-transport-http(1)).
 * All of them send Basic only.
 */
import { basicOverHttpNote, HISTORY_NOTE, noProxyValue, PLAIN_FILE_NOTE, prepare } from './common';
import { bareHost, encodeUserinfo, hasCredentials, hasPassword, proxyUrl, urlHost, type ProxyInput, type Snippet } from './input';
import { quoteBash, quoteYaml } from './quote';

export function npmSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'npm', ['basic', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  const url = proxyUrl(input);
  const np = noProxyValue(input);
  const secret = hasCredentials(input) && hasPassword(input);
  const rc = [`proxy=${url}`, `https-proxy=${url}`, ...(np !== '' ? [`noproxy=${np}`] : [])];
  const out: Snippet[] = [];
  out.push({
    title: 'Config file: ~/.npmrc (npm, pnpm, yarn classic)',
    language: 'ini',
    code: rc.join('\n'),
    notes: [...notes, 'pnpm and yarn 1 read the same keys from .npmrc.', ...(secret ? [PLAIN_FILE_NOTE] : [])],
  });
  out.push({
    title: 'npm config set (bash or PowerShell)',
    language: 'bash',
    code: [
      `npm config set proxy ${quoteBash(url)}`,
      `npm config set https-proxy ${quoteBash(url)}`,
      ...(np !== '' ? [`npm config set noproxy ${quoteBash(np)}`] : []),
    ].join('\n'),
    notes: [...notes, ...(secret ? [HISTORY_NOTE] : [])],
  });
  if (secret) {
    const envUrl = `${input.proxy.scheme}://${encodeUserinfo(input.user ?? '')}:\${NPM_PROXY_PASSWORD}@${urlHost(input.proxy.host)}:${input.proxy.port}`;
    out.push({
      title: '~/.npmrc with the password from the environment',
      language: 'ini',
      code: [`proxy=${envUrl}`, `https-proxy=${envUrl}`, ...(np !== '' ? [`noproxy=${np}`] : [])].join('\n'),
      notes: [
        ...notes,
        'npm replaces ${NPM_PROXY_PASSWORD} with the variable when it reads the file. Set it percent-encoded, e.g. read -r -s then python3 urllib.parse.quote (see the environment variables tab).',
      ],
      keepsSecretOut: true,
    });
  }
  const yarn = [`httpProxy: ${quoteYaml(url)}`, `httpsProxy: ${quoteYaml(url)}`];
  out.push({
    title: 'Yarn Berry (2+): .yarnrc.yml',
    language: 'yaml',
    code: yarn.join('\n'),
    notes: [
      ...notes,
      ...(np !== '' ? ['.yarnrc.yml has no exclusion list: Yarn Berry uses the proxy for every registry.'] : []),
      ...(secret ? [PLAIN_FILE_NOTE, 'Yarn also expands ${VAR} in .yarnrc.yml, like the .npmrc variant.'] : []),
    ],
  });
  return out;
}

export function pipSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'pip', ['basic', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  if (input.proxy.scheme.startsWith('socks'))
    notes.push('pip needs PySocks for a SOCKS proxy: pip install pysocks (through another route first).');
  const url = proxyUrl(input);
  const np = noProxyValue(input);
  const secret = hasCredentials(input) && hasPassword(input);
  const npNote = np !== '' ? [`pip has no exclusion setting; it honours NO_PROXY from the environment (through requests).`] : [];
  return [
    {
      title: 'Config file: ~/.config/pip/pip.conf (Windows: %APPDATA%\\pip\\pip.ini)',
      language: 'ini',
      code: ['[global]', `proxy = ${url}`].join('\n'),
      notes: [
        ...notes,
        ...npNote,
        'pip reads no % interpolation in this file, so the percent-encoded URL is written as is.',
        ...(secret ? [PLAIN_FILE_NOTE] : []),
      ],
    },
    {
      title: 'Command line (bash or PowerShell)',
      language: 'bash',
      code: `pip install --proxy ${quoteBash(url)} requests`,
      notes: [...notes, ...npNote, ...(secret ? [HISTORY_NOTE] : [])],
    },
  ];
}

export function aptSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'apt', ['basic', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  if (input.proxy.scheme === 'socks5') notes.push('apt accepts only socks5h:// (names resolved by the proxy), since apt 1.5.');
  const url = proxyUrl(input, input.proxy.scheme === 'socks5' ? { scheme: 'socks5h' } : {}) + '/';
  const secret = hasCredentials(input) && hasPassword(input);
  const lines = [`Acquire::http::Proxy "${url}";`, `Acquire::https::Proxy "${url}";`];
  const skipped: string[] = [];
  for (const host of input.noProxy) {
    // apt.conf(5): Acquire::http::Proxy::<host> "DIRECT" — exact host names only.
    if (host.includes('/') || host.includes('*') || host.startsWith('.') || host.includes(':')) {
      skipped.push(host);
      continue;
    }
    lines.push(`Acquire::http::Proxy::${bareHost(host)} "DIRECT";`, `Acquire::https::Proxy::${bareHost(host)} "DIRECT";`);
  }
  return [
    {
      title: 'Config file: /etc/apt/apt.conf.d/95proxy',
      language: 'text',
      code: lines.join('\n'),
      notes: [
        ...notes,
        'apt ignores NO_PROXY in its config: each excluded host gets its own "DIRECT" line, exact names only.',
        ...(skipped.length > 0 ? [`Left out (apt matches exact host names only): ${skipped.join(', ')}`] : []),
        ...(secret ? ['Files in /etc/apt/apt.conf.d are world-readable by default: sudo chmod 600 /etc/apt/apt.conf.d/95proxy.'] : []),
      ],
    },
    {
      title: 'One-off (bash)',
      language: 'bash',
      code: `sudo apt-get -o ${quoteBash(`Acquire::http::Proxy=${url}`)} -o ${quoteBash(`Acquire::https::Proxy=${url}`)} update`,
      notes: [...notes, ...(secret ? [HISTORY_NOTE] : [])],
    },
  ];
}
