import type { CatalogueEntry } from '../types';

const FIX = 'how-to-fix-it';
const REQUESTS_CAUSES = [
  { text: 'No credentials in the proxy URL: requests takes them only from the URL, proxies= or HTTPS_PROXY.' },
  { text: 'Special characters in the password are not percent-encoded.', link: '/guides/special-characters/' },
  { text: 'An NTLM or Kerberos proxy: requests only does Basic; use a relay such as Px.', link: '/guides/ntlm-kerberos-proxies/' },
  { text: 'A non-ASCII password: requests encodes it as Latin-1.' },
] as const;
const PIP_CAUSES = [
  { text: 'No credentials: --proxy, HTTPS_PROXY or pip.conf names the proxy without user:password@.' },
  { text: 'Special characters in the password are not percent-encoded.', link: '/guides/special-characters/' },
  { text: 'An NTLM or Kerberos proxy: pip only sends Basic; use a relay such as Px.', link: '/guides/ntlm-kerberos-proxies/' },
] as const;

export const python: readonly CatalogueEntry[] = [
  {
    id: 'requests-proxyerror-407',
    tools: ['python'],
    message:
      "requests.exceptions.ProxyError: HTTPSConnectionPool(host='{host:example.com}', port={port:443}): Max retries exceeded with url: {path:/} (Caused by ProxyError('Unable to connect to proxy', OSError('Tunnel connection failed: 407 Proxy Authentication Required')))",
    page: '/errors/python-proxyerror/',
    anchor: FIX,
    causes: REQUESTS_CAUSES,
  },
  {
    id: 'pip-retrying-proxyerror-407',
    tools: ['pip'],
    message:
      "WARNING: Retrying (Retry(total={number:4}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required'))': {path:/simple/requests/}",
    page: '/errors/pip-407/',
    anchor: FIX,
    causes: PIP_CAUSES,
  },
  {
    id: 'pip-could-not-find-version',
    tools: ['pip'],
    message: 'ERROR: Could not find a version that satisfies the requirement {package:requests} (from versions: none)',
    page: '/errors/pip-407/',
    anchor: FIX,
    causes: [{ text: 'pip could not reach the index at all: look above it for a ProxyError and its status.' }, ...PIP_CAUSES],
  },
  {
    id: 'pip-no-matching-distribution',
    tools: ['pip'],
    message: 'ERROR: No matching distribution found for {package:requests}',
    page: '/errors/pip-407/',
    anchor: FIX,
    causes: [{ text: 'pip could not reach the index at all: look above it for a ProxyError and its status.' }, ...PIP_CAUSES],
  },
  {
    id: 'httpx-proxyerror-407',
    tools: ['python'],
    message: 'httpx.ProxyError: 407 Proxy Authentication Required',
    page: '/guides/python/',
    anchor: 'when-you-still-get-407',
    causes: [{ text: 'The proxy URL given to httpx has no (valid) credentials.' }],
  },
  {
    id: 'urllib-tunnel-connection-failed-407',
    tools: ['python'],
    message: 'urllib.error.URLError: <urlopen error Tunnel connection failed: 407 Proxy Authentication Required>',
    page: '/guides/python/',
    anchor: 'when-you-still-get-407',
    causes: [{ text: 'urllib sends no proxy credentials unless the proxy URL or a ProxyBasicAuthHandler has them.' }],
  },
  {
    id: 'pip-26-retrying-oserror-407',
    tools: ['pip'],
    message:
      "WARNING: Retrying (Retry(total={number:4}, connect=None, read=None, redirect=None, status=None)) after connection broken by 'OSError('Tunnel connection failed: 407 Proxy Authentication Required')': {path:/simple/requests/}",
    page: '/errors/pip-407/',
    anchor: 'how-to-fix-it',
    causes: [
      { text: 'No credentials in --proxy, HTTPS_PROXY or pip.conf (pip 26.1 and later word it this way).' },
      { text: 'Special characters in the password not percent-encoded.', link: '/guides/special-characters/' },
    ],
  },
  {
    id: 'pip-could-not-fetch-url-unable-to-connect-to-proxy',
    tools: ['pip'],
    message:
      "Could not fetch URL {url:https://pypi.org/simple/requests/}: proxy connection error: ('Unable to connect to proxy', OSError('Tunnel connection failed: 407 Proxy Authentication Required')) - skipping",
    page: '/errors/pip-407/',
    anchor: 'how-to-fix-it',
    causes: [{ text: 'No or wrong proxy credentials (pip 26.2 and later, with -v).' }],
  },
  {
    id: 'pip-error-proxy-connection-failed',
    tools: ['pip'],
    message: 'error: proxy-connection-failed',
    page: '/errors/pip-407/',
    anchor: 'how-to-fix-it',
    causes: [{ text: 'pip 26.2 and later could not get through the proxy: for a 407, credentials are missing or wrong.' }],
  },
  {
    id: 'http-client-tunnel-connection-failed-407',
    tools: ['python', 'pip', 'conda'],
    message: 'Tunnel connection failed: 407 Proxy Authentication Required',
    page: '/errors/python-proxyerror/',
    anchor: FIX,
    causes: REQUESTS_CAUSES,
  },
];
