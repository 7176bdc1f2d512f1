import { buildTitleIndex } from '../../../src/lib/search/title-match';

/** A few of the site's pages, titled as on the site. */
export const titleIndex = buildTitleIndex([
  { url: '/codes/401/', title: '401 Unauthorized' },
  { url: '/codes/403/', title: '403 Forbidden' },
  { url: '/codes/407/', title: '407 Proxy Authentication Required' },
  { url: '/codes/444/', title: '444 No Response (nginx)' },
  { url: '/codes/460/', title: '460 Client Closed Connection (AWS ELB)' },
  { url: '/headers/proxy-authenticate/', title: 'Proxy-Authenticate header' },
  { url: '/headers/proxy-connection/', title: 'Proxy-Connection header' },
  { url: '/guides/who-is-challenging/', title: 'Who is challenging me? Telling 401, 407, 403, 511 and 502 apart' },
  { url: '/guides/npm/', title: 'npm, Yarn and pnpm behind an authenticating proxy' },
  { url: '/guides/pip/', title: 'pip behind an authenticating proxy' },
  { url: '/guides/python/', title: 'Python requests, httpx and urllib behind an authenticating proxy' },
  { url: '/guides/go/', title: 'Go net/http behind an authenticating proxy' },
  { url: '/guides/dotnet/', title: '.NET HttpClient and NuGet behind an authenticating proxy' },
  { url: '/guides/git/', title: 'Git behind an authenticating proxy' },
]);
