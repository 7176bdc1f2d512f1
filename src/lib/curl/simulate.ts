/**
 * simulateCurl: what `curl …` prints, and why, through a modelled proxy.
 *
 * The legs follow curl 7.88's own sequence (lib/url.c, lib/connect.c, lib/http.c, lib/http_proxy.c,
 * lib/multi.c) and its verbose wording, checked line by line against the real curl and Squid in
 * tests/interop/curl-squid.test.ts. Version differences live in profiles.ts.
 */
import { diagnostic } from '../diagnostics';
import { parseChallenges } from '../http/challenges';
import { addressOf, proxyAt, resolves, type ResolvedProxy } from '../proxy-model/network';
import { originAt, originResponse, utf8Length, type ModelResponse } from '../proxy-model/origins';
import { connectEstablished, connectFailed, proxyVerdict, relayed } from '../proxy-model/proxy-server';
import { certDate } from '../proxy-model/rng';
import type { AuthOutcome, ErrorCause } from './outcome';
import { parseCurlCommand, proxyAuth } from './options';
import { curlProfile } from './profiles';
import { outcomeDiagnostics } from './locate';
import {
  authorizationFor,
  MAX_AUTH_REQUESTS,
  newClientAuth,
  readProxyChallenges,
  type ChallengeVerdict,
  type ClientAuth,
  type ParsedChallenge,
} from './proxy-auth';
import { chooseProxy, type ProxyEndpoint } from './proxy-choice';
import { requestBody, requestHead, requestMethod, type RequestBody } from './request-lines';
import {
  headText,
  RunState,
  statusLine,
  type AuthProblem,
  type SimulateOptions,
  type SimulationResult,
  type SimulationStep,
} from './run-state';
import { sessionTickets, tlsHandshake, type TlsOutcome } from './tls-lines';
import { hostHeader, parseCurlUrl, type CurlUrl } from './url';

const CERT_FOOTER = [
  'More details here: https://curl.se/docs/sslcerts.html',
  '',
  'curl failed to verify the legitimacy of the server and therefore could not',
  'establish a secure connection to it. To learn more about this situation and',
];

/** Simulates a curl command line. Never throws on input. */
export function simulateCurl(options: SimulateOptions): SimulationResult {
  const parsed =
    options.parsed ??
    parseCurlCommand(options.command, {
      ...(options.env ? { env: options.env } : {}),
      ...(options.curlVersion ? { curlVersion: options.curlVersion } : {}),
    });
  const { request, found } = parsed;
  // The run adds its own diagnostics; a caller's parse stays as it was (the list is capped: a cheap copy).
  const diagnostics = options.parsed ? [...parsed.diagnostics] : parsed.diagnostics;
  const sim = new Simulation(request, options, curlProfile(options.curlVersion));
  if (!found) {
    sim.steps.push({ kind: 'result', title: 'No curl command', detail: ['The text holds no curl invocation to simulate.'] });
    sim.outcome = { kind: 'error', exit: 127, message: 'No curl command', cause: 'no-curl' };
    return sim.result(127, diagnostics);
  }
  try {
    const exit = sim.run();
    const result = sim.result(exit, diagnostics);
    for (const d of outcomeDiagnostics(options.command, request, result.facts)) diagnostics.push(d);
    return result;
  } catch (e) {
    // A bug in the model must not take the page down: report it as a diagnostic.
    const message = `The simulation failed: ${e instanceof Error ? e.message : String(e)}`;
    diagnostics.push(diagnostic('error', 'simulation-failed', message, 0, options.command.length));
    sim.outcome = { kind: 'error', exit: -1, message, cause: 'internal' };
    return sim.result(-1, diagnostics);
  }
}

/** A request to the proxy: the request line and Host, and for CONNECT the port asked for. */
interface ProxyLeg {
  method: string;
  /** What Digest's uri= holds: the path, or host:port for CONNECT. */
  uri: string;
  requestLine: string;
  host: string;
  connect: boolean;
  body?: RequestBody;
  connectPort?: number;
  /** Step title for this request. */
  title: string;
}

/** The proxy's answer to one leg, read as curl reads it. */
type ProxyRound =
  | { kind: 'accepted'; why: string }
  | {
      kind: 'answered';
      response: ModelResponse;
      challenge: ChallengeVerdict | undefined;
      problem: AuthProblem | undefined;
      probe: boolean;
    };

