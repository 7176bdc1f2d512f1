import type { CatalogueEntry } from '../types';

const APT_PAGE = '/guides/apt/';
const ANCHOR = 'when-you-still-get-407';
const CAUSES = [
  { text: 'Acquire::http::Proxy has no user:password@, or it is wrong.' },
  { text: 'Special characters in the password are not percent-encoded.', link: '/guides/special-characters/' },
] as const;

export const apt: readonly CatalogueEntry[] = [
  {
    id: 'apt-failed-to-fetch-407',
    tools: ['apt'],
    message:
      'W: Failed to fetch {url:http://deb.example.com/debian/dists/bookworm/InRelease} 407 Proxy Authentication Required [IP: {ip:192.0.2.10} {port:3128}]',
    page: APT_PAGE,
    anchor: ANCHOR,
    causes: CAUSES,
  },
  {
    id: 'apt-invalid-response-from-proxy-407',
    tools: ['apt'],
    message: 'Invalid response from proxy: HTTP/1.1 407 Proxy Authentication Required',
    page: APT_PAGE,
    anchor: ANCHOR,
    causes: CAUSES,
  },
  {
    id: 'apt-err-line-407',
    tools: ['apt'],
    message:
      'Err:{number:1} {url:http://deb.example.com/debian} {text:bookworm InRelease} 407 Proxy Authentication Required [IP: {ip:192.0.2.10} {port:3128}]',
    page: APT_PAGE,
    anchor: ANCHOR,
    causes: CAUSES,
  },
  {
    id: 'apt-1-4-failed-to-fetch-connect',
    tools: ['apt', 'curl'],
    message:
      'W: Failed to fetch {url:https://deb.example.com/debian/dists/stretch/InRelease} Received HTTP code {status:407} from proxy after CONNECT',
    page: APT_PAGE,
    anchor: ANCHOR,
    causes: [
      ...CAUSES,
      { text: 'A 403 instead of 407: the proxy blocks the repository host by policy; ask for it to be allowed.', link: '/codes/403/' },
    ],
  },
];
