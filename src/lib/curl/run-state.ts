/**
 * A simulated run's state and how it ends: the final response (headers, -f, body, -w), the "curl: (N)"
 * failure line, and the facts the run established (outcome.ts). simulate.ts drives the legs on top of it.
 */
import type { Diagnostic } from '../diagnostics';
import type { NetworkModel } from '../proxy-model/network';
import type { ModelResponse } from '../proxy-model/origins';
import type { ProxyCredentials } from '../proxy-model/proxy-server';
import { httpDate, seededRng, type Rng } from '../proxy-model/rng';
import type { AuthOutcome, ErrorCause, FinalOutcome, SimulationFacts } from './outcome';
import { proxyAuth, type AuthScheme, type CurlRequest, type ParseCurlResult } from './options';
import type { CurlProfile, CurlWording } from './profiles';
import type { ClientAuth } from './proxy-auth';
import type { ProxyChoice } from './proxy-choice';
import { Transcript, type TranscriptLine } from './transcript';
import { formatWriteOut } from './write-out';

export interface SimulateOptions {
  command: string;
  env?: Readonly<Record<string, string>>;
  curlVersion?: string;
  /**
   * `command` already parsed with the same env and curlVersion, by a caller that needed the request first:
   * the run reuses it instead of lexing and parsing the text again (a 1 MB paste is read once per render).
   */
  parsed?: ParseCurlResult;
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
  /** What the run established, as data (see outcome.ts). */
  facts: SimulationFacts;
}

const DEFAULT_NOW = Date.UTC(2026, 0, 15, 9, 30, 0);

/** Where a connection goes, for "Connection #0 to host … left intact". */
export interface Endpoint {
  host: string;
  port: number;
}

/** A Proxy-Authenticate field whose scheme curl already answered: the line before it says so. */
export interface AuthProblem {
  headerIndex: number;
  scheme: string;
}
export class RunState {
  readonly t: Transcript;
  readonly steps: SimulationStep[] = [];
  readonly rng: Rng;
  readonly network: NetworkModel;
  readonly now: number;
  choice?: ProxyChoice;
  httpCode = 0;
  connectCode = 0;
  outcome: FinalOutcome = { kind: 'error', exit: -1, message: 'not run', cause: 'internal' };
  readonly offered: string[] = [];
  readonly answered: AuthScheme[] = [];
  readonly proxyStatuses: number[] = [];
  auth: AuthOutcome = { kind: 'not-challenged' };

  constructor(
    readonly request: CurlRequest,
    options: SimulateOptions,
    readonly profile: CurlProfile,
  ) {
    const to = request.traceAscii;
    // --trace-ascii replaces -v: to stdout (-), stderr (%) or a file, which the terminal does not show
    this.t =
      to === undefined
        ? new Transcript(request.verbose)
        : new Transcript(true, { stream: to === '-' ? 'stdout' : to === '%' ? 'stderr' : 'file', info: profile.wording.traceInfo });
    this.now = options.now ?? DEFAULT_NOW;
    this.rng = seededRng(options.seed ?? 1, this.now);
    this.network = options.network ?? {};
  }

  result(exitCode: number, diagnostics: Diagnostic[]): SimulationResult {
    const choice = this.choice;
    const facts: SimulationFacts = {
      outcome: this.outcome,
      proxy: choice ?? { kind: 'not-reached' },
      credentials: choice?.kind === 'proxy' ? choice.credentials : { kind: 'none' },
      requested: proxyAuth(this.request),
      offered: this.offered,
      answered: this.answered,
      auth: this.auth,
      proxyStatuses: this.proxyStatuses,
    };
    const r: SimulationResult = {
      transcript: this.t.text(),
      lines: this.t.lines,
      exitCode,
      steps: this.steps,
      request: this.request,
      diagnostics,
      facts,
    };
    if (choice) r.proxy = choice;
    return r;
  }

  /** The last response: headers, -f, body, "left intact", -w. */
  finish(response: ModelResponse, connection: Endpoint, from: 'origin' | 'proxy', problem?: AuthProblem): number {
    const r = this.request;
    this.httpCode = response.status;
    this.t.recv(statusLine(response));
    response.headers.forEach(([n, v], i) => {
      if (i === problem?.headerIndex) this.t.info(this.w.authProblem(problem.scheme));
      this.t.recv(`${n}: ${v}`);
    });
    if ((r.fail || r.failWithBody) && response.status >= 400) {
      const msg = `The requested URL returned error: ${response.status}`;
      if (r.failWithBody) {
        this.t.recv('');
        this.t.stdout(response.body, 'body');
      }
      this.t.info(msg);
      if (!r.failWithBody && this.w.blankAfterFail) this.t.recv('');
      this.steps.push({ kind: 'result', title: `-f turns ${response.status} into exit 22`, detail: [] });
      return this.failAfterClose({ cause: 'http-error', status: response.status }, 22, msg);
    }
    this.t.recv('');
    // -i and -I headers go where the body goes: stdout, unless -o names a file
    const toStdout = r.output === undefined || r.output === '-';
    if ((r.include || r.head) && toStdout) this.t.stdout(headText(response), 'headers');
    if (toStdout) this.t.stdout(response.body, 'body');
    this.t.info(this.w.leftIntact(connection.host, connection.port));
    this.writeOut(0);
    this.outcome = { kind: 'response', status: response.status, from };
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

  /** How this version words and orders its verbose lines (profiles.ts). */
  get w(): CurlWording {
    return this.profile.wording;
  }

  failAfterClose(cause: ErrorCause, exit: number, message: string, footer: readonly string[] = []): number {
    this.t.info(this.w.closing(0));
    return this.fail(cause, exit, message, footer);
  }

  fail(cause: ErrorCause, exit: number, message: string, footer: readonly string[] = []): number {
    const r = this.request;
    if (!r.silent || r.showError) {
      this.t.stderr(`curl: (${exit}) ${message}`, 'error');
      for (const l of footer) this.t.stderr(l, 'error');
    }
    this.writeOut(exit);
    this.outcome = { kind: 'error', exit, message, ...cause };
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

export function statusLine(response: ModelResponse): string {
  return `HTTP/1.1 ${response.status} ${response.reason}`;
}

export function headText(response: ModelResponse): string {
  return [statusLine(response), ...response.headers.map(([n, v]) => `${n}: ${v}`), ''].join('\n') + '\n';
}
