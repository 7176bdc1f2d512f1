/**
 * simulateCurl: what `curl …` prints, and why, through a modelled proxy.
 *
 * The legs follow curl 7.88's own sequence (lib/url.c, lib/connect.c, lib/http.c, lib/http_proxy.c,
 * lib/multi.c) and its verbose wording, checked line by line against the real curl and Squid in
 * tests/interop/curl-squid.test.ts. Version differences live in profiles.ts.
 */
import { diagnostic, type Diagnostic } from '../diagnostics';
import { parseChallenges } from '../http/challenges';
import { addressOf, proxyAt, resolves, type NetworkModel, type ResolvedProxy } from '../proxy-model/network';
import { originAt, originResponse, utf8Length, type ModelResponse } from '../proxy-model/origins';
import { parseCurlCommand, proxyAuth, type CurlRequest } from './options';
import { curlProfile, type CurlProfile, type CurlWording } from './profiles';
import { authorizationFor, newClientAuth, readProxyChallenges, type ClientAuth, type ParsedChallenge } from './proxy-auth';
import { chooseProxy, type ProxyChoice, type ProxyEndpoint } from './proxy-choice';
import { connectEstablished, connectFailed, proxyVerdict, relayed, type ProxyCredentials } from '../proxy-model/proxy-server';
import { requestBody, requestHead, requestMethod, type RequestBody } from './request-lines';
import { certDate, httpDate, seededRng, type Rng } from '../proxy-model/rng';
import { sessionTickets, tlsHandshake } from './tls-lines';
import { Transcript, type TranscriptLine } from './transcript';
import { hostHeader, parseCurlUrl, type CurlUrl } from './url';
import { formatWriteOut } from './write-out';

export interface SimulateOptions {
  command: string;
  env?: Readonly<Record<string, string>>;
  curlVersion?: string;
  network?: NetworkModel;
  seed?: number;
  /** Clock for Date headers, certificate dates and NTLM timestamps (ms since 1970). */
  now?: number;
}

export interface SimulationStep {
  kind: 'proxy-choice' | 'connect' | 'tls' | 'request' | 'response' | 'result';
  title: string;
  detail: string[];
}

export interface SimulationResult {
  transcript: string;
  lines: TranscriptLine[];
  exitCode: number;
  steps: SimulationStep[];
  request: CurlRequest;
  diagnostics: Diagnostic[];
  proxy?: ProxyChoice;
}

const DEFAULT_NOW = Date.UTC(2026, 0, 15, 9, 30, 0);
const CERT_FOOTER = [
  'More details here: https://curl.se/docs/sslcerts.html',
  '',
  'curl failed to verify the legitimacy of the server and therefore could not',
  'establish a secure connection to it. To learn more about this situation and',
];

/** Simulates a curl command line. Never throws on input. */
export function simulateCurl(options: SimulateOptions): SimulationResult {
  const { request, diagnostics, found } = parseCurlCommand(options.command, {
    ...(options.env ? { env: options.env } : {}),
    ...(options.curlVersion ? { curlVersion: options.curlVersion } : {}),
  });
  const sim = new Simulation(request, options, curlProfile(options.curlVersion));
  if (!found) {
    sim.steps.push({ kind: 'result', title: 'No curl command', detail: ['The text holds no curl invocation to simulate.'] });
    return sim.result(127, diagnostics);
  }
  try {
    return sim.result(sim.run(), diagnostics);
  } catch (e) {
    // A bug in the model must not take the page down: report it as a diagnostic.
    diagnostics.push(
      diagnostic(
        'error',
        'simulation-failed',
        `The simulation failed: ${e instanceof Error ? e.message : String(e)}`,
        0,
        options.command.length,
      ),
    );
    return sim.result(-1, diagnostics);
  }
}

class Simulation {
  readonly t: Transcript;
  readonly steps: SimulationStep[] = [];
  readonly rng: Rng;
  readonly network: NetworkModel;
  readonly now: number;
  choice?: ProxyChoice;
  httpCode = 0;
  connectCode = 0;
  /** 8.x: the "connected" line waits until the tunnel (and TLS) is up. */
  pendingConnected: string | undefined;

