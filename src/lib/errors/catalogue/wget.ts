import type { CatalogueEntry } from '../types';

const WGET_PAGE = '/errors/wget-proxy-tunneling-failed/';
const ANCHOR = 'how-to-fix-it';
const CAUSES = [
  { text: 'No proxy credentials: use --proxy-user and --proxy-password, or proxy_user in .wgetrc.' },
  { text: 'The proxy wants NTLM or Negotiate, which wget cannot do.', link: '/guides/ntlm-kerberos-proxies/' },
] as const;

export const wget: readonly CatalogueEntry[] = [
  {
    id: 'wget-error-407',
    tools: ['wget'],
    message: 'ERROR 407: Proxy Authentication Required.',
    page: WGET_PAGE,
    anchor: ANCHOR,
    causes: CAUSES,
  },
  {
    id: 'wget-proxy-request-sent-407',
    tools: ['wget'],
    message: 'Proxy request sent, awaiting response... 407 Proxy Authentication Required',
    page: WGET_PAGE,
    anchor: ANCHOR,
    causes: CAUSES,
  },
  {
    id: 'wget-proxy-tunneling-failed',
    tools: ['wget'],
    message: 'Proxy tunneling failed: Proxy Authentication RequiredUnable to establish SSL connection.',
    page: WGET_PAGE,
    anchor: ANCHOR,
    causes: CAUSES,
  },
  {
    id: 'wget-failed-reading-proxy-response',
    tools: ['wget'],
    message: 'Failed reading proxy response: {text:Connection reset by peer}',
    page: WGET_PAGE,
    anchor: ANCHOR,
    causes: [
      { text: 'The proxy closed the connection: wrong port, or a proxy that drops clients it does not allow.' },
      { text: 'The proxy expects TLS from the client (an https:// proxy), which wget does not speak to a proxy.' },
    ],
  },
];