/** Whom a TLS handshake is with: an https:// proxy, or the origin (directly or inside a tunnel). */
type TlsPeer = { kind: 'proxy'; host: string; model: ResolvedProxy } | { kind: 'origin'; url: CurlUrl; alpn: string; tunnelled: boolean };

/** The steps the version-specific lines hang on, shared by the legs above. */
abstract class Lines extends RunState {
  /** 8.x: the "connected" line waits until the tunnel (and TLS) is up. */
  pendingConnected: string | undefined;

  /** The deferred "connected" line once the whole chain (tunnel, TLS) is up, then the HTTP version. */
  chainUp(tls: boolean): void {
    if (this.pendingConnected !== undefined) this.t.info(this.pendingConnected);
    this.pendingConnected = undefined;
    if (this.w.usingHttp === 'always') this.t.info('using HTTP/1.x');
    else if (tls) this.t.info('using HTTP/1.1');
  }

  /** 8.x: "Request completely sent off", or "upload completely sent off: N bytes" when a body went with it. */
  requestSent(body: RequestBody | undefined): void {
    if (!this.w.requestSent) return;
    this.t.info(body ? `upload completely sent off: ${utf8Length(body.text)} bytes` : 'Request completely sent off');
  }

  /** --ntlm with -u: curl names the scheme before the request that carries message 1. */
  serverAuthLine(): void {
    const r = this.request;
    if (r.user !== undefined && r.serverAuth === 'ntlm') this.t.info(`Server auth using NTLM with user '${r.user.split(':')[0]}'`);
  }
}

class Simulation extends Lines {
  run(): number {
    const r = this.request;
    if (r.usageError) {
      for (const l of r.usageError.lines) this.t.stderr(l, 'usage');
      this.steps.push({ kind: 'result', title: 'curl refuses the command line', detail: r.usageError.lines });
      this.outcome = { kind: 'error', exit: r.usageError.exitCode, message: r.usageError.lines[0] ?? '', cause: 'usage' };
      return r.usageError.exitCode;
    }
    const url = parseCurlUrl(r.urls[0]!.value);
    if (!url) return this.fail({ cause: 'bad-url' }, 3, 'URL using bad/illegal format or missing URL');
    if (url.scheme !== 'http' && url.scheme !== 'https') {
      const msg = `Protocol "${url.scheme}" not supported or disabled in libcurl`;
      this.t.info(msg);
      this.t.info(this.w.closing(-1));
      return this.fail({ cause: 'unsupported-protocol', scheme: url.scheme }, 1, msg);
    }
    const choice = chooseProxy(r, url, this.profile.noProxyIpv6Cidr);
    this.choice = choice;
    this.steps.push({
      kind: 'proxy-choice',
      title:
        choice.kind === 'direct' ? 'No proxy' : choice.kind === 'proxy' ? `Proxy from ${choice.source.name}` : 'Proxy setting rejected',
      detail: choice.why,
    });
    for (const line of choice.info) this.t.info(line);
    if (choice.kind === 'error') {
      const syntax = choice.error.cause !== 'unsupported-scheme';
      // 8.x adds why the proxy URL does not parse
      const message = choice.error.message + (syntax ? this.w.badProxySyntaxSuffix : '');
      this.t.info(message);
      if (this.w.closingBadProxy) this.t.info(this.w.closing(-1));
      return this.fail(syntax ? { cause: 'proxy-syntax' } : { cause: 'proxy-scheme' }, choice.error.exitCode, message);
    }
    const proxy = choice.kind === 'proxy' && (choice.proxy.scheme === 'http' || choice.proxy.scheme === 'https') ? choice.proxy : undefined;
    if (choice.kind === 'proxy' && !proxy) {
      this.steps.push({
        kind: 'connect',
        title: 'SOCKS proxy',
        detail: ['SOCKS is explained, not simulated in depth: the transcript shows the connection as if direct to the origin.'],
      });
    }
    const hop = proxy ? { host: proxy.host, port: proxy.port, isProxy: true } : { host: url.host, port: url.port, isProxy: false };
    // 8.x: through a tunnel or TLS, the "connected" line waits until the whole chain is up
    const tunnelOrTls = choice.kind === 'proxy' && choice.tunnel ? true : proxy ? proxy.scheme === 'https' : url.scheme === 'https';
    const connected = this.connect(hop.host, hop.port, hop.isProxy, url, tunnelOrTls);
    if (connected !== 0) return connected;
    if (!proxy) return this.direct(url);
    const model = proxyAt(this.network, proxy.host, proxy.port);
    if (proxy.scheme === 'https') {
      const failed = this.tls({ kind: 'proxy', host: proxy.host, model });
      if (failed !== 0) return failed;
      if (!choice.tunnel) this.chainUp(false);
    }
    return choice.tunnel ? this.tunnel(url, proxy, model) : this.absolute(url, proxy, model);
  }

