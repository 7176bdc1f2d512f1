import type { CatalogueEntry } from '../types';

const GIT_PAGE = '/errors/git-407/';
const FIX = 'how-to-fix-it';
const CAUSES = [
  { text: 'No proxy credentials: http.proxy or https_proxy without user@.' },
  { text: 'A rejected password: wrong, expired, or special characters not percent-encoded.', link: '/guides/special-characters/' },
  { text: "The proxy wants NTLM or Negotiate and git's libcurl is not using it: set http.proxyAuthMethod." },
  { text: 'A proxy you did not mean is set somewhere in git config or the environment.' },
] as const;

export const git: readonly CatalogueEntry[] = [
  {
    id: 'git-connect-tunnel-failed-407',
    tools: ['git'],
    message: "fatal: unable to access '{url:https://example.com/repo.git/}': CONNECT tunnel failed, response 407",
    page: GIT_PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'git-received-http-code-407',
    tools: ['git'],
    message: "fatal: unable to access '{url:https://example.com/repo.git/}': Received HTTP code 407 from proxy after CONNECT",
    page: GIT_PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'git-requested-url-returned-error-407',
    tools: ['git'],
    message: "fatal: unable to access '{url:http://git.example.com/project.git/}': The requested URL returned error: 407",
    page: '/guides/git/',
    anchor: 'when-you-still-get-407',
    causes: [{ text: 'A plain http:// remote: the proxy answered the request itself with 407; give git proxy credentials.' }],
  },
];
