/**
 * "How to fix", in words: the library's fix rules (src/lib/curl/fix-rules.ts) decide from the run's facts
 * what would help; this module only says it, and points at the simulator's own controls where the advice
 * is about the simulated proxy rather than the command.
 */
import { fixesFor, PROXY_AUTH_FLAG, schemeName, type Suggestion } from '../../lib/curl/fix-rules';
import type { SimulationResult } from '../../lib/curl/simulate';
import type { ShellWordsResult } from '../../lib/shell/words';

export interface FixSuggestion {
  /** Stable id, kebab-case (tests and CSS hooks). */
  id: string;
  title: string;
  detail: string;
  /** The command with the fix applied. */
  command?: string;
  /** An environment line to set instead (NAME=value). */
  env?: string;
}

export interface FixContext {
  /** The command the result came from (offsets of the parsed request point into it). */
  command: string;
  /** Its shell words, when the caller has them (the fixes then edit the command without lexing it again). */
  shell?: ShellWordsResult;
  /** A user name to put in a suggested -U (default "alice"). */
  user?: string;
}

export function fixSuggestions(result: SimulationResult, context: FixContext): FixSuggestion[] {
  return fixesFor({
    facts: result.facts,
    request: result.request,
    command: context.command,
    ...(context.user ? { user: context.user } : {}),
    ...(context.shell ? { shell: context.shell } : {}),
  }).map(say);
}

const withCommand = (s: FixSuggestion, command: string | undefined): FixSuggestion => (command ? { ...s, command } : s);
const names = (offered: readonly string[]): string => offered.join(', ') || 'no scheme';

