import type { CatalogueEntry } from '../types';

const DOTNET_PAGE = '/errors/dotnet-407/';
const FIX = 'how-to-fix-it';
const CAUSES = [
  { text: 'No proxy credentials: the default proxy sends none, not even your Windows login.' },
  { text: 'The proxy wants NTLM or Negotiate and the credentials are not usable (on Linux: gss-ntlmssp, a Kerberos ticket).' },
  { text: 'Wrong credentials in NetworkCredential, the proxy URL or NuGet.Config.' },
] as const;
const PS_PAGE = '/guides/powershell/';
const PS_ANCHOR = 'when-you-still-get-407';
const PS_CAUSES = [
  { text: 'PowerShell sends no proxy credentials unless you pass -ProxyCredential or -ProxyUseDefaultCredentials.' },
] as const;

export const dotnet: readonly CatalogueEntry[] = [
  {
    id: 'dotnet-proxy-tunnel-request-407',
    tools: ['dotnet', 'powershell', 'nuget'],
    message:
      "System.Net.Http.HttpRequestException: The proxy tunnel request to proxy '{url:http://proxy.example.com:3128/}' failed with status code '407'.",
    page: DOTNET_PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'dotnet-response-status-407',
    tools: ['dotnet', 'powershell'],
    message: 'System.Net.Http.HttpRequestException: Response status code does not indicate success: 407 (Proxy Authentication Required).',
    page: DOTNET_PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'nuget-nu1301-service-index',
    tools: ['nuget', 'dotnet'],
    message: 'error NU1301: Unable to load the service index for source {url:https://nuget.example.com/v3/index.json}.',
    page: '/guides/dotnet/',
    anchor: 'when-you-still-get-407',
    causes: [{ text: 'NuGet could not reach the feed through the proxy: the next line names the status (407: credentials).' }],
  },
  {
    id: 'powershell-remote-server-407',
    tools: ['powershell'],
    message: 'Invoke-WebRequest : The remote server returned an error: (407) Proxy Authentication Required.',
    page: PS_PAGE,
    anchor: PS_ANCHOR,
    causes: PS_CAUSES,
  },
  {
    id: 'powershell-proxy-tunnel-request-407',
    tools: ['powershell'],
    message: "Invoke-WebRequest: The proxy tunnel request to proxy '{url:http://proxy.example.com:3128/}' failed with status code '407'.",
    page: PS_PAGE,
    anchor: PS_ANCHOR,
    causes: PS_CAUSES,
  },
  {
    id: 'powershell-response-status-407',
    tools: ['powershell'],
    message: 'Invoke-WebRequest: Response status code does not indicate success: 407 (Proxy Authentication Required).',
    page: PS_PAGE,
    anchor: PS_ANCHOR,
    causes: PS_CAUSES,
  },
  {
    id: 'dotnet-webexception-remote-server-407',
    tools: ['dotnet', 'powershell'],
    message: 'System.Net.WebException: The remote server returned an error: (407) Proxy Authentication Required.',
    page: '/errors/dotnet-407/',
    anchor: 'how-to-fix-it',
    causes: [
      { text: '.NET Framework and Windows PowerShell 5.1 send no credentials to the default proxy until told to.' },
      { text: 'The proxy wants NTLM or Negotiate and the credentials are not usable.', link: '/guides/ntlm-kerberos-proxies/' },
    ],
  },
  {
    id: 'powershell-unable-to-resolve-package-source',
    tools: ['powershell'],
    message: "WARNING: Unable to resolve package source '{url:https://www.powershellgallery.com/api/v2}'",
    page: '/errors/dotnet-407/',
    anchor: 'how-to-fix-it',
    causes: [
      { text: 'A proxy that wants credentials the session does not send.' },
      { text: 'TLS 1.0 on an old system (the PowerShell Gallery needs TLS 1.2).' },
    ],
  },
];
