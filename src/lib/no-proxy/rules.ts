/**
 * NO_PROXY rules per tool, as data: which variables the tool reads and in what order, what each entry
 * form means, and where that comes from. The matcher beside each rule set transcribes the named source.
 * The NO_PROXY guide (content/guides/no-proxy.mdx) has the same table in prose.
 */
import {
  curlMatch,
  dotnetMatch,
  goMatch,
  javaMatch,
  npmMatch,
  requestsMatch,
  rubyMatch,
  undiciMatch,
  urllibMatch,
  wgetMatch,
  type MatchResult,
  type Target,
} from './matchers';

export type NoProxyTool = 'curl' | 'wget' | 'python-requests' | 'python-urllib' | 'go' | 'undici' | 'npm' | 'java' | 'dotnet' | 'ruby';

interface NoProxySource {
  title: string;
  url: string;
}

export interface NoProxyRuleSet {
  tool: NoProxyTool;
  label: string;
  /** Variable names read, in precedence order; empty when the tool ignores NO_PROXY (Java). */
  variables: readonly string[];
  /** True when a set-but-empty first variable still wins (JavaScript ??, Ruby ||, curl's NULL check). */
  emptyWins: boolean;
  separators: string;
  leadingDot: string;
  plainName: string;
  wildcard: string;
  cidr: string;
  ports: string;
  ipv6: string;
  always: string;
  sources: readonly NoProxySource[];
  match: (target: Target, list: string) => MatchResult;
}

