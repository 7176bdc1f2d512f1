import type { CatalogueEntry } from '../types';

const PAGE = '/errors/conda-proxyerror/';
const FIX = 'how-to-fix-it';
const CAUSES = [
  { text: 'No or wrong credentials in proxy_servers in .condarc or in HTTPS_PROXY.' },
  { text: 'https:// written as the scheme of a proxy that speaks plain HTTP.' },
  { text: 'A stale HTTPS_PROXY or ALL_PROXY, or a stale .netrc entry.' },
  { text: 'An NTLM or Kerberos proxy: conda sends only Basic; use a relay.', link: '/guides/ntlm-kerberos-proxies/' },
] as const;

export const conda: readonly CatalogueEntry[] = [
  {
    id: 'conda-proxyerror-cannot-proceed',
    tools: ['conda'],
    message: 'ProxyError: Conda cannot proceed due to an error in your proxy configuration.',
    page: PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'conda-collecting-package-metadata-failed',
    tools: ['conda'],
    message: 'Collecting package metadata ({path:repodata.json}): failed',
    page: PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'mamba-download-error-connect-407',
    tools: ['mamba', 'conda'],
    message: 'warning libmamba Download error ({number:56}) Failure when receiving data from the peer',
    page: PAGE,
    anchor: FIX,
    causes: [
      { text: 'The proxy refused the tunnel (CONNECT tunnel failed, response 407): no or wrong credentials in proxy_servers.' },
      { text: 'An NTLM or Kerberos proxy that mamba cannot answer; use a relay.', link: '/guides/ntlm-kerberos-proxies/' },
    ],
  },
  {
    id: 'conda-http-error-407',
    tools: ['conda'],
    message:
      'CondaHTTPError: HTTP 407 Proxy Authentication Required for url <{url:https://repo.anaconda.com/pkgs/main/win-64/current_repodata.json}>',
    page: PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'conda-3-http-error-407',
    tools: ['conda'],
    message: 'Error: HTTPError: 407 Client Error: Proxy Authentication Required: {url:http://repo.continuum.io/pkgs/pro/win-64/}',
    page: PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'conda-4-3-proxyerror-maxretryerror-407',
    tools: ['conda'],
    message:
      "ProxyError(MaxRetryError(\"HTTPSConnectionPool(host='{host:repo.continuum.io}', port={port:443}): Max retries exceeded with url: {path:/pkgs/main/win-64/repodata.json.bz2} (Caused by ProxyError('Cannot connect to proxy.', OSError('Tunnel connection failed: 407 Proxy Authentication Required',)))\",),)",
    page: PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
];
