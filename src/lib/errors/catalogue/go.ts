import type { CatalogueEntry } from '../types';

const PAGE = '/errors/go-proxy-authentication-required/';
const FIX = 'how-to-fix-it';
const CANNOT_REACH = [
  { text: 'HTTPS_PROXY names a host or port that is wrong or unreachable (off the VPN, relay not running).' },
  { text: 'A stale proxy variable from another network.' },
] as const;

export const go: readonly CatalogueEntry[] = [
  {
    id: 'go-proxyconnect-connection-refused',
    tools: ['go'],
    message: 'Get "{url:https://example.com/}": proxyconnect tcp: dial tcp {ip:192.0.2.10}:{port:3128}: connect: connection refused',
    page: PAGE,
    anchor: FIX,
    causes: CANNOT_REACH,
  },
  {
    id: 'go-proxyconnect-no-such-host',
    tools: ['go'],
    message: 'Get "{url:https://example.com/}": proxyconnect tcp: dial tcp: lookup {host:proxy.example.com}: no such host',
    page: PAGE,
    anchor: FIX,
    causes: CANNOT_REACH,
  },
  {
    id: 'go-module-proxy-auth-required',
    tools: ['go'],
    message:
      'go: {package:example.com/mod@v1.0.0}: Get "{url:https://proxy.golang.org/example.com/mod/@v/v1.0.0.mod}": Proxy Authentication Required',
    page: PAGE,
    anchor: FIX,
    causes: [
      { text: 'HTTPS_PROXY has no user:password@, so Go sends no credentials.' },
      { text: 'An NTLM or Kerberos proxy, which Go cannot answer; use a relay.', link: '/guides/ntlm-kerberos-proxies/' },
    ],
  },
  {
    id: 'go-proxyconnect-eof',
    tools: ['go', 'docker'],
    message: 'Get "{url:https://example.com/}": proxyconnect tcp: EOF',
    page: PAGE,
    anchor: FIX,
    causes: [
      { text: 'HTTPS_PROXY starts with https:// for a proxy that speaks plain HTTP: write http://.' },
      { text: 'The proxy closed the connection: a wrong port, or a proxy that drops clients it does not allow.' },
    ],
  },
];