  constructor(
    readonly request: CurlRequest,
    options: SimulateOptions,
    readonly profile: CurlProfile,
  ) {
    this.t = new Transcript(request.verbose);
    this.now = options.now ?? DEFAULT_NOW;
    this.rng = seededRng(options.seed ?? 1, this.now);
    this.network = options.network ?? {};
  }

  result(exitCode: number, diagnostics: Diagnostic[]): SimulationResult {
    const r: SimulationResult = {
      transcript: this.t.text(),
      lines: this.t.lines,
      exitCode,
      steps: this.steps,
      request: this.request,
      diagnostics,
    };
    if (this.choice) r.proxy = this.choice;
    return r;
  }

  run(): number {
    const r = this.request;
    if (r.usageError) {
      for (const l of r.usageError.lines) this.t.stderr(l, 'usage');
      this.steps.push({ kind: 'result', title: 'curl refuses the command line', detail: r.usageError.lines });
      return r.usageError.exitCode;
    }
    const url = parseCurlUrl(r.urls[0]!.value);
    if (!url) return this.fail(3, 'URL using bad/illegal format or missing URL', false);
    if (url.scheme !== 'http' && url.scheme !== 'https') {
      const msg = `Protocol "${url.scheme}" not supported or disabled in libcurl`;
      this.t.info(msg);
      this.t.info(this.w.closing(-1));
      return this.fail(1, msg, false);
    }
    const choice = chooseProxy(r, url, this.profile.noProxyIpv6Cidr);
    this.choice = choice;
    this.steps.push({
      kind: 'proxy-choice',
      title: choice.kind === 'direct' ? 'No proxy' : choice.kind === 'proxy' ? `Proxy from ${choice.source}` : 'Proxy setting rejected',
      detail: choice.why,
    });
    for (const line of choice.info) this.t.info(line);
    if (choice.kind === 'error') {
      // exit 5 is the syntax error ("Unsupported proxy syntax in '…'"), to which 8.x adds its reason
      const message = choice.error!.message + (choice.error!.exitCode === 5 ? this.w.badProxySyntaxSuffix : '');
      this.t.info(message);
      if (this.w.closingBadProxy) this.t.info(this.w.closing(-1));
      return this.fail(choice.error!.exitCode, message, false);
    }
    const proxy =
      choice.kind === 'proxy' && (choice.proxy!.scheme === 'http' || choice.proxy!.scheme === 'https') ? choice.proxy! : undefined;
    if (choice.kind === 'proxy' && !proxy) {
      this.steps.push({
        kind: 'connect',
        title: 'SOCKS proxy',
        detail: ['SOCKS is explained, not simulated in depth: the transcript shows the connection as if direct to the origin.'],
      });
    }
    const hop = proxy ? { host: proxy.host, port: proxy.port, isProxy: true } : { host: url.host, port: url.port, isProxy: false };
    const deferConnected =
      this.w.connectedAfterTunnel && (choice.tunnel || proxy?.scheme === 'https' || (!proxy && url.scheme === 'https'));
    const connected = this.connect(hop.host, hop.port, hop.isProxy, url, deferConnected);
    if (connected !== 0) return connected;
    if (!proxy) return this.direct(url);
    const model = proxyAt(this.network, proxy.host, proxy.port);
    if (proxy.scheme === 'https') {
      const tls = tlsHandshake(this.t, {
        verify: !r.proxyInsecure,
        alpn: 'http/1.1',
        certName: proxy.host,
        host: proxy.host,
        selfSigned: false,
        notBefore: certDate(this.now - 86_400_000),
        notAfter: certDate(this.now + 86_400_000 * 90),
        plainPeer: !model.tls,
        forProxy: true,
        w: this.w.tls,
      });
      if (!tls.ok) return this.failAfterClose(tls.exitCode!, tls.error!);
      if (!choice.tunnel) this.chainUp(false);
    }
    return choice.tunnel ? this.tunnel(url, proxy, model) : this.absolute(url, proxy, model);
  }

