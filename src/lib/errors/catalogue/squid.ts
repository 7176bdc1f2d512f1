import type { CatalogueEntry } from '../types';

const PAGE = '/errors/squid-cache-access-denied/';
const FIX = 'how-to-fix-it';
const CAUSES = [
  { text: 'No proxy credentials sent: a tool without a user name, or a cancelled browser prompt.' },
  { text: 'A wrong or expired password, or a user name without the DOMAIN\\ part.' },
  { text: 'The scheme does not match what the client can do (Basic versus NTLM or Negotiate).', link: '/guides/who-is-challenging/' },
] as const;

export const squid: readonly CatalogueEntry[] = [
  {
    id: 'squid-cache-access-denied-page',
    tools: ['squid'],
    message:
      'Sorry, you are not currently allowed to request {url:http://example.com/} from this cache until you have authenticated yourself.',
    page: PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'squid-x-squid-error-cache-access-denied',
    tools: ['squid'],
    message: 'X-Squid-Error: ERR_CACHE_ACCESS_DENIED 0',
    page: PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'squid-default-realm',
    tools: ['squid'],
    message: 'Proxy-Authenticate: Basic realm="Squid proxy-caching web server"',
    page: PAGE,
    anchor: FIX,
    causes: [{ text: 'Squid asks for proxy credentials; this realm is its default when squid.conf sets none.' }],
  },
];