function say(s: Suggestion): FixSuggestion {
  switch (s.id) {
    case 'no-curl':
      return {
        id: s.id,
        title: 'Paste a curl command',
        detail: 'The text holds no curl command: start it with curl, e.g. curl -v -x http://proxy.example.com:3128 https://example.com/.',
      };
    case 'usage':
      return {
        id: s.id,
        title: 'Fix the command line first',
        detail: 'curl stops before any network traffic (exit 2); the problem is underlined in the command above.',
      };
    case 'no-proxy-matched':
      return {
        id: s.id,
        title: `${s.source} matched ${s.host}: no proxy was used`,
        detail: `${s.reason} curl connects directly, even with -x. If this host must go through the proxy, take it out of ${s.source} ("${s.value}"), or override the list for this command with --noproxy ''.`,
        command: s.command,
      };
    case 'lowercase-http-proxy':
      return {
        id: s.id,
        title: 'Use lowercase http_proxy',
        detail:
          'curl ignores HTTP_PROXY in uppercase for http:// URLs (in a CGI script a request header could set it: the "httpoxy" issue). Set http_proxy instead.',
        env: s.env,
      };
    case 'https-proxy-variable':
      return {
        id: s.id,
        title: 'Set https_proxy for https:// URLs',
        detail: 'http_proxy applies only to http:// URLs; an https:// URL reads https_proxy (or HTTPS_PROXY, all_proxy).',
        env: s.env,
      };
    case 'user-vs-proxy-user':
      return withCommand(
        {
          id: s.id,
          title: 'Use -U (--proxy-user), not -u',
          detail:
            '-u/--user sends credentials to the server behind the proxy, and only after the tunnel is up; the proxy needs -U/--proxy-user.',
        },
        s.command,
      );
    case 'add-proxy-user':
      return {
        id: s.id,
        title: 'Give curl the proxy credentials with -U (--proxy-user)',
        detail: `The proxy answered 407 and curl had no proxy credentials. With -U ${s.user} curl asks for the password (kept out of your shell history); -U ${s.user}:password also works, or user:password@ in the proxy URL.`,
        command: s.command,
      };
    case 'proxy-lacks-scheme':
      return {
        id: s.id,
        title: `The simulated proxy does not offer ${schemeName(s.requested)}`,
        detail: `Your command asks for ${schemeName(s.requested)} (${PROXY_AUTH_FLAG[s.requested]}), but the simulated proxy's 407 offers ${names(s.offered)}, so curl sends nothing it would accept. If your proxy offers ${schemeName(s.requested)}, tick ${schemeName(s.requested)} under "Schemes its 407 offers" above. Your own proxy's offer is in the Proxy-Authenticate lines of a real curl -v.`,
      };
    case 'use-proxy-scheme':
      return {
        id: `use-proxy-${s.scheme}`,
        title: `Use ${PROXY_AUTH_FLAG[s.scheme]}`,
        detail: `The proxy offers ${names(s.offered)}; curl was told nothing, so it used Basic (the default).${s.scheme === 'negotiate' ? ' Negotiate uses your Kerberos ticket (kinit first); -U : takes the user from it.' : ''}`,
        command: s.command,
      };
    case 'use-proxy-anyauth':
      return {
        id: s.id,
        title: 'Or let curl pick with --proxy-anyauth',
        detail: 'curl then waits for the 407 and answers the strongest scheme it offers, at the cost of one extra round trip.',
        command: s.command,
      };
    case 'percent-encode-userinfo': {
      const fix: FixSuggestion = {
        id: s.id,
        title: s.hostRead !== undefined ? 'Percent-encode the @ in the proxy URL' : 'Percent-encode the @ (and : / # ?) in the proxy URL',
        detail:
          s.hostRead !== undefined
            ? `curl ends the user and password at the first "@", so it reads "${s.hostRead}" as host and port, which is not a host name. Inside a URL a literal "@" is written %40 (RFC 3986 §3.2.1): ${s.masked}.`
            : `Inside a URL, the password's "@" must be written %40 (RFC 3986 §3.2.1), otherwise the host starts after the first "@" for some parsers. The proxy string becomes ${s.masked}.`,
      };
      if (s.command) fix.command = s.command;
      if (s.env) fix.env = s.env;
      return fix;
    }
    case 'check-credentials':
      return {
        id: s.id,
        title: 'Check the user name and password',
        detail: `The proxy rejected the ${schemeName(s.scheme)} credentials for '${s.user}'. curl does not retry a refused scheme ("Authentication problem. Ignoring this.").${s.ntlmOffered ? ' NTLM proxies often want DOMAIN\\user.' : ''} In this simulator the proxy accepts the credentials in your command unless you fill in its account above.`,
      };
    case 'fail-on-407':
      return {
        id: s.id,
        title: 'In scripts, add -f to make the 407 an error',
        detail: 'For an http:// URL the 407 is an ordinary HTTP response, so curl exits 0; -f (--fail) turns it into exit 22.',
        command: s.command,
      };
    case 'connect-port-denied':
      return {
        id: s.id,
        title: 'The proxy does not allow CONNECT to this port',
        detail: `Proxies usually tunnel only to port 443 (Squid's SSL_ports). Use the standard port, or ask the proxy's administrators to allow port ${s.port ?? ''}.`,
      };
    case 'proxy-refused':
      return withCommand(
        {
          id: s.id,
          title: `Nothing accepts connections at ${s.host}:${s.port}`,
          detail: s.defaultPort
            ? 'The proxy string has no port, so curl used its default, 1080. Most HTTP proxies listen on 3128 or 8080: write the port.'
            : "Check the proxy host and port (your browser's or system proxy settings, or the PAC file, show the right ones), and whether you need a VPN.",
        },
        s.command,
      );
    case 'proxy-syntax':
      return {
        id: s.id,
        title: 'Fix the proxy string',
        detail: `${s.message}${s.source ? ` (from ${s.source})` : ''}. curl reads a proxy as [scheme://][user:password@]host[:port], e.g. http://proxy.example.com:3128.`,
      };
    case 'proxy-unresolvable':
      return {
        id: s.id,
        title: `The proxy name ${s.host} does not resolve`,
        detail: `Check its spelling${s.source ? ` in ${s.source}` : ''}; internal proxy names often resolve only on the company network or VPN.`,
      };
    case 'host-unresolvable-direct':
      return {
        id: s.id,
        title: 'No proxy was used and the server name does not resolve',
        detail:
          'Behind a proxy, client machines often cannot resolve outside names themselves: give curl the proxy with -x or https_proxy.',
        command: s.command,
      };
    case 'proxy-scheme-http':
      return withCommand(
        {
          id: s.id,
          title: 'Write http:// for the proxy',
          detail:
            'https:// in the proxy URL means TLS to the proxy itself; most proxies speak plain HTTP on their port, even for https:// sites (those go through CONNECT).',
        },
        s.command,
      );
    case 'untrusted-certificate':
      return {
        id: s.id,
        title: 'Trust the certificate (-k only for a test)',
        detail:
          "The server's certificate is self-signed or signed by a CA curl does not know. Give curl the CA with --cacert ca.pem (a corporate TLS-inspecting proxy has its own CA). -k (--insecure) skips the check: fine to confirm the diagnosis, not to keep.",
        command: s.command,
      };
    case 'negotiate-ticket':
      return {
        id: s.id,
        title: 'Negotiate needs a Kerberos ticket',
        detail:
          'The token in the transcript is a placeholder: the real one comes from your ticket (kinit, or your Windows logon); -U : tells curl to use it.',
      };
    case 'add-verbose':
      return {
        id: s.id,
        title: 'Add -v to see the exchange',
        detail: "curl -v shows each request (>), response (<) and curl's own notes (*).",
        command: s.command,
      };
  }
}
