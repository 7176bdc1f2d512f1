/**
 * What differs between the curl versions the simulator models: one row per version, one column per difference.
 * This table is also rendered on the site ("Which curl?"), so every cell says where it comes from.
 *
 * Observed: 7.88.1 (Debian 12, the host), 8.14.1 (Debian 13 trixie) and 8.23.0 (Debian sid), each run against
 * Squid in tests/interop, every scenario compared line by line (`npx vitest run --project interop`).
 * Derived: 8.20.0, from the 8.23.0 observations plus curl's source at the tag curl-8_20_0 where it differs
 * (github.com/curl/curl); its notes say which cells.
 *
 * Boundaries, checked in curl's source at release tags:
 * - a CONNECT answered with a non-2xx status exits 7 (CURLE_COULDNT_CONNECT) from 8.20.0 on, 56
 *   (CURLE_RECV_ERROR) before: lib/cf-h1-proxy.c, `failf(data, "CONNECT tunnel failed, response %d", …)`
 *   returns CURLE_RECV_ERROR at curl-8_19_0 and CURLE_COULDNT_CONNECT at curl-8_20_0 (RELEASE-NOTES 8.20.0:
 *   "proxy: chunked response, error code", curl.se/bug/?i=21084). Observed: 56 in 8.14.1, 7 in 8.23.0.
 * - IPv6 CIDR entries in NO_PROXY (`fd00::/8`, `::1/128`) match from 8.18.0 on: lib/noproxy.c before it treats
 *   a bracket-less IPv6 name as a host name; commit ff2aaed "noproxy: fix ipv6 handling" (RELEASE-NOTES 8.18.0,
 *   curl.se/bug/?i=19828). Observed: `::1/128` does not bypass the proxy in 7.88.1 and 8.14.1, does in 8.23.0.
 * - NTLM is off in default builds from 8.20.0 on (RELEASE-NOTES 8.20.0 "build: make NTLM disabled by default",
 *   curl.se/bug/?i=20698; docs/DEPRECATE.md: "NTLM (became opt-in in 8.20.0)", removal planned). Debian's
 *   8.23.0 lists no NTLM feature and refuses `--proxy-ntlm`/`--ntlm` with exit 2 (observed).
 */

export type CurlVersion = '7.88.1' | '8.14.1' | '8.20.0' | '8.23.0';

/** The endpoints of a TCP connection, for curl's "connected" line. */
interface ConnectedTo {
  host: string;
  addr: string;
  port: number;
}

/** How the verbose output of a version words and orders what it prints (one function or flag per difference). */
export interface CurlWording {
  /** The line once connected; 8.23: "Established connection to h (a port p) from a port n " (local port masked in tests). */
  connected: (c: ConnectedTo) => string;
  /** 8.x: through a tunnel, the connected line follows CONNECT (and TLS inside it), and is absent when CONNECT fails. */
  connectedAfterTunnel: boolean;
  /** 8.x: "using HTTP/1.x" before each first request; 7.88: "using HTTP/1.1" only after a TLS handshake. */
  usingHttp: 'after-tls' | 'always';
  /** Lines before the first CONNECT. */
  tunnelStart: readonly string[];
  /** "Establish" (7.88, 8.14) or "Establishing" (8.23) "HTTP proxy tunnel to h:p". */
  establishVerb: string;
  /** 8.x prints "Proxy auth using …" before "Establish… HTTP proxy tunnel", 7.88 after it. */
  tunnelAuthFirst: boolean;
  connectPhaseCompleted: string;
  /** "* Request completely sent off" / "* upload completely sent off: N bytes" after each request. */
  requestSent: boolean;
  /** Lines between "Issue another request" and the next request on the same proxy connection. */
  reuse: (proxyHost: string, bundle: string) => string[];
  /** 8.x prints "Ignoring the response-body" (plus "setting size while ignoring") before the blank line. */
  ignoreBodyBeforeBlank: boolean;
  /** What curl says when it must send a body again (--proxy-anyauth with a body). */
  rewind: string;
  /** The line a rejected scheme gets; printed right before its Proxy-Authenticate header. */
  authProblem: (scheme: string) => string;
  /** -f: 8.x still prints the blank line that ends the headers, after "The requested URL returned error"; 7.88 does not. */
  blankAfterFail: boolean;
  /** "Connection #0 to host h left intact" (8.23: h:port). */
  leftIntact: (host: string, port: number) => string;
  /** What --trace-ascii puts before an info line instead of "* " (7.88, 8.14: "== Info: "). */
  traceInfo: string;
  /** "Closing connection 0" (7.x) or "closing connection #0" (8.x). */
  closing: (n: number) => string;
  /** Closing line after a proxy URL curl cannot use (unsupported scheme or syntax): none in 8.23. */
  closingBadProxy: boolean;
  /** The refused connection's two lines. */
  refused: (c: ConnectedTo, proxy: ConnectedTo | undefined) => { info: string; message: string };
  /** Info lines after "Could not resolve proxy: h" and before the closing line. */
  unresolvedProxy: (host: string, port: number) => string[];
  /** Closing line after an unresolvable proxy. */
  unresolvedClosing: string;
  /** "Unsupported proxy syntax in 'u'" and what 8.x adds. */
  badProxySyntaxSuffix: string;
  tls: TlsWording;
}

