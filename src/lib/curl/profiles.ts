/**
 * What differs between the curl versions the simulator models: one row per version, one column per difference.
 * This table is also rendered on the site ("Which curl?"), so every cell says where it comes from.
 *
 * Ground truth for 7.88.1 is the Debian 12 binary run against Squid 5.7 (tests/interop). The 8.x rows come
 * from curl's changelog and source, not from running those binaries here; cells marked `uncertain` are our
 * best reading and say why.
 */

export type CurlVersion = '7.88.1' | '8.17.0' | '8.20.0';

export interface CurlProfile {
  version: CurlVersion;
  /** Who ships it, for the UI. */
  label: string;
  /** Exit code of a CONNECT answered with a non-2xx status. */
  connectFailedExit: number;
  /** `--prox` for `--proxy-user`: unambiguous prefixes of long options are accepted. */
  abbreviatedLongOptions: boolean;
  /** `--proxy=http://p:3128` is accepted. */
  longOptionEquals: boolean;
  /** "* Connected to h (ip) port p (#0)" vs "* Connected to h (ip) port p". */
  connectedSuffix: boolean;
  /** "* allocate connect buffer" printed before a CONNECT. */
  allocateConnectBuffer: boolean;
  /** "* CONNECT tunnel: HTTP/1.1 negotiated" printed before a CONNECT. */
  tunnelNegotiatedLine: boolean;
  /** "* Request completely sent off" after each request. */
  requestSentLine: boolean;
  /** "* Host h:p was resolved." / "* IPv4: …" lines before "Trying". */
  resolvedLines: boolean;
  /** "Closing connection 0" (7.x) or "closing connection #0" (8.x), without the "* ". */
  closingLine: (n: number) => string;
  /** Notes on the uncertain cells. */
  notes: readonly string[];
}

export const PROFILES: Readonly<Record<CurlVersion, CurlProfile>> = {
  '7.88.1': {
    version: '7.88.1',
    label: 'curl 7.88.1 (Debian 12 bookworm)',
    connectFailedExit: 56, // CURLE_RECV_ERROR, lib/http_proxy.c; observed with Squid 5.7
    abbreviatedLongOptions: true, // observed: `--proxy-us` works, `--pro` is "ambiguous"
    longOptionEquals: false, // observed: "curl: option --proxy=http://x: is unknown", exit 2
    connectedSuffix: true,
    allocateConnectBuffer: true,
    tunnelNegotiatedLine: false,
    requestSentLine: false,
    resolvedLines: false,
    closingLine: (n) => `Closing connection ${n}`,
    notes: ['All cells observed with the Debian binary against Squid 5.7.'],
  },
  '8.17.0': {
    version: '8.17.0',
    label: 'curl 8.17.0 (November 2025)',
    connectFailedExit: 56,
    // uncertain: long-option lookup became an exact binary search in curl 8.6.0 (tool_getparam.c);
    // we believe abbreviations stopped working then.
    abbreviatedLongOptions: false,
    longOptionEquals: true, // curl PR #17789 "tool_getparam: add support for --longopt=value", released in 8.16.0
    connectedSuffix: false, // 8.x prints "* Connected to h (ip) port p"
    allocateConnectBuffer: true,
    tunnelNegotiatedLine: true,
    requestSentLine: true,
    resolvedLines: true,
    closingLine: (n) => `closing connection #${n}`,
    notes: [
      'Wording from curl 8.x verbose output (lib/cf-h1-proxy.c, lib/connect.c); not run on this machine.',
      'Abbreviated long options: believed removed in 8.6.0 (uncertain).',
    ],
  },
  '8.20.0': {
    version: '8.20.0',
    label: 'curl 8.20.0 (2026)',
    // uncertain: curl PR #21084 (merged March 2026, lib/cf-h1-proxy.c) returns CURLE_COULDNT_CONNECT (7)
    // instead of CURLE_RECV_ERROR (56) when the proxy answers CONNECT with a non-2xx status; libcurl
    // 8.21.0 users report the new code. We place it in the first release after the merge, 8.20.0.
    connectFailedExit: 7,
    abbreviatedLongOptions: false,
    longOptionEquals: true,
    connectedSuffix: false,
    allocateConnectBuffer: true,
    tunnelNegotiatedLine: true,
    requestSentLine: true,
    resolvedLines: true,
    closingLine: (n) => `closing connection #${n}`,
    notes: ['Failed CONNECT exits 7 since curl PR #21084 (March 2026); the exact first release is uncertain.'],
  },
};

export const DEFAULT_CURL_VERSION: CurlVersion = '7.88.1';

export function curlProfile(version: string | undefined): CurlProfile {
  if (version !== undefined && Object.prototype.hasOwnProperty.call(PROFILES, version)) {
    return PROFILES[version as CurlVersion];
  }
  return PROFILES[DEFAULT_CURL_VERSION];
}
