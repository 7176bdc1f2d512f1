/**
 * The programs people run, each with the NO_PROXY rule set of the code that really decides (rules.ts):
 * git hands no_proxy/NO_PROXY to libcurl as CURLOPT_NOPROXY (git http.c get_curl_handle), pip uses its vendored
 * requests, the docker CLI and daemon are Go (net/http ProxyFromEnvironment), npm its own agent, Maven and Gradle
 * the JDK's proxy selector, NuGet and dotnet .NET's HttpClient. The remaining runtimes follow as themselves.
 */
import type { NoProxyTool } from './rules';

export interface NoProxyApp {
  id: string;
  label: string;
  /** The rule set that decides. */
  tool: NoProxyTool;
  /** What runs underneath, for the row's second line. */
  underneath: string;
}

export const NO_PROXY_APPS: readonly NoProxyApp[] = [
  { id: 'curl', label: 'curl', tool: 'curl', underneath: 'libcurl' },
  { id: 'git', label: 'git', tool: 'curl', underneath: 'libcurl (git passes no_proxy, else NO_PROXY, to it)' },
  { id: 'wget', label: 'wget', tool: 'wget', underneath: 'GNU Wget' },
  { id: 'pip', label: 'pip', tool: 'python-requests', underneath: 'Python requests (vendored in pip)' },
  { id: 'docker', label: 'docker', tool: 'go', underneath: 'Go net/http (CLI and daemon)' },
  { id: 'npm', label: 'npm', tool: 'npm', underneath: '@npmcli/agent' },
  { id: 'java', label: 'Java (java, Maven, Gradle)', tool: 'java', underneath: 'JDK http.nonProxyHosts' },
  { id: 'dotnet', label: '.NET (dotnet, NuGet)', tool: 'dotnet', underneath: '.NET HttpClient' },
  { id: 'python-urllib', label: 'Python urllib', tool: 'python-urllib', underneath: 'urllib.request' },
  { id: 'undici', label: 'Node.js fetch', tool: 'undici', underneath: 'undici EnvHttpProxyAgent' },
  { id: 'ruby', label: 'Ruby', tool: 'ruby', underneath: 'net/http' },
];