  connect(host: string, port: number, isProxy: boolean, url: CurlUrl, tunnelOrTls: boolean): number {
    const addr = addressOf(this.network, host);
    if (!resolves(this.network, host)) {
      const msg = isProxy ? `Could not resolve proxy: ${host}` : `Could not resolve host: ${host}`;
      this.steps.push({ kind: 'connect', title: `${host} does not resolve`, detail: [`DNS has no address for ${host}.`] });
      this.t.info(msg);
      if (isProxy) for (const l of this.w.unresolvedProxy(host, port)) this.t.info(l);
      this.t.info(isProxy ? this.w.unresolvedClosing : this.w.closing(0));
      return this.fail({ cause: isProxy ? 'proxy-unresolvable' : 'host-unresolvable', host }, isProxy ? 5 : 6, msg);
    }
    if (this.profile.resolvedLines && addr !== host) {
      this.t.info(`Host ${host}:${port} was resolved.`);
      this.t.info('IPv6: (none)');
      this.t.info(`IPv4: ${addr}`);
    }
    this.t.infoRaw(`*   Trying ${addr.includes(':') ? `[${addr}]` : addr}:${port}...`);
    const listening = isProxy ? proxyAt(this.network, host, port).listening : originAt(this.network, host, port, url.scheme).reachable;
    if (!listening) {
      const peer = { host, addr, port };
      const { info, message: msg } = this.w.refused(peer, isProxy ? peer : undefined);
      this.steps.push({
        kind: 'connect',
        title: `Nothing listens on ${host}:${port}`,
        detail: ['The TCP connection is refused.', isProxy ? 'Check the proxy host and port.' : ''],
      });
      this.t.info(info);
      this.t.info(msg);
      return this.failAfterClose({ cause: isProxy ? 'proxy-refused' : 'host-refused', host, port }, 7, msg);
    }
    const line = this.w.connected({ host: addr.includes(':') ? `[${addr}]` : host, addr, port });
    if (this.w.connectedAfterTunnel && tunnelOrTls) this.pendingConnected = line;
    else {
      this.t.info(line);
      if (this.w.usingHttp === 'always' && !tunnelOrTls) this.t.info('using HTTP/1.x');
    }
    this.steps.push({ kind: 'connect', title: `TCP connection to ${isProxy ? 'the proxy' : 'the server'} ${host}:${port}`, detail: [] });
    return 0;
  }

  /** The TLS handshake with a proxy or an origin: 0 when it succeeds, else curl's exit code after failing. */
  tls(peer: TlsPeer): number {
    const r = this.request;
    const origin = peer.kind === 'origin' ? originAt(this.network, peer.url.host, peer.url.port, peer.url.scheme) : undefined;
    const outcome: TlsOutcome = tlsHandshake(this.t, {
      verify: peer.kind === 'proxy' ? !r.proxyInsecure : !r.insecure,
      alpn: peer.kind === 'proxy' ? 'http/1.1' : peer.alpn,
      certName: origin ? origin.certificateName : peer.kind === 'proxy' ? peer.host : '',
      host: peer.kind === 'proxy' ? peer.host : peer.url.host,
      selfSigned: origin?.tls === 'self-signed',
      notBefore: certDate(this.now - 86_400_000),
      notAfter: certDate(this.now + 86_400_000 * 90),
      plainPeer: peer.kind === 'proxy' ? !peer.model.tls : origin?.tls === undefined,
      forProxy: peer.kind === 'proxy',
      w: this.w.tls,
    });
    if (peer.kind === 'origin' && peer.tunnelled) {
      this.steps.push({
        kind: 'tls',
        title: `TLS with ${peer.url.host} inside the tunnel`,
        detail: [outcome.kind === 'ok' ? 'The proxy only relays bytes now; it cannot see the request.' : outcome.error],
      });
    }
    if (outcome.kind === 'failed') {
      const cause: ErrorCause = { cause: 'tls', peer: peer.kind, problem: outcome.cause };
      return this.failAfterClose(
        cause,
        outcome.exit,
        outcome.error,
        outcome.exit === 60 ? [...CERT_FOOTER, this.w.tls.adviceLastLine] : [],
      );
    }
    if (peer.kind === 'origin') this.chainUp(true);
    return 0;
  }