export interface TlsWording {
  /** "ALPN: offers …" (7.88) or "ALPN: curl offers …". */
  alpnOffers: string;
  /** 8.23 prints "ALPN: curl offers http/1.1" also for a TLS handshake with an https:// proxy. */
  alpnForProxy: boolean;
  /** Lines naming the trust anchors when verifying. */
  trustAnchors: readonly string[];
  /** 8.23: "SSL Trust: peer verification disabled" after the client hello with -k. */
  noVerifyLine?: string;
  /** 8.x: the server's change cipher spec is logged. */
  serverChangeCipher: boolean;
  /** "SSL connection using …". */
  cipherLine: string;
  /** Indent of the certificate's subject/date/issuer lines. */
  certIndent: string;
  /** Lines after the issuer for a self-signed certificate accepted with -k. */
  selfSignedAccepted: readonly string[];
  /** Lines after the issuer for a verified certificate. */
  verifiedLines: readonly string[];
  /** 8.x: "Certificate level 0: …". */
  certLevel?: string;
  /** 8.23 prints it right after the issuer, 8.14 after the verify result. */
  certLevelFirst: boolean;
  /**
   * 8.23 (OpenSSL 3.6) completes the handshake and then checks the name, then the chain; 7.88 and 8.14 stop
   * at the certificate with "unknown CA".
   */
  verifyAfterHandshake: boolean;
  /** "OpenSSL/3.0.22: error:…" or "TLS connect error: error:…" for a plain-HTTP peer. */
  wrongVersion: string;
  /** The last line of the certificate advice ("web page" / "webpage"). */
  adviceLastLine: string;
}

export interface CurlProfile {
  version: CurlVersion;
  /** Who ships it, for the UI. */
  label: string;
  /** How the row is known. */
  basis: 'observed' | 'derived';
  /** Exit code of a CONNECT answered with a non-2xx status. */
  connectFailedExit: number;
  /** `--prox` for `--proxy-user`: unambiguous prefixes of long options are accepted. */
  abbreviatedLongOptions: boolean;
  /** `--proxy=http://p:3128` is accepted. */
  longOptionEquals: boolean;
  /** Built with NTLM: without it, `--proxy-ntlm`/`--ntlm` stop with exit 2 and --proxy-anyauth never picks NTLM. */
  ntlm: boolean;
  /** NO_PROXY entries such as `fd00::/8` match IPv6 addresses. */
  noProxyIpv6Cidr: boolean;
  /** "* Host h:p was resolved." / "* IPv4: …" lines before "Trying" (a proxy or host given by name). */
  resolvedLines: boolean;
  wording: CurlWording;
  /** Where the cells come from. */
  notes: readonly string[];
}

const RESOLVED_NOTE = 'The "Host … was resolved" lines are read from the source; the tests use addresses.';
const FOOTER_788 = 'how to fix it, please visit the web page mentioned above.';
const FOOTER_8 = 'how to fix it, please visit the webpage mentioned above.';

