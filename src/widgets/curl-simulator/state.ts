/**
 * The simulator's input as plain data: the command, the environment lines, the simulated proxy and the
 * curl version, plus the presets that fill them in. Small and engine-free, so the eager element script
 * can read and write it without loading the curl engine (which is imported lazily, see element.ts).
 */

import type { ProxyAuthOffer } from '../../lib/proxy-model/network';

/** The schemes the simulated proxy can offer: the library's own union. */
export type ProxyScheme = ProxyAuthOffer;
export type Reachability = 'reachable' | 'refusing' | 'unresolvable';
export type OriginTls = 'trusted' | 'self-signed';

export interface SimulatorState {
  command: string;
  /** NAME=value lines (the shell environment curl inherits). */
  env: string;
  /** Schemes the proxy's 407 offers, in this order; none: an open proxy. */
  schemes: ProxyScheme[];
  /** The one account the simulated proxy accepts; both empty: the credentials the command carries. */
  user: string;
  password: string;
  reach: Reachability;
  /** Certificate of the https:// server behind the proxy. */
  originTls: OriginTls;
  version: string;
}

export const ALL_SCHEMES: readonly ProxyScheme[] = ['Basic', 'Digest', 'NTLM', 'Negotiate'];
export const REACHABILITY: readonly { value: Reachability; label: string }[] = [
  { value: 'reachable', label: 'Reachable (listening)' },
  { value: 'refusing', label: 'Refuses connections' },
  { value: 'unresolvable', label: 'Host name does not resolve' },
];

export const SEED_HTTP = 'curl -v -x http://proxy.example.com:3128 http://example.com/';
export const SEED_HTTPS = 'curl -v -x http://proxy.example.com:3128 https://example.com/';

export const DEFAULT_STATE: Readonly<SimulatorState> = {
  command: SEED_HTTPS,
  env: '',
  schemes: ['Basic'],
  user: '',
  password: '',
  reach: 'reachable',
  originTls: 'trusted',
  version: '7.88.1',
};

export interface Preset {
  id: string;
  label: string;
  /** Fields the preset sets; the others return to DEFAULT_STATE (except the curl version, which stays). */
  state: Partial<Omit<SimulatorState, 'version'>>;
}

export const PRESETS: readonly Preset[] = [
  { id: 'seed-http', label: 'http:// through a proxy that wants credentials', state: { command: SEED_HTTP } },
  { id: 'seed-https', label: 'https:// through a proxy that wants credentials (CONNECT)', state: { command: SEED_HTTPS } },
  {
    id: 'https-user',
    label: 'https:// with -U user:password',
    state: { command: 'curl -v -U alice:s3cret -x http://proxy.example.com:3128 https://example.com/' },
  },
  {
    id: 'digest',
    label: 'Digest (--proxy-digest)',
    state: { command: 'curl -v --proxy-digest -U alice:s3cret -x http://proxy.example.com:3128 http://example.com/', schemes: ['Digest'] },
  },
  {
    id: 'ntlm',
    label: 'NTLM (--proxy-ntlm)',
    state: {
      command: 'curl -v --proxy-ntlm -U alice:s3cret -x http://proxy.example.com:8080 https://example.com/',
      schemes: ['NTLM', 'Negotiate'],
    },
  },
  {
    id: 'anyauth',
    label: 'Let curl pick (--proxy-anyauth)',
    state: {
      command: 'curl -v --proxy-anyauth -U alice:s3cret -x http://proxy.example.com:3128 http://example.com/',
      schemes: ['Basic', 'Digest'],
    },
  },
  {
    id: 'env',
    label: 'Environment variable (https_proxy)',
    state: { command: 'curl -v https://example.com/', env: 'https_proxy=http://alice:s3cret@proxy.example.com:3128' },
  },
  {
    id: 'uppercase',
    label: 'HTTP_PROXY in uppercase (ignored)',
    state: { command: 'curl -v http://example.com/', env: 'HTTP_PROXY=http://proxy.example.com:3128' },
  },
  {
    id: 'no-proxy',
    label: 'NO_PROXY bypasses the proxy',
    state: {
      command: 'curl -v https://wiki.corp.example/',
      env: 'https_proxy=http://proxy.example.com:3128\nNO_PROXY=localhost,.corp.example',
    },
  },
  {
    id: 'wrong-password',
    label: 'A wrong password',
    // The proxy expects alice:s3cret; by default it would accept whatever the command carries.
    state: { command: 'curl -v -U alice:wrong -x http://proxy.example.com:3128 https://example.com/', user: 'alice', password: 's3cret' },
  },
  {
    id: 'at-in-password',
    label: 'An @ in the password of a proxy URL',
    state: { command: 'curl -v -x http://alice:p@ss@proxy.example.com:3128 https://example.com/', user: 'alice', password: 'p@ss' },
  },
  {
    id: 'user-vs-proxy-user',
    label: '-u instead of -U',
    state: { command: 'curl -v -u alice:s3cret -x http://proxy.example.com:3128 https://example.com/' },
  },
  {
    id: 'unreachable',
    label: 'An unreachable proxy',
    state: { command: 'curl -v -x http://proxy.example.com:3128 https://example.com/', reach: 'refusing' },
  },
  {
    id: 'self-signed',
    label: 'A self-signed server certificate',
    state: { command: 'curl -v -U alice:s3cret -x http://proxy.example.com:3128 https://example.com/', originTls: 'self-signed' },
  },
];

/** The state a preset gives, keeping the chosen curl version. */
export function applyPreset(preset: Preset, version: string): SimulatorState {
  return { ...DEFAULT_STATE, schemes: [...DEFAULT_STATE.schemes], ...preset.state, version };
}

/** Short keys for the share fragment (`p` is the secret one). */
export const SECRET_SHARE_KEYS: readonly string[] = ['p'];

export function stateToShare(state: SimulatorState): Record<string, string> {
  return {
    c: state.command,
    e: state.env,
    s: state.schemes.join(','),
    u: state.user,
    p: state.password,
    r: state.reach,
    t: state.originTls,
    v: state.version,
  };
}

/** Total: unknown or missing values fall back to the defaults. */
export function shareToState(share: Readonly<Record<string, string>>): SimulatorState {
  const s = { ...DEFAULT_STATE, schemes: [...DEFAULT_STATE.schemes] };
  if (share['c'] !== undefined) s.command = share['c'];
  if (share['e'] !== undefined) s.env = share['e'];
  if (share['s'] !== undefined) s.schemes = ALL_SCHEMES.filter((x) => share['s']!.split(',').includes(x));
  if (share['u'] !== undefined) s.user = share['u'];
  s.password = share['p'] ?? '';
  if (share['r'] === 'refusing' || share['r'] === 'unresolvable' || share['r'] === 'reachable') s.reach = share['r'];
  if (share['t'] === 'self-signed' || share['t'] === 'trusted') s.originTls = share['t'];
  if (share['v'] !== undefined) s.version = share['v'];
  return s;
}