export const NO_PROXY_TOOLS: readonly NoProxyRuleSet[] = [
  {
    tool: 'curl',
    label: 'curl',
    variables: ['no_proxy', 'NO_PROXY'],
    emptyWins: true,
    separators: 'commas and blanks',
    leadingDot: 'ignored: apex and subdomains',
    plainName: 'apex and subdomains',
    wildcard: '* only as the whole value',
    cidr: 'yes (7.86.0+)',
    ports: 'no: an entry with a port never matches',
    ipv6: 'address without brackets, CIDR',
    always: '—',
    sources: [
      { title: 'curl lib/noproxy.c (Curl_check_noproxy)', url: 'https://github.com/curl/curl/blob/master/lib/noproxy.c' },
      { title: 'curl man page, --noproxy', url: 'https://curl.se/docs/manpage.html#--noproxy' },
    ],
    match: curlMatch,
  },
  {
    tool: 'wget',
    label: 'GNU Wget',
    variables: ['no_proxy'],
    emptyWins: true,
    separators: 'commas',
    leadingDot: 'subdomains only',
    plainName: 'apex and subdomains',
    wildcard: 'none',
    cidr: 'no',
    ports: 'no',
    ipv6: 'text suffix only',
    always: '—',
    sources: [
      { title: 'GNU Wget src/utils.c sufmatch()', url: 'https://git.savannah.gnu.org/cgit/wget.git/tree/src/utils.c' },
      { title: 'Wget manual, Proxies', url: 'https://www.gnu.org/software/wget/manual/wget.html#Proxies' },
    ],
    match: wgetMatch,
  },
  {
    tool: 'python-requests',
    label: 'Python requests',
    variables: ['no_proxy', 'NO_PROXY'],
    emptyWins: false,
    separators: 'commas (spaces removed)',
    leadingDot: 'ignored: apex and subdomains',
    plainName: 'apex and subdomains',
    wildcard: '* only as the whole value',
    cidr: 'IPv4 only',
    ports: 'host:port, only when the URL has an explicit port',
    ipv6: 'exact address without brackets',
    always: '—',
    sources: [
      {
        title: 'requests src/requests/utils.py should_bypass_proxies',
        url: 'https://github.com/psf/requests/blob/main/src/requests/utils.py',
      },
    ],
    match: requestsMatch,
  },
  {
    tool: 'python-urllib',
    label: 'Python urllib',
    variables: ['no_proxy', 'NO_PROXY'],
    emptyWins: false,
    separators: 'commas',
    leadingDot: 'ignored: apex and subdomains',
    plainName: 'apex and subdomains',
    wildcard: '* only as the whole value',
    cidr: 'no',
    ports: 'host:port when the URL has an explicit port',
    ipv6: 'exact text',
    always: '—',
    sources: [
      {
        title: 'CPython Lib/urllib/request.py proxy_bypass_environment, getproxies_environment',
        url: 'https://github.com/python/cpython/blob/main/Lib/urllib/request.py',
      },
    ],
    match: (t, list) => urllibMatch(t, list),
  },
  {
    tool: 'go',
    label: 'Go net/http',
    variables: ['NO_PROXY', 'no_proxy'],
    emptyWins: false,
    separators: 'commas',
    leadingDot: 'subdomains only',
    plainName: 'apex and subdomains',
    wildcard: '* anywhere; *.name = .name',
    cidr: 'yes, IPv4 and IPv6',
    ports: 'yes (URL default port 80/443)',
    ipv6: 'yes; [v6]:port with a port',
    always: 'localhost and loopback are never proxied',
    sources: [
      {
        title: 'golang.org/x/net/http/httpproxy (proxy.go, Config.NoProxy)',
        url: 'https://pkg.go.dev/golang.org/x/net/http/httpproxy#Config',
      },
    ],
    match: goMatch,
  },
  {
    tool: 'undici',
    label: 'Node undici EnvHttpProxyAgent',
    variables: ['no_proxy', 'NO_PROXY'],
    emptyWins: true,
    separators: 'commas and blanks',
    leadingDot: 'ignored: apex and subdomains',
    plainName: 'apex and subdomains',
    wildcard: '* anywhere; *.name = subdomains only',
    cidr: 'no',
    ports: 'yes (URL default port 80/443)',
    ipv6: 'yes; [v6]:port with a port',
    always: '—',
    sources: [
      {
        title: 'undici 8.13.1 lib/dispatcher/env-http-proxy-agent.js',
        url: 'https://github.com/nodejs/undici/blob/main/lib/dispatcher/env-http-proxy-agent.js',
      },
    ],
    match: undiciMatch,
  },
  {
    tool: 'npm',
    label: 'npm (@npmcli/agent)',
    // The agent lowercases the names of the environment variables, so either spelling is read (if both are set, the
    // one later in the environment wins: set them to the same value).
    variables: ['no_proxy', 'NO_PROXY'],
    emptyWins: true,
    separators: 'commas',
    leadingDot: 'ignored: apex and subdomains',
    plainName: 'apex and subdomains',
    wildcard: 'none',
    cidr: 'no',
    ports: 'no',
    ipv6: 'with brackets only',
    always: '—',
    sources: [{ title: 'npm/agent lib/proxy.js (isNoProxy, getProxy)', url: 'https://github.com/npm/agent/blob/main/lib/proxy.js' }],
    match: npmMatch,
  },
  {
    tool: 'java',
    label: 'Java http.nonProxyHosts',
    variables: [],
    emptyWins: false,
    separators: '| (converted from NO_PROXY as the proxy config builder does)',
    leadingDot: 'literal (never matches)',
    plainName: 'exact host only',
    wildcard: '* at the start or end of a pattern',
    cidr: 'no',
    ports: 'no',
    ipv6: '[::1] with brackets',
    always: 'default list: localhost|127.*|[::1]|0.0.0.0|[::0]',
    sources: [
      {
        title: 'JDK Networking Properties (http.nonProxyHosts)',
        url: 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/doc-files/net-properties.html',
      },
      {
        title: 'OpenJDK sun/net/spi/DefaultProxySelector.java',
        url: 'https://github.com/openjdk/jdk/blob/master/src/java.base/share/classes/sun/net/spi/DefaultProxySelector.java',
      },
    ],
    match: javaMatch,
  },
  {
    tool: 'dotnet',
    label: '.NET HttpClient',
    variables: ['no_proxy', 'NO_PROXY'],
    emptyWins: true,
    separators: 'commas',
    leadingDot: 'the domain and its subdomains (source); the docs say subdomains only',
    plainName: 'exact host only',
    wildcard: 'none',
    cidr: 'no',
    ports: 'no',
    ipv6: '[::1] with brackets',
    always: 'on Windows/macOS without variables: the system settings',
    sources: [
      {
        title: 'dotnet/runtime System.Net.Http HttpEnvironmentProxy.cs',
        url: 'https://github.com/dotnet/runtime/blob/main/src/libraries/System.Net.Http/src/System/Net/Http/SocketsHttpHandler/HttpEnvironmentProxy.cs',
      },
      { title: 'HttpClient.DefaultProxy remarks', url: 'https://learn.microsoft.com/dotnet/api/system.net.http.httpclient.defaultproxy' },
    ],
    match: dotnetMatch,
  },
  {
    tool: 'ruby',
    label: 'Ruby net/http',
    variables: ['no_proxy', 'NO_PROXY'],
    emptyWins: true,
    separators: 'commas, blanks and colons',
    leadingDot: 'subdomains only',
    plainName: 'apex and subdomains',
    wildcard: 'none',
    cidr: 'yes (IPAddr), IPv4',
    ports: 'yes',
    ipv6: 'broken: entries are split at ":"',
    always: 'loopback addresses are never proxied',
    sources: [
      { title: 'Ruby uri lib/uri/generic.rb (find_proxy, use_proxy?)', url: 'https://github.com/ruby/uri/blob/master/lib/uri/generic.rb' },
    ],
    match: rubyMatch,
  },
];
