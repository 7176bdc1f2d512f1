import type { CatalogueEntry } from '../types';

const DOCKER_PAGE = '/errors/docker-407/';
const FIX = 'how-to-fix-it';
const REGISTRY = '{url:https://registry-1.docker.io/v2/}';
const CANNOT_REACH = [
  { text: "The daemon's proxy setting names a host or port that is wrong or unreachable from the daemon." },
  { text: 'The daemon was not restarted after the proxy was changed.' },
] as const;

export const docker: readonly CatalogueEntry[] = [
  {
    id: 'docker-daemon-proxy-auth-required',
    tools: ['docker', 'podman'],
    message: `Error response from daemon: Get "${REGISTRY}": Proxy Authentication Required`,
    page: DOCKER_PAGE,
    anchor: FIX,
    causes: [
      { text: 'The daemon has no proxy credentials: your shell HTTPS_PROXY does not reach it.' },
      { text: 'Mangled credentials: percent-encode, and double every % in a systemd unit.', link: '/guides/special-characters/' },
      { text: 'An NTLM or Kerberos proxy: the daemon sends only Basic; use a relay.', link: '/guides/ntlm-kerberos-proxies/' },
      { text: 'The daemon was not restarted after the change.' },
    ],
  },
  {
    id: 'docker-proxyconnect-refused',
    tools: ['docker', 'go'],
    message: `Error response from daemon: Get "${REGISTRY}": proxyconnect tcp: dial tcp {ip:192.0.2.10}:{port:3128}: connect: connection refused`,
    page: DOCKER_PAGE,
    anchor: FIX,
    causes: CANNOT_REACH,
  },
  {
    id: 'docker-proxyconnect-no-such-host',
    tools: ['docker', 'go'],
    message: `Error response from daemon: Get "${REGISTRY}": proxyconnect tcp: dial tcp: lookup {host:proxy.example.com} on {ip:127.0.0.53}:{port:53}: no such host`,
    page: DOCKER_PAGE,
    anchor: FIX,
    causes: CANNOT_REACH,
  },
  {
    id: 'docker-daemon-forbidden',
    tools: ['docker'],
    message: `Error response from daemon: Get "${REGISTRY}": Forbidden`,
    page: DOCKER_PAGE,
    anchor: FIX,
    causes: [{ text: 'The proxy (a 403) refuses the registry by policy.' }],
  },
  {
    id: 'go-get-proxy-auth-required',
    tools: ['go'],
    message: 'Get "{url:https://example.com/}": Proxy Authentication Required',
    page: '/errors/go-proxy-authentication-required/',
    anchor: FIX,
    causes: [{ text: 'The proxy URL in HTTPS_PROXY has no (valid) user:password@.' }],
  },
  {
    id: 'docker-1-pulling-image-proxy-auth-required',
    tools: ['docker'],
    message:
      'Error while pulling image: Get {url:https://index.docker.io/v1/repositories/library/hello-world/images}: Proxy Authentication Required',
    page: DOCKER_PAGE,
    anchor: FIX,
    causes: [{ text: 'The daemon has no proxy credentials: your shell HTTPS_PROXY does not reach it.' }],
  },
];