  connect(host: string, port: number, isProxy: boolean, url: CurlUrl, deferConnected: boolean): number {
    const addr = addressOf(this.network, host);
    if (!resolves(this.network, host)) {
      const msg = isProxy ? `Could not resolve proxy: ${host}` : `Could not resolve host: ${host}`;
      this.steps.push({ kind: 'connect', title: `${host} does not resolve`, detail: [`DNS has no address for ${host}.`] });
      this.t.info(msg);
      if (isProxy) for (const l of this.w.unresolvedProxy(host, port)) this.t.info(l);
      this.t.info(isProxy ? this.w.unresolvedClosing : this.w.closing(0));
      return this.fail(isProxy ? 5 : 6, msg, false);
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
      return this.failAfterClose(7, msg);
    }
    const line = this.w.connected({ host: addr.includes(':') ? `[${addr}]` : host, addr, port });
    if (deferConnected) this.pendingConnected = line;
    else {
      this.t.info(line);
      // 8.x names the HTTP version once the connection is up, unless TLS or a tunnel comes first
      if (this.w.usingHttp === 'always' && !(isProxy ? this.choice?.tunnel : url.scheme === 'https')) this.t.info('using HTTP/1.x');
    }
    this.steps.push({ kind: 'connect', title: `TCP connection to ${isProxy ? 'the proxy' : 'the server'} ${host}:${port}`, detail: [] });
    return 0;
  }

  /** CONNECT host:port, answering 407s on the same connection (lib/http_proxy.c). */
  tunnel(url: CurlUrl, proxy: ProxyEndpoint, model: ResolvedProxy): number {
    const r = this.request;
    const auth = newClientAuth(proxyAuth(r), proxy.user, proxy.password);
    const authority = `${url.hostForUrl}:${url.port}`;
    for (const l of this.w.tunnelStart) this.t.info(l);
    for (let round = 0; round < 4; round++) {
      const ah = authorizationFor(auth, 'CONNECT', authority, this.rng);
      if (ah.announce && this.w.tunnelAuthFirst) this.t.info(ah.announce);
      this.t.info(`${this.w.establishVerb} HTTP proxy tunnel to ${authority}`);
      if (ah.announce && !this.w.tunnelAuthFirst) this.t.info(ah.announce);
      const head = requestHead(r, {
        requestLine: `CONNECT ${authority} HTTP/${proxy.http10 ? '1.0' : '1.1'}`,
        host: authority,
        ...(ah.value ? { proxyAuthorization: ah.value } : {}),
        proxyConnection: true,
        userAgent: this.userAgent(),
        connect: true,
        probe: false,
      });
      this.t.send(head);
      this.steps.push({
        kind: 'request',
        title: `CONNECT ${authority}${ah.value ? ' with credentials' : ''}`,
        detail: [ah.note ?? (ah.value ? '' : 'No Proxy-Authorization on this request.')].filter(Boolean),
      });
      const verdict = proxyVerdict(model, proxy.port, this.date(), this.rng, this.credentials(auth, ah.value), url.port);
      // the proxy lets it through, then cannot reach the origin: 503, and the tunnel fails
      const refused = verdict.accepted && !originAt(this.network, url.host, url.port, url.scheme).reachable;
      const response = refused
        ? connectFailed(model, proxy.port, this.date())
        : verdict.accepted
          ? connectEstablished()
          : verdict.response!;
      this.connectCode = response.status;
      const challenges = response.status === 407 ? challengesOf(response) : [];
      const v =
        response.status === 407
          ? readProxyChallenges(
              auth,
              challenges.map((c) => c.challenge),
              this.profile.ntlm,
            )
          : undefined;
      const problemHeader = v?.problemAt !== undefined ? challenges[v.problemAt]!.headerIndex : -1;
      this.t.recv(statusLine(response));
      response.headers.forEach(([n, val], i) => {
        this.t.recv(`${n}: ${val}`);
        if (i === problemHeader) this.t.info(this.w.authProblem(challenges[v!.problemAt!]!.challenge.scheme));
      });
      this.t.recv('');
      if (r.include && !r.suppressConnectHeaders) this.t.stdout(headText(response), 'headers');
      this.steps.push({
        kind: 'response',
        title: `Proxy answers ${response.status} ${response.reason}`,
        detail: [
          verdict.why,
          ...(v ? [v.why] : []),
          ...(refused ? [`Nothing accepts connections on ${authority}: the proxy answers 503.`] : []),
        ],
      });
      if (verdict.accepted && !refused) {
        this.t.info(this.w.connectPhaseCompleted);
        this.t.info(`CONNECT tunnel established, response ${response.status}`);
        return this.throughTunnel(url);
      }
      const length = response.headers.find(([n]) => n.toLowerCase() === 'content-length')?.[1];
      if (response.status === 407 && !auth.problem && length && length !== '0') this.t.info(`Ignore ${length} bytes of response-body`);
      if (!v?.retry) break;
    }
    if (r.fail || r.failWithBody) {
      // -f: the CONNECT response is the one that fails (observed in 7.88.1, 8.14.1 and 8.23.0)
      const failed = `The requested URL returned error: ${this.connectCode}`;
      this.t.info(failed);
      return this.failAfterClose(22, failed);
    }
    const msg = `CONNECT tunnel failed, response ${this.connectCode}`;
    this.t.info(msg);
    return this.failAfterClose(this.profile.connectFailedExit, msg);
  }

