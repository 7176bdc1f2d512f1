/**
 * Language runtimes: Node (NODE_USE_ENV_PROXY, undici ProxyAgent / EnvHttpProxyAgent), Python
 * requests (proxies dict), Go (environment, or http.Transport{Proxy: http.ProxyURL(...)}).
 *
 * Node: NODE_USE_ENV_PROXY=1 makes fetch() and node:http/https honour HTTP_PROXY/HTTPS_PROXY/
 * NO_PROXY. We require Node >= 24.5 (or 22.21): that is where http/https gained it (PR #58980);
 * fetch() support (PR #57165) is older on the 24 line but 24.5 covers both. Source: Node's
 * doc/api/http.md "Built-in Proxy Support" and the v22.21.0 release notes.
 * undici ProxyAgent: `token` is sent as Proxy-Authorization (undici docs, ProxyAgent).
 */
import { basicOverHttpNote, noProxyValue, prepare } from './common';
import { hasCredentials, hasPassword, proxyUrl, type ProxyInput, type Snippet } from './input';
import { quoteBash, quoteJson } from './quote';

export function nodeSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'Node', ['basic', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  const url = proxyUrl(input);
  const bare = proxyUrl(input, { credentials: false });
  const np = noProxyValue(input);
  const secret = hasCredentials(input) && hasPassword(input);
  const out: Snippet[] = [];
  if (input.proxy.scheme.startsWith('socks'))
    notes.push("Node's built-in support and undici ProxyAgent speak HTTP(S) proxies only; for SOCKS use a socks agent package.");
  out.push({
    title: 'Node >= 24.5: NODE_USE_ENV_PROXY (bash)',
    language: 'bash',
    code: [
      `export HTTP_PROXY=${quoteBash(url)}`,
      `export HTTPS_PROXY=${quoteBash(url)}`,
      ...(np !== '' ? [`export NO_PROXY=${quoteBash(np)}`] : []),
      'export NODE_USE_ENV_PROXY=1',
      'node app.js   # or: node --use-env-proxy app.js',
    ].join('\n'),
    notes: [
      ...notes,
      'Node 24.5+ (and 22.21+) apply these variables to fetch() and node:http/https when NODE_USE_ENV_PROXY=1; older versions ignore them silently.',
      ...(secret ? ['These lines put the password in your shell history: see the environment variables tab for the read -s variant.'] : []),
    ],
  });
  const cred = (password: string): string[] =>
    hasCredentials(input)
      ? [`const token = 'Basic ' + Buffer.from(${quoteJson(input.user ?? '')} + ':' + ${password}).toString('base64');`]
      : [];
  const agent = (password: string): string =>
    [
      "import { ProxyAgent, fetch } from 'undici';",
      '',
      ...cred(password),
      `const dispatcher = new ProxyAgent({ uri: ${quoteJson(bare)}${hasCredentials(input) ? ', token' : ''} });`,
      "const response = await fetch('https://example.com/', { dispatcher });",
    ].join('\n');
  out.push({
    title: 'undici ProxyAgent (JavaScript)',
    language: 'js',
    code: agent(secret ? quoteJson(input.password ?? '') : "''"),
    notes: [
      ...notes,
      'token is sent as the Proxy-Authorization header, on the CONNECT for https targets. Buffer.from encodes the credentials as UTF-8.',
      ...(secret ? ['The password is in the source code.'] : []),
    ],
  });
  if (secret) {
    out.push({
      title: 'undici ProxyAgent, password from the environment (JavaScript)',
      language: 'js',
      code: agent('process.env.PROXY_PASSWORD'),
      notes: [...notes, 'Set PROXY_PASSWORD (not percent-encoded) with read -r -s before starting node.'],
      keepsSecretOut: true,
    });
  }
  out.push({
    title: 'undici EnvHttpProxyAgent (JavaScript)',
    language: 'js',
    code: [
      "import { EnvHttpProxyAgent, setGlobalDispatcher } from 'undici';",
      '',
      '// Reads http_proxy, https_proxy, no_proxy (lowercase first, then uppercase).',
      'setGlobalDispatcher(new EnvHttpProxyAgent());',
    ].join('\n'),
    notes: [...notes, 'Credentials come from the proxy URL in the variables, percent-encoded.'],
  });
  return out;
}

