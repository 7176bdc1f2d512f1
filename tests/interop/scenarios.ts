/**
 * The command lines the interop suite runs against every real curl and the simulator's profile of it.
 * `args`/`env` are functions of the lab, whose ports are known only once it runs.
 */
import { CLOSED_PORT, type Lab } from './lab';

export interface Scenario {
  group: string;
  title: string;
  args: (lab: Lab) => string[];
  env?: (lab: Lab) => Record<string, string>;
  /** Compare stdout too (body, -i headers, -w). */
  stdout?: boolean;
}

const P = (lab: Lab, name: string): string => `http://127.0.0.1:${lab.ports[name]}`;
const O = (lab: Lab): string => `http://127.0.0.1:${lab.originPort}/`;
const T = (lab: Lab): string => `https://127.0.0.1:${lab.tlsPort}/`;
const closed = `http://127.0.0.1:${CLOSED_PORT}`;

const s = (group: string, title: string, args: Scenario['args'], more: Omit<Scenario, 'group' | 'title' | 'args'> = {}): Scenario => ({
  group,
  title,
  args,
  ...more,
});

export const SCENARIOS: readonly Scenario[] = [
  s('Basic', 'no credentials: 407, exit 0', (l) => ['-sSv', '-o', '/dev/null', '-x', P(l, 'basic'), O(l)]),
  s('Basic', 'right credentials: 200', (l) => ['-sSv', '-x', P(l, 'basic'), '-U', 'alice:secret', O(l)], { stdout: true }),
  s('Basic', 'wrong credentials: authentication problem', (l) => [
    '-sSv',
    '-o',
    '/dev/null',
    '-x',
    P(l, 'basic'),
    '-U',
    'mallory:wrong',
    O(l),
  ]),
  s('Basic', '-f turns the 407 into exit 22', (l) => ['-sSv', '-f', '-x', P(l, 'basic'), O(l)]),
  s('Basic', 'CONNECT with the right credentials', (l) => ['-sSv', '-k', '-x', P(l, 'basic'), '-U', 'alice:secret', T(l)], {
    stdout: true,
  }),
  s(
    'Digest',
    '--proxy-digest: two rounds on one connection',
    (l) => ['-sSv', '-x', P(l, 'digest'), '--proxy-digest', '-U', 'alice:secret', O(l)],
    {
      stdout: true,
    },
  ),
  s(
    'Digest',
    '--proxy-digest POST: the body waits for the second round',
    (l) => ['-sSv', '-x', P(l, 'digest'), '--proxy-digest', '-U', 'alice:secret', '-d', 'a=1', O(l)],
    { stdout: true },
  ),
  s('Digest', '--proxy-anyauth GET picks Digest', (l) => ['-sSv', '-x', P(l, 'digest'), '--proxy-anyauth', '-U', 'alice:secret', O(l)], {
    stdout: true,
  }),
  s('Digest', 'CONNECT with --proxy-digest', (l) => ['-sSv', '-k', '-x', P(l, 'digest'), '--proxy-digest', '-U', 'alice:secret', T(l)], {
    stdout: true,
  }),
  s('Both offered', 'no credentials: both challenges', (l) => ['-sSv', '-o', '/dev/null', '-x', P(l, 'both'), O(l)]),
  s('Both offered', 'Basic credentials (the default) against both', (l) => ['-sSv', '-x', P(l, 'both'), '-U', 'alice:secret', O(l)], {
    stdout: true,
  }),
  s(
    'Both offered',
    '--proxy-anyauth POST picks Digest',
    (l) => ['-sSv', '-x', P(l, 'both'), '--proxy-anyauth', '-U', 'alice:secret', '-d', 'a=1', O(l)],
    { stdout: true },
  ),
  s('Both offered', 'CONNECT without credentials: the tunnel fails', (l) => ['-sSv', '-k', '-x', P(l, 'both'), T(l)]),
  s(
    'Both offered',
    'CONNECT with --proxy-anyauth',
    (l) => ['-sSv', '-k', '-x', P(l, 'both'), '--proxy-anyauth', '-U', 'alice:secret', T(l)],
    {
      stdout: true,
    },
  ),
  s('Open proxy', 'plain GET', (l) => ['-sSv', '-x', P(l, 'open'), O(l)], { stdout: true }),
  s('Open proxy', 'CONNECT', (l) => ['-sSv', '-k', '-x', P(l, 'open'), T(l)], { stdout: true }),
  s(
    'NTLM',
    '--proxy-ntlm: three messages on one connection',
    (l) => ['-sSv', '-x', P(l, 'ntlm'), '--proxy-ntlm', '-U', 'alice:secret', O(l)],
    {
      stdout: true,
    },
  ),
  s('NTLM', 'no credentials: 407 offering NTLM and Basic', (l) => ['-sSv', '-o', '/dev/null', '-x', P(l, 'ntlmbasic'), O(l)]),
  s(
    'NTLM',
    '--proxy-anyauth picks NTLM over Basic',
    (l) => ['-sSv', '-x', P(l, 'ntlmbasic'), '--proxy-anyauth', '-U', 'alice:secret', O(l)],
    { stdout: true },
  ),
  s(
    'NTLM',
    '--proxy-ntlm POST: the body waits for message 3',
    (l) => ['-sSv', '-x', P(l, 'ntlm'), '--proxy-ntlm', '-U', 'alice:secret', '-d', 'a=1', O(l)],
    { stdout: true },
  ),
  s(
    'NTLM',
    '--proxy-anyauth POST with NTLM and Basic offered',
    (l) => ['-sSv', '-x', P(l, 'ntlmbasic'), '--proxy-anyauth', '-U', 'alice:secret', '-d', 'a=1', O(l)],
    { stdout: true },
  ),
  s('NTLM', 'CONNECT with --proxy-ntlm', (l) => ['-sSv', '-k', '-x', P(l, 'ntlm'), '--proxy-ntlm', '-U', 'alice:secret', T(l)], {
    stdout: true,
  }),
  s('NTLM', 'CONNECT with --proxy-anyauth', (l) => ['-sSv', '-k', '-x', P(l, 'ntlmbasic'), '--proxy-anyauth', '-U', 'alice:secret', T(l)], {
    stdout: true,
  }),
  s('NTLM', '--ntlm for the server', (l) => ['-sSv', '-x', P(l, 'open'), '--ntlm', '-u', 'alice:secret', O(l)], { stdout: true }),
  s('Environment', 'http_proxy without a scheme', (l) => ['-sSv', '-o', '/dev/null', O(l)], {
    env: (l) => ({ http_proxy: `127.0.0.1:${l.ports['both']}` }),
  }),
  s('Environment', 'HTTP_PROXY (upper case) is ignored for http://', (l) => ['-sSv', O(l)], {
    env: (l) => ({ HTTP_PROXY: P(l, 'basic') }),
    stdout: true,
  }),
  s('Environment', 'HTTPS_PROXY with credentials in the URL', (l) => ['-sSv', '-k', T(l)], {
    env: (l) => ({ HTTPS_PROXY: `http://alice:secret@127.0.0.1:${l.ports['basic']}` }),
    stdout: true,
  }),
  s('Environment', 'https_proxy (lower case)', (l) => ['-sSv', '-k', T(l)], { env: (l) => ({ https_proxy: P(l, 'open') }), stdout: true }),
  s('Environment', 'ALL_PROXY', (l) => ['-sSv', '-o', '/dev/null', O(l)], { env: (l) => ({ ALL_PROXY: P(l, 'basic') }) }),
  s('Environment', 'all_proxy (lower case)', (l) => ['-sSv', '-o', '/dev/null', O(l)], { env: (l) => ({ all_proxy: P(l, 'basic') }) }),
  s('Environment', 'NO_PROXY bypasses http_proxy', (l) => ['-sSv', O(l)], {
    env: (l) => ({ http_proxy: P(l, 'both'), NO_PROXY: '127.0.0.1' }),
    stdout: true,
  }),
  s('Environment', 'no_proxy (lower case) bypasses http_proxy', (l) => ['-sSv', O(l)], {
    env: (l) => ({ http_proxy: P(l, 'both'), no_proxy: 'example.com,127.0.0.1' }),
    stdout: true,
  }),
  s('NO_PROXY', '--noproxy overrides -x', (l) => ['-sSv', '--noproxy', '127.0.0.1', '-x', P(l, 'basic'), O(l)], { stdout: true }),
  s('NO_PROXY', 'an IPv6 CIDR entry (::1/128) for [::1]', (l) => ['-sSv', `http://[::1]:${l.originPort}/`], {
    env: (l) => ({ http_proxy: P(l, 'open'), NO_PROXY: 'fd00::/8,::1/128' }),
    stdout: true,
  }),
  s('NO_PROXY', 'fd00::/8 does not cover [::1]', (l) => ['-sSv', `http://[::1]:${l.originPort}/`], {
    env: (l) => ({ http_proxy: P(l, 'open'), NO_PROXY: 'fd00::/8' }),
    stdout: true,
  }),
  s('Tunnel', '--proxytunnel for http:// to a port Squid forbids: 403', (l) => ['-sSv', '-p', '-x', P(l, 'open'), O(l)]),
  s('Tunnel', 'CONNECT to a refused origin port: 503', (l) => ['-sSv', '-k', '-x', P(l, 'open'), `https://127.0.0.1:${CLOSED_PORT}/`]),
  s('Tunnel', '-f with a failed CONNECT', (l) => ['-sSv', '-f', '-k', '-x', P(l, 'basic'), T(l)]),
  s('Tunnel', '--proxy1.0: CONNECT … HTTP/1.0', (l) => ['-sSv', '-k', '--proxy1.0', `127.0.0.1:${l.ports['open']}`, T(l)], {
    stdout: true,
  }),
  s('Tunnel', '--proxy1.0: a plain GET stays HTTP/1.1', (l) => ['-sSv', '--proxy1.0', `127.0.0.1:${l.ports['open']}`, O(l)], {
    stdout: true,
  }),
  s('Output', '-i: headers on stdout', (l) => ['-sSi', '-x', P(l, 'basic'), '-U', 'alice:secret', O(l)], { stdout: true }),
  s('Output', '-i through a tunnel: the CONNECT response too', (l) => ['-sSi', '-k', '-x', P(l, 'basic'), '-U', 'alice:secret', T(l)], {
    stdout: true,
  }),
  s('Output', '-I: HEAD', (l) => ['-sSvI', '-x', P(l, 'open'), O(l)], { stdout: true }),
  s('Output', '-w %{http_code} %{http_connect}', (l) => ['-sS', '-k', '-x', P(l, 'basic'), '-w', '%{http_code} %{http_connect}\\n', T(l)], {
    stdout: true,
  }),
  s('Output', '-w %{http_code} for a 407', (l) => ['-sS', '-o', '/dev/null', '-x', P(l, 'basic'), '-w', '%{http_code}\\n', O(l)], {
    stdout: true,
  }),
  s('Output', '-s alone: no error line', (l) => ['-s', '-x', closed, O(l)]),
  s('Output', '-sS: the error line only', (l) => ['-sS', '-x', closed, O(l)]),
  s('Output', '--trace-ascii - with a refused proxy', (l) => ['-sS', '--trace-ascii', '-', '-x', closed, O(l)], { stdout: true }),
  s(
    'Output',
    '--trace-ascii - through the proxy with -I (no body to trace)',
    (l) => ['-sS', '--trace-ascii', '-', '-o', '/dev/null', '-x', P(l, 'open'), '-I', O(l)],
    { stdout: true },
  ),
  s('Basic', 'CONNECT with wrong credentials', (l) => ['-sSv', '-k', '-x', P(l, 'basic'), '-U', 'mallory:wrong', T(l)]),
  s('Errors', 'refused proxy port: exit 7', (l) => ['-sSv', '-x', closed, O(l)]),
  s('Errors', 'unresolvable proxy: exit 5', (l) => ['-sSv', '-x', 'http://proxy.invalid:3128', O(l)]),
  s('Errors', 'unsupported proxy scheme', (l) => ['-sSv', '-x', `foo://127.0.0.1:${l.ports['open']}`, O(l)]),
  s('Errors', 'https:// for a plain proxy: TLS error', (l) => ['-sSv', '-x', `https://127.0.0.1:${l.ports['open']}`, O(l)]),
  s('Errors', 'an unencoded @ in the proxy password', (l) => ['-sSv', '-x', `http://alice:p@ss@127.0.0.1:${l.ports['basic']}`, O(l)]),
  s('Errors', '--proxy=value', (l) => ['-sSv', `--proxy=${P(l, 'open')}`, O(l)], { stdout: true }),
  s('TLS', 'no -k: the self-signed origin is refused', (l) => ['-sSv', '-x', P(l, 'open'), T(l)]),
  s('TLS', '-k: accepted', (l) => ['-sSv', '-k', '-x', P(l, 'basic'), '-U', 'alice:secret', T(l)], { stdout: true }),
];
