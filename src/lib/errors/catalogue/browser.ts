import type { CatalogueEntry } from '../types';

const PAGE = '/guides/browsers-pac/';
const ANCHOR = 'when-you-still-get-407';

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
];
