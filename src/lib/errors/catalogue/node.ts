import type { CatalogueEntry } from '../types';

const NODE_PAGE = '/errors/node-proxy-response-407/';
const FIX = 'how-to-fix-it';
const CAUSES = [
  { text: 'No credentials in the proxy URL: Node libraries take them only from the URL.' },
  { text: 'Special characters in that URL are not percent-encoded.', link: '/guides/special-characters/' },
  { text: 'An NTLM or Kerberos proxy: run a relay such as Px.', link: '/guides/ntlm-kerberos-proxies/' },
] as const;

export const node: readonly CatalogueEntry[] = [
  {
    id: 'undici-proxy-response-407',
    tools: ['node'],
    message: 'Proxy response (407) !== 200 when HTTP Tunneling',
    page: NODE_PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'node-err-proxy-tunnel-407',
    tools: ['node'],
    message:
      'Error [ERR_PROXY_TUNNEL]: Failed to establish tunnel to {host:example.com}:{port:443} via {url:http://proxy.example.com:3128}: HTTP/1.1 407 Proxy Authentication Required',
    page: NODE_PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'tunnel-agent-statuscode-407',
    tools: ['node'],
    message: 'tunneling socket could not be established, statusCode=407',
    page: NODE_PAGE,
    anchor: FIX,
    causes: CAUSES,
  },
  {
    id: 'postman-tunneling-socket-407',
    tools: ['postman'],
    message: 'Error: tunneling socket could not be established, statusCode=407',
    page: '/errors/postman-407/',
    anchor: FIX,
    causes: [
      { text: 'Postman uses the system proxy but has no credentials for it.' },
      { text: 'Proxy authentication is set with a wrong or expired password.' },
      { text: 'The proxy requires NTLM or Kerberos: use a local relay such as Px.', link: '/guides/ntlm-kerberos-proxies/' },
    ],
  },
  {
    id: 'tunnel-agent-cause-econnrefused',
    tools: ['node'],
    message: 'tunneling socket could not be established, cause=connect ECONNREFUSED {ip:192.0.2.10}:{port:3128}',
    page: '/errors/node-proxy-response-407/',
    anchor: 'how-to-fix-it',
    causes: [{ text: 'Nothing accepts connections at the proxy address: wrong host or port, or the relay is not running.' }],
  },
];
