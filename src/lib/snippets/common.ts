/**
 * What the builders share: which proxy authentication schemes a tool speaks natively, the local
 * relay (cntlm / px) for the others, and the notes every snippet repeats.
 */
import { assertProxyInput, hasCredentials, type ProxyAuthScheme, type ProxyInput } from './input';

/** Where the relay listens in every snippet that points at one (cntlm's and px's default is 3128). */
const RELAY_HOST = '127.0.0.1';
export const RELAY_PORT = 3128;

export interface Prepared {
  /** The input the snippet is written for: the relay's address when the tool cannot speak the scheme. */
  input: ProxyInput;
  viaRelay: boolean;
  notes: string[];
}

/**
 * Validates (throws TypeError) and decides whether `tool` can authenticate with the chosen scheme
 * itself. When it cannot (NTLM or Negotiate in a Basic-only tool), the snippet targets a local relay.
 */
export function prepare(input: ProxyInput, tool: string, native: readonly ProxyAuthScheme[]): Prepared {
  assertProxyInput(input);
  const notes: string[] = [];
  const scheme = input.authScheme;
  const socks = input.proxy.scheme.startsWith('socks');
  if (socks) {
    if (hasCredentials(input))
      notes.push(
        'A SOCKS5 proxy authenticates with user name and password (RFC 1929), not with HTTP schemes: the auth scheme setting does not apply.',
      );
    return { input, viaRelay: false, notes };
  }
  if (native.includes(scheme)) return { input, viaRelay: false, notes };
  if (scheme === 'ntlm' || scheme === 'negotiate') {
    notes.push(
      `${tool} cannot answer ${scheme === 'ntlm' ? 'NTLM' : 'Negotiate (Kerberos/SPNEGO)'} itself: this snippet points at a local relay on ${RELAY_HOST}:${RELAY_PORT} (cntlm or px, see the "Local relay" tab) that authenticates to ${input.proxy.host} for it.`,
    );
    const relayed: ProxyInput = {
      proxy: { scheme: 'http', host: RELAY_HOST, port: RELAY_PORT },
      authScheme: 'basic',
      noProxy: input.noProxy,
    };
    return { input: relayed, viaRelay: true, notes };
  }
  if (scheme === 'digest')
    notes.push(
      `${tool} sends Basic credentials only: a proxy that insists on Digest rejects them with another 407. Use a local relay, or ask for Basic over an https:// proxy.`,
    );
  if (scheme === 'any') notes.push(`${tool} cannot negotiate the scheme: it sends Basic credentials.`);
  return { input, viaRelay: false, notes };
}

export function basicOverHttpNote(input: ProxyInput): string[] {
  if (input.proxy.scheme === 'http' && hasCredentials(input) && (input.authScheme === 'basic' || input.authScheme === 'any')) {
    return ['Basic credentials travel in clear text to an http:// proxy (RFC 7617 §4): anyone on the path to the proxy can read them.'];
  }
  return [];
}

export const HISTORY_NOTE =
  'The password is in this command line: it lands in your shell history and is visible to other users in the process list while the command runs.';
export const PLAIN_FILE_NOTE = 'The password is stored in clear text in this file: make it readable only by you (chmod 600).';

/** A user name written `DOMAIN\user` split into its parts (NTLM logon names, MS-NLMP §3.1.5.1.2). */
export function splitDomainUser(user: string): { domain?: string; user: string } {
  const slash = user.indexOf('\\');
  if (slash > 0) return { domain: user.slice(0, slash), user: user.slice(slash + 1) };
  return { user };
}

/** The NO_PROXY list as one comma-separated value. */
export function noProxyValue(input: ProxyInput): string {
  return input.noProxy.join(',');
}