  /**
   * One request to the proxy with the Proxy-Authorization curl has for it, and the proxy's answer read as
   * curl reads it (lib/http.c Curl_http_output_auth, Curl_http_input_auth).
   */
  proxyRound(auth: ClientAuth, model: ResolvedProxy, proxy: ProxyEndpoint, leg: ProxyLeg): ProxyRound {
    const ah = authorizationFor(auth, leg.method, leg.uri, this.rng);
    // 7.88.1 names the scheme after "Establish HTTP proxy tunnel", 8.x before it (leg.beforeAnnounce)
    if (ah.announce && leg.connect && this.w.tunnelAuthFirst) this.t.info(ah.announce);
    if (leg.connect) this.t.info(`${this.w.establishVerb} HTTP proxy tunnel to ${leg.uri}`);
    if (ah.announce && !(leg.connect && this.w.tunnelAuthFirst)) this.t.info(ah.announce);
    if (!leg.connect) this.serverAuthLine();
    const multipassPending = (auth.picked === 'digest' && !auth.digest?.used) || (auth.picked === 'ntlm' && !auth.ntlm?.sentType3);
    const probe = leg.body !== undefined && auth.user !== undefined && multipassPending && leg.method !== 'GET' && leg.method !== 'HEAD';
    const head = requestHead(this.request, {
      requestLine: leg.requestLine,
      host: leg.host,
      ...(ah.value ? { proxyAuthorization: ah.value } : {}),
      proxyConnection: true,
      userAgent: this.userAgent(),
      connect: leg.connect,
      ...(leg.body ? { body: leg.body } : {}),
      probe,
    });
    this.t.send(head);
    if (!leg.connect) this.requestSent(probe ? undefined : leg.body);
    this.steps.push({
      kind: 'request',
      title: `${leg.title}${ah.value ? ' with credentials' : ''}`,
      detail: [
        ah.note ?? (ah.value ? '' : 'No Proxy-Authorization on this request.'),
        probe ? 'Content-Length: 0: curl holds the body back until the multi-pass scheme is done.' : '',
      ].filter(Boolean),
    });
    if (ah.value !== undefined && auth.picked !== undefined && !this.answered.includes(auth.picked)) this.answered.push(auth.picked);
    const verdict = proxyVerdict(model, proxy.port, this.date(), this.rng, this.credentials(auth, ah.value), leg.connectPort);
    if (verdict.kind === 'accepted') {
      this.auth =
        ah.value !== undefined && auth.picked !== undefined ? { kind: 'accepted', scheme: auth.picked } : { kind: 'not-challenged' };
      return { kind: 'accepted', why: verdict.why };
    }
    const response = verdict.response;
    this.proxyStatuses.push(response.status);
    const challenges = response.status === 407 ? challengesOf(response) : [];
    for (const c of challenges) if (!this.offered.includes(c.challenge.scheme)) this.offered.push(c.challenge.scheme);
    const challenge =
      response.status === 407
        ? readProxyChallenges(
            auth,
            challenges.map((c) => c.challenge),
            this.profile.ntlm,
          )
        : undefined;
    if (challenge && challenge.kind !== 'retry') this.auth = authOutcome(challenge);
    this.steps.push({
      kind: 'response',
      title: `Proxy answers ${response.status} ${response.reason}`,
      detail: [verdict.why, ...(challenge ? [challenge.why] : [])],
    });
    const problem =
      challenge?.kind === 'refused'
        ? { headerIndex: challenges[challenge.problemAt]!.headerIndex, scheme: challenges[challenge.problemAt]!.challenge.scheme }
        : undefined;
    return { kind: 'answered', response, challenge, problem, probe };
  }

