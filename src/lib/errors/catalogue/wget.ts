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
];