const W788: CurlWording = {
  connected: (c) => `Connected to ${c.host} (${c.addr}) port ${c.port} (#0)`,
  connectedAfterTunnel: false,
  usingHttp: 'after-tls',
  tunnelStart: ['allocate connect buffer'],
  establishVerb: 'Establish',
  tunnelAuthFirst: false,
  connectPhaseCompleted: 'CONNECT phase completed',
  requestSent: false,
  reuse: (h, bundle) => [
    `Found bundle for host: 0x${bundle} [serially]`,
    'Can not multiplex, even if we wanted to',
    `Re-using existing connection #0 with proxy ${h}`,
  ],
  ignoreBodyBeforeBlank: false,
  rewind: 'Please rewind output before next send',
  blankAfterFail: false,
  authProblem: () => 'Authentication problem. Ignoring this.',
  leftIntact: (h) => `Connection #0 to host ${h} left intact`,
  traceInfo: '== Info: ',
  closing: (n) => `Closing connection ${n}`,
  closingBadProxy: true,
  refused: (c) => ({
    info: `connect to ${c.addr} port ${c.port} failed: Connection refused`,
    message: `Failed to connect to ${c.host} port ${c.port} after 0 ms: Couldn't connect to server`,
  }),
  unresolvedProxy: (h) => [`Couldn't resolve proxy '${h}'`],
  unresolvedClosing: 'Closing connection 0',
  badProxySyntaxSuffix: '',
  tls: {
    alpnOffers: 'ALPN: offers',
    alpnForProxy: false,
    trustAnchors: [' CAfile: /etc/ssl/certs/ca-certificates.crt', ' CApath: /etc/ssl/certs'],
    serverChangeCipher: false,
    cipherLine: 'SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384',
    certIndent: ' ',
    selfSignedAccepted: [' SSL certificate verify result: self-signed certificate (18), continuing anyway.'],
    verifiedLines: [' SSL certificate verify ok.'],
    certLevelFirst: false,
    verifyAfterHandshake: false,
    wrongVersion: 'OpenSSL/3.0.22: error:0A00010B:SSL routines::wrong version number',
    adviceLastLine: FOOTER_788,
  },
};

const CERT_LEVEL = '  Certificate level 0: Public key type RSA (2048/112 Bits/secBits), signed using sha256WithRSAEncryption';

const W8141: CurlWording = {
  ...W788,
  connected: (c) => `Connected to ${c.host} (${c.addr}) port ${c.port}`,
  connectedAfterTunnel: true,
  usingHttp: 'always',
  tunnelStart: ['CONNECT tunnel: HTTP/1.1 negotiated', 'allocate connect buffer'],
  tunnelAuthFirst: true,
  requestSent: true,
  reuse: (h) => [`Re-using existing http: connection with proxy ${h}`],
  ignoreBodyBeforeBlank: true,
  rewind: 'Need to rewind upload for next request',
  blankAfterFail: true,
  authProblem: (scheme) => `${scheme} authentication problem, ignoring.`,
  closing: (n) => `closing connection #${n}`,
  refused: (c) => ({
    info: `connect to ${c.addr} port ${c.port} from ${c.addr} port 0 failed: Connection refused`,
    message: `Failed to connect to ${c.host} port ${c.port} after 0 ms: Could not connect to server`,
  }),
  unresolvedProxy: () => [],
  unresolvedClosing: 'shutting down connection #0',
  badProxySyntaxSuffix: ': Bad hostname',
  tls: {
    ...W788.tls,
    alpnOffers: 'ALPN: curl offers',
    alpnForProxy: false,
    serverChangeCipher: true,
    cipherLine: 'SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519MLKEM768 / RSASSA-PSS',
    certLevel: CERT_LEVEL,
    wrongVersion: 'TLS connect error: error:0A00010B:SSL routines::wrong version number',
    adviceLastLine: FOOTER_8,
  },
};