  /** CONNECT host:port, answering 407s on the same connection (lib/http_proxy.c). */
  tunnel(url: CurlUrl, proxy: ProxyEndpoint, model: ResolvedProxy): number {
    const r = this.request;
    const auth = newClientAuth(proxyAuth(r), proxy.user, proxy.password);
    const authority = `${url.hostForUrl}:${url.port}`;
    for (const l of this.w.tunnelStart) this.t.info(l);
    for (let round = 0; round < MAX_AUTH_REQUESTS; round++) {
      const answer = this.proxyRound(auth, model, proxy, {
        method: 'CONNECT',
        uri: authority,
        requestLine: `CONNECT ${authority} HTTP/${proxy.http10 ? '1.0' : '1.1'}`,
        host: authority,
        connect: true,
        connectPort: url.port,
        title: `CONNECT ${authority}`,
      });
      // the proxy lets it through, then cannot reach the origin: 503, and the tunnel fails
      const refused = answer.kind === 'accepted' && !originAt(this.network, url.host, url.port, url.scheme).reachable;
      const response =
        answer.kind === 'accepted' ? (refused ? connectFailed(model, proxy.port, this.date()) : connectEstablished()) : answer.response;
      const problem = answer.kind === 'accepted' ? undefined : answer.problem;
      this.connectCode = response.status;
      this.t.recv(statusLine(response));
      response.headers.forEach(([n, val], i) => {
        this.t.recv(`${n}: ${val}`);
        if (i === problem?.headerIndex) this.t.info(this.w.authProblem(problem.scheme));
      });
      this.t.recv('');
      if (r.include && !r.suppressConnectHeaders) this.t.stdout(headText(response), 'headers');
      if (refused) {
        this.proxyStatuses.push(response.status);
        this.steps.push({
          kind: 'response',
          title: `Proxy answers ${response.status} ${response.reason}`,
          detail: [`Nothing accepts connections on ${authority}: the proxy cannot open the tunnel.`],
        });
        break;
      }
      if (answer.kind === 'accepted') {
        this.steps.push({ kind: 'response', title: `Proxy answers ${response.status} ${response.reason}`, detail: [answer.why] });
        this.t.info(this.w.connectPhaseCompleted);
        this.t.info(`CONNECT tunnel established, response ${response.status}`);
        return this.throughTunnel(url);
      }
      const length = response.headers.find(([n]) => n.toLowerCase() === 'content-length')?.[1];
      if (response.status === 407 && !auth.problem && length && length !== '0') this.t.info(`Ignore ${length} bytes of response-body`);
      if (answer.challenge?.kind !== 'retry') break;
    }
    if (r.fail || r.failWithBody) {
      // -f: the CONNECT response is the one that fails (observed in 7.88.1, 8.14.1 and 8.23.0)
      const failed = `The requested URL returned error: ${this.connectCode}`;
      this.t.info(failed);
      return this.failAfterClose({ cause: 'http-error', status: this.connectCode }, 22, failed);
    }
    const msg = `CONNECT tunnel failed, response ${this.connectCode}`;
    this.t.info(msg);
    return this.failAfterClose({ cause: 'tunnel-failed', status: this.connectCode }, this.profile.connectFailedExit, msg);
  }

  throughTunnel(url: CurlUrl): number {
    const r = this.request;
    if (url.scheme === 'https') {
      const alpn = r.httpVersion === '1.0' ? 'http/1.0' : r.httpVersion === '1.1' ? 'http/1.1' : 'h2,http/1.1';
      const failed = this.tls({ kind: 'origin', url, alpn, tunnelled: true });
      if (failed !== 0) return failed;
    } else this.chainUp(false);
    return this.direct(url, true);
  }

  /** A request in origin form to the server itself (no proxy, or inside a tunnel). */
  direct(url: CurlUrl, tunnelled = false): number {
    const r = this.request;
    if (!tunnelled && url.scheme === 'https') {
      const failed = this.tls({ kind: 'origin', url, alpn: 'h2,http/1.1', tunnelled: false });
      if (failed !== 0) return failed;
    }
    const body = requestBody(r, this.boundary());
    const method = requestMethod(r, body);
    this.serverAuthLine();
    const head = requestHead(r, {
      requestLine: `${method} ${url.path} HTTP/${r.httpVersion === '1.0' ? '1.0' : '1.1'}`,
      host: hostHeader(url),
      proxyConnection: false,
      userAgent: this.userAgent(),
      connect: false,
      ...(body ? { body } : {}),
      probe: false,
    });
    this.t.send(head);
    this.requestSent(body);
    if (url.scheme === 'https') sessionTickets(this.t);
    this.steps.push({
      kind: 'request',
      title: `${method} ${url.path} to ${url.host}`,
      detail: [tunnelled ? 'Inside the tunnel: origin form, no Proxy-* headers.' : 'Straight to the server.'],
    });
    const origin = originAt(this.network, url.host, url.port, url.scheme);
    return this.finish(originResponse(origin, this.date(), method === 'HEAD'), { host: url.hostForUrl, port: url.port }, 'origin');
  }

