import type { CatalogueEntry } from '../types';

const PAGE = '/errors/socks5-authentication/';
const FIX = 'how-to-fix-it';
const NO_METHOD = [
  { text: 'No user name and password given, so curl offered only "no authentication".' },
  { text: 'The SOCKS5 server requires a password (RFC 1929).' },
] as const;
const REJECTED = [
  { text: 'Wrong user name or password for the SOCKS5 proxy.' },
  { text: 'Special characters in the password not percent-encoded in the proxy URL.', link: '/guides/special-characters/' },
] as const;

export const socks: readonly CatalogueEntry[] = [
  {
    id: 'curl-97-no-authentication-method-acceptable',
    tools: ['curl', 'socks'],
    message: 'curl: (97) No authentication method was acceptable.',
    page: PAGE,
    anchor: FIX,
    causes: NO_METHOD,
  },
  {
    id: 'curl-97-user-rejected-by-socks5-server',
    tools: ['curl', 'socks'],
    message: 'curl: (97) User was rejected by the SOCKS5 server (1 1).',
    page: PAGE,
    anchor: FIX,
    causes: REJECTED,
  },
  {
    id: 'git-user-rejected-by-socks5-server',
    tools: ['git', 'socks'],
    message: "fatal: unable to access '{url:https://example.com/repo.git/}': User was rejected by the SOCKS5 server (1 1).",
    page: PAGE,
    anchor: FIX,
    causes: REJECTED,
  },
  {
    id: 'requests-missing-socks-dependencies',
    tools: ['python', 'socks'],
    message: 'requests.exceptions.InvalidSchema: Missing dependencies for SOCKS support.',
    page: PAGE,
    anchor: FIX,
    causes: [{ text: 'requests needs the extra PySocks dependency for socks5:// proxies: pip install requests[socks].' }],
  },
];