  throughTunnel(url: CurlUrl): number {
    const r = this.request;
    if (url.scheme === 'https') {
      const origin = originAt(this.network, url.host, url.port, url.scheme);
      const tls = tlsHandshake(this.t, {
        verify: !r.insecure,
        alpn: r.httpVersion === '1.0' ? 'http/1.0' : r.httpVersion === '1.1' ? 'http/1.1' : 'h2,http/1.1',
        certName: origin.certificateName,
        host: url.host,
        selfSigned: origin.tls === 'self-signed',
        notBefore: certDate(this.now - 86_400_000),
        notAfter: certDate(this.now + 86_400_000 * 90),
        plainPeer: origin.tls === undefined,
        forProxy: false,
        w: this.w.tls,
      });
      this.steps.push({
        kind: 'tls',
        title: `TLS with ${url.host} inside the tunnel`,
        detail: [tls.ok ? 'The proxy only relays bytes now; it cannot see the request.' : tls.error!],
      });
      if (!tls.ok) return this.failAfterClose(tls.exitCode!, tls.error!, tls.exitCode === 60 ? this.certFooter() : []);
    }
    this.chainUp(url.scheme === 'https');
    return this.direct(url, true);
  }

  /** A request in origin form to the server itself (no proxy, or inside a tunnel). */
  direct(url: CurlUrl, tunnelled = false): number {
    const r = this.request;
    if (!tunnelled && url.scheme === 'https') {
      const origin = originAt(this.network, url.host, url.port, url.scheme);
      const tls = tlsHandshake(this.t, {
        verify: !r.insecure,
        alpn: 'h2,http/1.1',
        certName: origin.certificateName,
        host: url.host,
        selfSigned: origin.tls === 'self-signed',
        notBefore: certDate(this.now - 86_400_000),
        notAfter: certDate(this.now + 86_400_000 * 90),
        plainPeer: origin.tls === undefined,
        forProxy: false,
        w: this.w.tls,
      });
      if (!tls.ok) return this.failAfterClose(tls.exitCode!, tls.error!, tls.exitCode === 60 ? this.certFooter() : []);
      this.chainUp(true);
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
    return this.finish(originResponse(origin, this.date(), method === 'HEAD'), { host: url.hostForUrl, port: url.port });
  }

  /** Plain http:// through the proxy: absolute-form requests, auth rounds on one connection. */
  absolute(url: CurlUrl, proxy: ProxyEndpoint, model: ResolvedProxy): number {
    const r = this.request;
    const auth = newClientAuth(proxyAuth(r), proxy.user, proxy.password);
    const body = requestBody(r, this.boundary());
    const method = requestMethod(r, body);
    for (let round = 0; round < 4; round++) {
      if (round > 0) {
        this.t.info(`Issue another request to this URL: '${url.href}'`);
        const bundle = (0x55d0c0de0000 + Math.floor(this.rng.next() * 0xffff) * 16).toString(16);
        for (const l of this.w.reuse(proxy.host, bundle)) this.t.info(l);
      }
      const ah = authorizationFor(auth, method, url.path, this.rng);
      if (ah.announce) this.t.info(ah.announce);
      this.serverAuthLine();
      const multipassPending = (auth.picked === 'digest' && !auth.digest?.used) || (auth.picked === 'ntlm' && !auth.ntlm?.sentType3);
      const probe = body !== undefined && auth.user !== undefined && multipassPending && method !== 'GET' && method !== 'HEAD';
      const head = requestHead(r, {
        // --proxy1.0 changes only the CONNECT request line (lib/cf-h1-proxy.c); this request stays HTTP/1.1
        requestLine: `${method} ${url.href} HTTP/${r.httpVersion === '1.0' ? '1.0' : '1.1'}`,
        host: hostHeader(url),
        ...(ah.value ? { proxyAuthorization: ah.value } : {}),
        proxyConnection: true,
        userAgent: this.userAgent(),
        connect: false,
        ...(body ? { body } : {}),
        probe,
      });
      this.t.send(head);
      this.requestSent(probe ? undefined : body);
      this.steps.push({
        kind: 'request',
        title: `${method} ${url.href} to the proxy${ah.value ? ' with credentials' : ''}`,
        detail: [ah.note ?? '', probe ? 'Content-Length: 0: curl holds the body back until the multi-pass scheme is done.' : ''].filter(
          Boolean,
        ),
      });
      const verdict = proxyVerdict(model, proxy.port, this.date(), this.rng, this.credentials(auth, ah.value), undefined);
      if (verdict.accepted) {
        const origin = originAt(this.network, url.host, url.port, url.scheme);
        this.steps.push({ kind: 'response', title: 'The proxy forwards the request', detail: [verdict.why] });
        return this.finish(relayed(model, proxy.port, originResponse(origin, this.date(), method === 'HEAD'), method === 'HEAD'), {
          host: proxy.host,
          port: proxy.port,
        });
      }
      const response = verdict.response!;
      const challenges = response.status === 407 ? challengesOf(response) : [];
      const v =
        response.status === 407
          ? readProxyChallenges(
              auth,
              challenges.map((c) => c.challenge),
              this.profile.ntlm,
            )
          : undefined;
      this.steps.push({
        kind: 'response',
        title: `Proxy answers ${response.status} ${response.reason}`,
        detail: [verdict.why, ...(v ? [v.why] : [])],
      });
      const at = { host: proxy.host, port: proxy.port };
      if (!v?.retry) return this.finish(response, at, v?.problemAt !== undefined ? challenges[v.problemAt]! : undefined);
      this.t.recv(statusLine(response));
      for (const [n, val] of response.headers) this.t.recv(`${n}: ${val}`);
      if (body && !probe && auth.want === 'anyauth') this.t.info(this.w.rewind);
      if (this.w.ignoreBodyBeforeBlank) this.t.info('Ignoring the response-body');
      if (this.w.ignoreBodyBeforeBlank) this.t.info('setting size while ignoring');
      this.t.recv('');
      if (r.include) this.t.stdout(headText(response), 'headers');
      if (!this.w.ignoreBodyBeforeBlank) this.t.info('Ignoring the response-body');
      this.t.info(this.w.leftIntact(at.host, at.port));
    }
    return 0;
  }

  /** The last response: headers, -f, body, "left intact", -w. */
  finish(
    response: ModelResponse,
    connection: { host: string; port: number },
    problem?: { challenge: ParsedChallenge; headerIndex: number },
  ): number {
    const r = this.request;
    this.httpCode = response.status;
    this.t.recv(statusLine(response));
    response.headers.forEach(([n, v], i) => {
      if (i === problem?.headerIndex) this.t.info(this.w.authProblem(problem.challenge.scheme));
      this.t.recv(`${n}: ${v}`);
    });
    if ((r.fail || r.failWithBody) && response.status >= 400) {
      const msg = `The requested URL returned error: ${response.status}`;
      if (r.failWithBody) this.t.recv('');
      if (r.failWithBody) this.t.stdout(response.body, 'body');
      this.t.info(msg);
      if (!r.failWithBody && this.w.blankAfterFail) this.t.recv('');
      this.steps.push({ kind: 'result', title: `-f turns ${response.status} into exit 22`, detail: [] });
      return this.failAfterClose(22, msg);
    }
    this.t.recv('');
    if (r.include || r.head) this.t.stdout(headText(response), 'headers');
    if (r.output === undefined || r.output === '-') this.t.stdout(response.body, 'body');
    this.t.info(this.w.leftIntact(connection.host, connection.port));
    this.writeOut(0);
    this.steps.push({
      kind: 'result',
      title: `Exit 0 with HTTP ${response.status}`,
      detail:
        response.status === 407
          ? ['A 407 to a plain http:// request is a normal HTTP response for curl: exit 0 (use -f to make it an error).']
          : [],
    });
    return 0;
  }

  /** 8.x: the deferred "connected" line once the whole chain (tunnel, TLS) is up, then the HTTP version. */
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

  certFooter(): string[] {
    return [...CERT_FOOTER, this.w.tls.adviceLastLine];
  }

  get w(): CurlWording {
    return this.profile.wording;
  }

  failAfterClose(exit: number, message: string, footer: readonly string[] = []): number {
    this.t.info(this.w.closing(0));
    return this.fail(exit, message, true, footer);
  }

  fail(exit: number, message: string, _closed: boolean, footer: readonly string[] = []): number {
    const r = this.request;
    if (!r.silent || r.showError) {
      this.t.stderr(`curl: (${exit}) ${message}`, 'error');
      for (const l of footer) this.t.stderr(l, 'error');
    }
    this.writeOut(exit);
    this.steps.push({ kind: 'result', title: `Exit ${exit}`, detail: [message] });
    return exit;
  }

  writeOut(exit: number): void {
    if (this.request.writeOut === undefined) return;
    const url = this.request.urls[0]?.value ?? '';
    this.t.stdout(
      formatWriteOut(this.request.writeOut, {
        http_code: this.httpCode,
        http_connect: this.connectCode,
        exitcode: exit,
        url_effective: url,
      }),
      'write-out',
    );
  }

  credentials(auth: ClientAuth, value: string | undefined): ProxyCredentials | undefined {
    if (value === undefined || auth.picked === undefined) return undefined;
    const creds: ProxyCredentials = { scheme: auth.picked };
    if (auth.user !== undefined) creds.user = auth.user;
    if (auth.password !== undefined) creds.password = auth.password;
    if (auth.picked === 'ntlm') creds.ntlmStage = auth.ntlm?.sentType3 ? 3 : 1;
    return creds;
  }

  userAgent(): string {
    return this.request.userAgent ?? `curl/${this.profile.version}`;
  }

  date(): string {
    return httpDate(this.now);
  }

  boundary(): string {
    return `------------------------${this.rng.hex(8)}`;
  }
}

function statusLine(response: ModelResponse): string {
  return `HTTP/1.1 ${response.status} ${response.reason}`;
}

function headText(response: ModelResponse): string {
  return [statusLine(response), ...response.headers.map(([n, v]) => `${n}: ${v}`), ''].join('\n') + '\n';
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

export type { RequestBody };
