import type { CatalogueEntry } from '../types';

const PAGE = '/errors/chrome-proxy-errors/';
const ANCHOR = 'how-to-fix-it';

export const browser: readonly CatalogueEntry[] = [
  {
    id: 'chrome-err-proxy-auth-unsupported',
    tools: ['chrome', 'edge'],
    message: 'ERR_PROXY_AUTH_UNSUPPORTED',
    page: PAGE,
    anchor: ANCHOR,
    causes: [{ text: 'The proxy offered only schemes the browser will not use (for example removed by the AuthSchemes policy).' }],
  },
  {
    id: 'chrome-err-tunnel-connection-failed',
    tools: ['chrome', 'edge'],
    message: 'ERR_TUNNEL_CONNECTION_FAILED',
    page: PAGE,
    anchor: ANCHOR,
    causes: [{ text: 'The proxy refused the CONNECT with something other than a 407 (403, 502): blocked or unreachable destination.' }],
  },
  {
    id: 'chrome-err-proxy-connection-failed',
    tools: ['chrome', 'edge'],
    message: 'ERR_PROXY_CONNECTION_FAILED',
    page: PAGE,
    anchor: ANCHOR,
    causes: [{ text: 'The proxy itself is unreachable: wrong host or port, VPN down, or a PAC file naming a dead proxy.' }],
  },
  {
    id: 'chrome-err-mandatory-proxy-configuration-failed',
    tools: ['chrome', 'edge'],
    message: 'ERR_MANDATORY_PROXY_CONFIGURATION_FAILED',
    page: PAGE,
    anchor: ANCHOR,
    causes: [{ text: 'A PAC file that policy marks as mandatory could not be fetched, parsed or run.' }],
  },
  {
    id: 'chrome-err-invalid-auth-credentials',
    tools: ['chrome', 'edge'],
    message: 'ERR_INVALID_AUTH_CREDENTIALS',
    page: PAGE,
    anchor: ANCHOR,
    causes: [
      { text: 'A headless or automated browser got a 407 and had no credentials to answer it (no sign-in dialog).' },
      { text: 'An NTLM or Negotiate login to the proxy failed.', link: '/guides/ntlm-kerberos-proxies/' },
    ],
  },
  {
    id: 'chrome-err-unexpected-proxy-auth',
    tools: ['chrome', 'edge'],
    message: 'ERR_UNEXPECTED_PROXY_AUTH',
    page: PAGE,
    anchor: ANCHOR,
    causes: [{ text: 'A server or interception device answered 407 to a request that was not sent to a proxy.' }],
  },
  {
    id: 'chrome-err-socks-connection-failed',
    tools: ['chrome', 'edge', 'socks'],
    message: 'ERR_SOCKS_CONNECTION_FAILED',
    page: '/errors/socks5-authentication/',
    anchor: ANCHOR,
    causes: [{ text: 'The SOCKS5 proxy wants a user name and password, which Chromium cannot send.' }],
  },
];