const W8230: CurlWording = {
  ...W8141,
  connected: (c) => `Established connection to ${c.host} (${c.addr} port ${c.port}) from ${c.addr} port 0 `,
  tunnelStart: ['CONNECT: no ALPN negotiated'],
  establishVerb: 'Establishing',
  traceInfo: '* ',
  connectPhaseCompleted: 'CONNECT phase completed for HTTP proxy',
  reuse: (h) => [`Reusing existing http: connection with proxy ${h}`],
  leftIntact: (h, port) => `Connection #0 to host ${h}:${port} left intact`,
  closingBadProxy: false,
  refused: (c, proxy) => ({
    info: `connect to ${c.addr} port ${c.port} from ${c.addr} port 0 failed: Connection refused`,
    message: proxy
      ? `Failed to connect to ${proxy.host}:${proxy.port} over proxy ${proxy.host} after 0 ms: Could not connect to server`
      : `Failed to connect to ${c.host}:${c.port} after 0 ms: Could not connect to server`,
  }),
  unresolvedProxy: (h, port) => [`Could not resolve proxy: ${h}`, `Could not resolve: ${h}:${port}`],
  unresolvedClosing: 'closing connection #0',
  tls: {
    ...W8141.tls,
    alpnForProxy: true,
    trustAnchors: ['SSL Trust Anchors:', '  CAfile: /etc/ssl/certs/ca-certificates.crt', '  CApath: /etc/ssl/certs'],
    noVerifyLine: 'SSL Trust: peer verification disabled',
    certLevelFirst: true,
    verifyAfterHandshake: true,
    certIndent: '  ',
    selfSignedAccepted: ['OpenSSL verify result: 12', ' SSL certificate verification failed, continuing anyway!'],
  },
};

export const PROFILES: Readonly<Record<CurlVersion, CurlProfile>> = {
  '7.88.1': {
    version: '7.88.1',
    label: 'curl 7.88.1 (Debian 12 bookworm)',
    basis: 'observed',
    connectFailedExit: 56, // CURLE_RECV_ERROR, lib/http_proxy.c
    abbreviatedLongOptions: true, // `--proxy-us` works, `--pro` is "ambiguous"
    longOptionEquals: false, // "curl: option --proxy=http://x: is unknown", exit 2
    ntlm: true,
    noProxyIpv6Cidr: false,
    resolvedLines: false,
    wording: W788,
    notes: [],
  },
  '8.14.1': {
    version: '8.14.1',
    label: 'curl 8.14.1 (Debian 13 trixie)',
    basis: 'observed',
    connectFailedExit: 56,
    abbreviatedLongOptions: false, // observed: "option --proxy-us: is unknown"
    longOptionEquals: false, // observed; --longopt=value arrived in 8.16.0 (curl PR #17789)
    ntlm: true,
    noProxyIpv6Cidr: false,
    resolvedLines: true, // not exercised by the interop scenarios, which give addresses
    wording: W8141,
    notes: [RESOLVED_NOTE],
  },
  '8.20.0': {
    version: '8.20.0',
    label: 'curl 8.20.0 (derived)',
    basis: 'derived',
    connectFailedExit: 7,
    abbreviatedLongOptions: false,
    longOptionEquals: true,
    ntlm: false,
    noProxyIpv6Cidr: true,
    resolvedLines: true,
    wording: {
      ...W8230,
      // "over proxy …" in the refused-connection message arrived after 8.20.0 (lib/cf-ip-happy.c at curl-8_21_0)
      refused: W8141.refused,
    },
    notes: [
      'Not run: lines as in 8.23.0, except no "over proxy" when a proxy refuses (added in 8.21.0); exit 7, NTLM off, IPv6 CIDR from the source.',
    ],
  },
  '8.23.0': {
    version: '8.23.0',
    label: 'curl 8.23.0 (Debian sid)',
    basis: 'observed',
    connectFailedExit: 7, // observed; CURLE_COULDNT_CONNECT from 8.20.0 (see above)
    abbreviatedLongOptions: false,
    longOptionEquals: true, // observed: --proxy=http://… is accepted
    ntlm: false, // observed: "curl: option --proxy-ntlm: the installed libcurl version does not support this", exit 2
    noProxyIpv6Cidr: true, // observed: NO_PROXY=::1/128 bypasses the proxy for http://[::1]/
    resolvedLines: true,
    wording: W8230,
    notes: [RESOLVED_NOTE],
  },
};

const DEFAULT_CURL_VERSION: CurlVersion = '7.88.1';

export function curlProfile(version: string | undefined): CurlProfile {
  if (version !== undefined && Object.prototype.hasOwnProperty.call(PROFILES, version)) {
    return PROFILES[version as CurlVersion];
  }
  return PROFILES[DEFAULT_CURL_VERSION];
}