export function pythonSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'Python requests', ['basic', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  if (input.proxy.scheme.startsWith('socks')) notes.push('SOCKS needs the extra: pip install "requests[socks]".');
  const url = proxyUrl(input);
  const np = noProxyValue(input);
  const secret = hasCredentials(input) && hasPassword(input);
  const dict = (value: string): string[] => [
    'proxies = {',
    `    "http": ${value},`,
    `    "https": ${value},`,
    ...(np !== '' ? [`    "no_proxy": ${quoteJson(np)},`] : []),
    '}',
  ];
  const out: Snippet[] = [
    {
      title: 'requests: proxies dict (Python)',
      language: 'python',
      code: ['import requests', '', ...dict(quoteJson(url)), 'response = requests.get("https://example.com/", proxies=proxies)'].join('\n'),
      notes: [
        ...notes,
        'requests decodes the percent-encoding and sends Basic. Without proxies=, it reads http_proxy/https_proxy/no_proxy from the environment.',
        ...(secret ? ['The password is in the source code.'] : []),
      ],
    },
  ];
  if (secret) {
    const scheme = quoteJson(`${input.proxy.scheme}://`);
    const hostPort = quoteJson(`@${proxyUrl(input, { credentials: false }).slice(input.proxy.scheme.length + 3)}`);
    out.push({
      title: 'requests: password asked with getpass (Python)',
      language: 'python',
      code: [
        'import getpass',
        'from urllib.parse import quote',
        'import requests',
        '',
        `user = quote(${quoteJson(input.user ?? '')}, safe="")`,
        'password = quote(getpass.getpass("Proxy password: "), safe="")',
        `url = ${scheme} + user + ":" + password + ${hostPort}`,
        ...dict('url'),
        'response = requests.get("https://example.com/", proxies=proxies)',
      ].join('\n'),
      notes: [...notes, 'getpass reads without echo; quote(..., safe="") percent-encodes every reserved character.'],
      keepsSecretOut: true,
    });
  }
  return out;
}

export function goSnippets(raw: ProxyInput): Snippet[] {
  const { input, notes: prep } = prepare(raw, 'Go net/http', ['basic', 'any']);
  const notes = [...prep, ...basicOverHttpNote(input)];
  const np = noProxyValue(input);
  const secret = hasCredentials(input) && hasPassword(input);
  const hostPort = proxyUrl(input, { credentials: false }).slice(input.proxy.scheme.length + 3);
  const code = (password: string): string => {
    const user = hasCredentials(input) ? `\n\t\tUser:   url.UserPassword(${quoteJson(input.user ?? '')}, ${password}),` : '';
    const proxyLine =
      np !== ''
        ? [
            '\tcfg := &httpproxy.Config{HTTPProxy: proxyURL.String(), HTTPSProxy: proxyURL.String(), NoProxy: ' + quoteJson(np) + '}',
            '\tproxyFor := cfg.ProxyFunc()',
            '\tclient := &http.Client{Transport: &http.Transport{',
            '\t\tProxy: func(r *http.Request) (*url.URL, error) { return proxyFor(r.URL) },',
            '\t}}',
          ]
        : ['\tclient := &http.Client{Transport: &http.Transport{Proxy: http.ProxyURL(proxyURL)}}'];
    return [
      'import (',
      '\t"net/http"',
      '\t"net/url"',
      ...(password.startsWith('os.') ? ['\t"os"'] : []),
      ...(np !== '' ? ['', '\t"golang.org/x/net/http/httpproxy"'] : []),
      ')',
      '',
      'func newClient() *http.Client {',
      '\tproxyURL := &url.URL{',
      `\t\tScheme: ${quoteJson(input.proxy.scheme)},` + user,
      `\t\tHost:   ${quoteJson(hostPort)},`,
      '\t}',
      ...proxyLine,
      '\treturn client',
      '}',
    ].join('\n');
  };
  const out: Snippet[] = [
    {
      title: 'Go: http.Transport with http.ProxyURL',
      language: 'go',
      code: code(secret ? quoteJson(input.password ?? '') : '""'),
      notes: [
        ...notes,
        'url.UserPassword does the percent-encoding; Go sends Basic, on the CONNECT for https targets.',
        'Without a custom Transport, Go reads HTTP_PROXY/HTTPS_PROXY/NO_PROXY (uppercase first) through http.ProxyFromEnvironment.',
        ...(secret ? ['The password is in the source code.'] : []),
      ],
    },
  ];
  if (secret) {
    out.push({
      title: 'Go: password from the environment',
      language: 'go',
      code: code('os.Getenv("PROXY_PASSWORD")'),
      notes: [...notes, 'Set PROXY_PASSWORD (not percent-encoded) with read -r -s before starting the program.'],
      keepsSecretOut: true,
    });
  }
  return out;
}
