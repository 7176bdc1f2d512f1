import type { CatalogueEntry } from '../types';

const NPM_PAGE = '/errors/npm-e407/';
const FIX = 'how-to-fix-it';
const CAUSES = [
  { text: 'The proxy URL has no credentials: npm sends them only from the URL.' },
  { text: 'Special characters in the password are not percent-encoded (@ must be %40).', link: '/guides/special-characters/' },
  { text: 'An NTLM or Kerberos proxy: npm can do neither; use a relay such as Px.', link: '/guides/ntlm-kerberos-proxies/' },
  { text: 'Two proxy settings disagree (.npmrc files and environment variables).' },
] as const;

export const npm: readonly CatalogueEntry[] = [
  { id: 'npm-error-code-e407', tools: ['npm'], message: 'npm error code E407', page: NPM_PAGE, anchor: FIX, causes: CAUSES },
  { id: 'npm-err-code-e407', tools: ['npm'], message: 'npm ERR! code E407', page: NPM_PAGE, anchor: FIX, causes: CAUSES },
  {
    id: 'npm-error-407-get',
    tools: ['npm'],
    message: 'npm error 407 Proxy Authentication Required - GET {url:https://registry.npmjs.org/left-pad}',
    page: NPM_PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'npm-err-407-get',
    tools: ['npm'],
    message: 'npm ERR! 407 Proxy Authentication Required - GET {url:https://registry.npmjs.org/left-pad}',
    page: NPM_PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'yarn-tunneling-socket-407',
    tools: ['yarn'],
    message:
      'error An unexpected error occurred: "{url:https://registry.example.com/left-pad}: tunneling socket could not be established, statusCode=407".',
    page: '/guides/npm/',
    anchor: 'when-you-still-get-407',
    causes: [{ text: 'Yarn 1 has no proxy credentials: put user:password@ in its proxy URL.' }],
  },
  {
    id: 'pnpm-fetch-407',
    tools: ['pnpm'],
    message: 'ERR_PNPM_FETCH_407 GET {url:https://registry.example.com/left-pad}: Proxy Authentication Required - 407',
    page: '/guides/npm/',
    anchor: 'when-you-still-get-407',
    causes: [{ text: 'pnpm reads the proxy from .npmrc: the URL there has no (valid) credentials.' }],
  },
];
