/**
 * Docker: the daemon (systemd drop-in, or daemon.json "proxies" since Engine 23.0), the client's
 * ~/.docker/config.json "proxies" (passed into containers and builds), and build arguments.
 * Sources: docs.docker.com "Daemon proxy configuration", "Use a proxy server with the Docker CLI",
 * and the predefined build ARGs (HTTP_PROXY…, left out of `docker history`).
 */
import { basicOverHttpNote, HISTORY_NOTE, noProxyValue, PLAIN_FILE_NOTE, prepare } from './common';
import { hasCredentials, hasPassword, proxyUrl, type ProxyInput, type Snippet } from './input';
import { quoteBash } from './quote';

export function dockerSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'Docker', ['basic', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  const url = proxyUrl(input);
  const np = noProxyValue(input);
  const secret = hasCredentials(input) && hasPassword(input);
  // systemd.unit(5) "Specifiers": % starts a specifier in Environment=, so a literal % is %%;
  // inside "…" systemd also reads C escapes, but \ and " are percent-encoded in the URL.
  const sd = (v: string): string => v.split('%').join('%%');
  const dropIn = [
    '[Service]',
    `Environment="HTTP_PROXY=${sd(url)}"`,
    `Environment="HTTPS_PROXY=${sd(url)}"`,
    ...(np !== '' ? [`Environment="NO_PROXY=${sd(np)}"`] : []),
  ];
  const out: Snippet[] = [];
  out.push({
    title: 'Daemon (pulls, pushes): /etc/systemd/system/docker.service.d/http-proxy.conf',
    language: 'ini',
    code: dropIn.join('\n'),
    notes: [
      ...notes,
      'Then: sudo systemctl daemon-reload && sudo systemctl restart docker; check with systemctl show --property=Environment docker.',
      ...(url.includes('%') ? ['systemd reads % as a specifier in unit files: every % of the percent-encoding is written %%.'] : []),
      ...(secret
        ? [
            'systemctl show prints the password to any local user: prefer a relay without credentials, or chmod 600 the drop-in and accept the risk.',
          ]
        : []),
    ],
  });
  const daemon: Record<string, string> = { 'http-proxy': url, 'https-proxy': url };
  if (np !== '') daemon['no-proxy'] = np;
  out.push({
    title: 'Daemon (Engine 23.0+): /etc/docker/daemon.json',
    language: 'json',
    code: JSON.stringify({ proxies: daemon }, null, 2),
    notes: [
      ...notes,
      'Merge into an existing daemon.json; do not also set the systemd variables (the daemon refuses to start with both). Restart the daemon.',
      ...(secret ? [PLAIN_FILE_NOTE] : []),
    ],
  });
  const client: Record<string, string> = { httpProxy: url, httpsProxy: url };
  if (np !== '') client.noProxy = np;
  out.push({
    title: 'Containers and builds: ~/.docker/config.json',
    language: 'json',
    code: JSON.stringify({ proxies: { default: client } }, null, 2),
    notes: [
      ...notes,
      'The CLI sets HTTP_PROXY/HTTPS_PROXY/NO_PROXY (both cases) inside new containers and builds; programs there apply their own NO_PROXY rules.',
      ...(secret ? ['docker inspect shows the variables, password included, to anyone who can reach the daemon.'] : []),
    ],
  });
  const build = [
    'docker build',
    '--build-arg',
    quoteBash(`HTTP_PROXY=${url}`),
    '--build-arg',
    quoteBash(`HTTPS_PROXY=${url}`),
    ...(np !== '' ? ['--build-arg', quoteBash(`NO_PROXY=${np}`)] : []),
    '.',
  ];
  out.push({
    title: 'One build (bash)',
    language: 'bash',
    code: build.join(' '),
    notes: [
      ...notes,
      'HTTP_PROXY, HTTPS_PROXY and NO_PROXY are predefined build arguments: no ARG line needed, and they stay out of docker history.',
      ...(secret ? [HISTORY_NOTE] : []),
    ],
  });
  if (secret) {
    out.push({
      title: 'One build, values from the environment (bash)',
      language: 'bash',
      code: [
        'docker build',
        '--build-arg',
        'HTTP_PROXY',
        '--build-arg',
        'HTTPS_PROXY',
        ...(np !== '' ? ['--build-arg', 'NO_PROXY'] : []),
        '.',
      ].join(' '),
      notes: [
        ...notes,
        '--build-arg NAME without =value takes the value from your environment: set it with the "asking for the password" variant of the environment variables tab.',
      ],
      keepsSecretOut: true,
    });
  }
  return out;
}