  /** Plain http:// through the proxy: absolute-form requests, auth rounds on one connection. */
  absolute(url: CurlUrl, proxy: ProxyEndpoint, model: ResolvedProxy): number {
    const r = this.request;
    const auth = newClientAuth(proxyAuth(r), proxy.user, proxy.password);
    const body = requestBody(r, this.boundary());
    const method = requestMethod(r, body);
    let last: ModelResponse | undefined;
    const at = { host: proxy.host, port: proxy.port };
    for (let round = 0; round < MAX_AUTH_REQUESTS; round++) {
      if (round > 0) {
        this.t.info(`Issue another request to this URL: '${url.href}'`);
        const bundle = (0x55d0c0de0000 + Math.floor(this.rng.next() * 0xffff) * 16).toString(16);
        for (const l of this.w.reuse(proxy.host, bundle)) this.t.info(l);
      }
      const answer = this.proxyRound(auth, model, proxy, {
        method,
        uri: url.path,
        // --proxy1.0 changes only the CONNECT request line (lib/http_proxy.c); this request stays HTTP/1.1
        requestLine: `${method} ${url.href} HTTP/${r.httpVersion === '1.0' ? '1.0' : '1.1'}`,
        host: hostHeader(url),
        connect: false,
        ...(body ? { body } : {}),
        title: `${method} ${url.href} to the proxy`,
      });
      if (answer.kind === 'accepted') {
        const origin = originAt(this.network, url.host, url.port, url.scheme);
        this.steps.push({ kind: 'response', title: 'The proxy forwards the request', detail: [answer.why] });
        const head = method === 'HEAD';
        return this.finish(relayed(model, proxy.port, originResponse(origin, this.date(), head), head), at, 'origin');
      }
      const { response } = answer;
      last = response;
      if (answer.challenge?.kind !== 'retry') return this.finish(response, at, 'proxy', answer.problem);
      this.t.recv(statusLine(response));
      for (const [n, val] of response.headers) this.t.recv(`${n}: ${val}`);
      if (body && !answer.probe && auth.want === 'anyauth') this.t.info(this.w.rewind);
      if (this.w.ignoreBodyBeforeBlank) this.t.info('Ignoring the response-body');
      if (this.w.ignoreBodyBeforeBlank) this.t.info('setting size while ignoring');
      this.t.recv('');
      if (r.include) this.t.stdout(headText(response), 'headers');
      if (!this.w.ignoreBodyBeforeBlank) this.t.info('Ignoring the response-body');
      this.t.info(this.w.leftIntact(at.host, at.port));
    }
    // Not reached: readProxyChallenges stops every exchange within MAX_AUTH_REQUESTS requests.
    return last ? this.finish(last, at, 'proxy') : 0;
  }
}

function authOutcome(v: Exclude<ChallengeVerdict, { kind: 'retry' }>): AuthOutcome {
  return v.kind === 'refused' ? { kind: 'refused', scheme: v.scheme } : { kind: v.kind };
}

/** Proxy-Authenticate fields of a response as challenges, read with the RFC 9110 §11.6.1 parser. */
function challengesOf(response: ModelResponse): { challenge: ParsedChallenge; headerIndex: number }[] {
  const out: { challenge: ParsedChallenge; headerIndex: number }[] = [];
  response.headers.forEach(([n, v], headerIndex) => {
    if (n.toLowerCase() !== 'proxy-authenticate') return;
    for (const c of parseChallenges(v).challenges) {
      const params: Record<string, string> = {};
      for (const p of c.params) params[p.name.toLowerCase()] = p.value;
      out.push({
        challenge: c.token68 !== undefined ? { scheme: c.scheme, token: c.token68, params } : { scheme: c.scheme, params },
        headerIndex,
      });
    }
  });
  return out;
}

export type { SimulateOptions, SimulationResult, SimulationStep };
