/**
 * A setup question that names a tool ("configure npm behind corporate proxy", "pip --proxy
 * user:password", "go get behind proxy HTTPS_PROXY") is answered by that tool's guide, not by an
 * error page that happens to share the tool's name. A query is a setup question here when it names
 * the tool of exactly one guide, says "proxy" as a word (proxy, proxies, --proxy, https_proxy), and
 * names no status code (a reader who quotes "407" has an error in hand). Pure; linear in the query.
 */
import { isStatusCode } from '../errors/normalise';
import type { PageTitle, TitleIndex } from './title-match';

interface Guide {
  readonly url: string;
  /** Words that name the tool by themselves. */
  readonly words: readonly string[];
  /** Two-word names, for tool names that are also common words ("go get", "vs code"). */
  readonly pairs?: readonly (readonly [string, string])[];
}

/** The tools each guide covers, as readers name them (commands, libraries, product names). */
const GUIDES: readonly Guide[] = [
  { url: '/guides/curl/', words: ['curl', 'libcurl'] },
  { url: '/guides/git/', words: ['git'] },
  { url: '/guides/npm/', words: ['npm', 'npmrc', '.npmrc', 'yarn', 'pnpm'] },
  { url: '/guides/pip/', words: ['pip', 'pip3', 'pip.conf', 'pip.ini'] },
  { url: '/guides/python/', words: ['python', 'python3', 'httpx', 'urllib', 'urllib3', 'aiohttp'], pairs: [['requests', 'proxies']] },
  { url: '/guides/docker/', words: ['docker', 'dockerd', 'podman'] },
  { url: '/guides/maven-gradle/', words: ['maven', 'mvn', 'gradle', 'gradlew', 'settings.xml', 'gradle.properties'] },
  { url: '/guides/java/', words: ['java', 'jvm', 'jdk'] },
  { url: '/guides/dotnet/', words: ['dotnet', '.net', 'httpclient', 'nuget', 'c#'] },
  { url: '/guides/powershell/', words: ['powershell', 'pwsh', 'invoke-webrequest', 'invoke-restmethod'] },
  { url: '/guides/node/', words: ['node', 'node.js', 'nodejs', 'axios', 'undici'] },
  {
    url: '/guides/go/',
    words: ['golang'],
    pairs: [
      ['go', 'get'],
      ['go', 'mod'],
      ['go', 'install'],
      ['go', 'build'],
    ],
  },
  { url: '/guides/apt/', words: ['apt', 'apt-get', 'apt.conf'] },
  { url: '/guides/wget/', words: ['wget', 'wgetrc', '.wgetrc'] },
  { url: '/guides/vscode/', words: ['vscode'], pairs: [['vs', 'code']] },
];

/** Words: letters, digits and `# + _`, joined by single dots or hyphens (`node.js`, `apt-get`, `c#`, `.net`). */
const WORD = /\.?[a-z0-9#+_]+(?:[.-][a-z0-9#+_]+)*/g;
/** proxy, proxies, --proxy, https_proxy, proxy-user, proxy_servers; not a host such as proxy.corp.com. */
const PROXY_WORD = /^(?:[a-z]+[_-])?prox(?:y|ies)(?:[_-][a-z]+)?$/;
const MAX_QUERY = 300;

/** The guide for the tool a setup question names, or null. */
export function toolGuide(index: TitleIndex, query: string): PageTitle | null {
  const words = query.slice(0, MAX_QUERY).toLowerCase().match(WORD) ?? [];
  if (!words.some((w) => PROXY_WORD.test(w)) || words.some(isStatusCode)) return null;
  const named = GUIDES.filter((g) => words.some((w) => g.words.includes(w)) || (g.pairs ?? []).some((p) => hasPair(words, p)));
  if (named.length !== 1) return null;
  const url = named[0]!.url;
  const page = index.pages.find((p) => p.url === url);
  return page ? { url, title: page.title } : null;
}

function hasPair(words: readonly string[], [first, second]: readonly [string, string]): boolean {
  for (let i = 0; i + 1 < words.length; i += 1) if (words[i] === first && words[i + 1] === second) return true;
  return false;
}
