/**
 * One simulation for the widget: the form's state → the network model → simulateCurl → everything the
 * output shows (transcript, steps, exit code meaning, fixes, diagnostics). The same function runs at build
 * time (the worked example in CurlSimulator.astro) and in the browser (engine.ts, loaded lazily).
 *
 * The simulated proxy applies to whichever proxy curl ends up using (from -x or the environment), so the
 * panel does not need to repeat its host and port; its reachability also decides whether that host resolves.
 * Its account is the one the command carries (-U user without a password: curl prompted and the user typed
 * the right one), unless the panel's account fields say otherwise (e.g. to see a wrong password).
 */
import type { Diagnostic } from '../../lib/diagnostics';
import type { NetworkModel, ProxyModel } from '../../lib/proxy-model/network';
import { parseCurlCommand, type CurlRequest } from '../../lib/curl/options';
import { chooseProxy } from '../../lib/curl/proxy-choice';
import { simulateCurl, type SimulationResult, type SimulationStep } from '../../lib/curl/simulate';
import { parseCurlUrl } from '../../lib/curl/url';
import { readVerboseTranscript, type VerboseReading } from '../../lib/curl/verbose-reading';
import { parseEnvLines } from './env-lines';
import { exitMeaning, exitName, type ExitMeaning } from './exit-codes';
import { fixSuggestions, type FixSuggestion } from './fix-suggestions';
import type { SimulatorState } from './state';

/** Transcript characters rendered; the copy button still copies all of it. */
const TRANSCRIPT_DISPLAY_MAX = 65_536;

export interface Outcome {
  transcript: string;
  /** True when the displayed transcript is cut at TRANSCRIPT_DISPLAY_MAX. */
  truncated: boolean;
  steps: SimulationStep[];
  exit: ExitMeaning;
  fixes: FixSuggestion[];
  /** Problems in the command (offsets into it). */
  diagnostics: Diagnostic[];
  /** Problems in the environment lines (offsets into them). */
  envDiagnostics: Diagnostic[];
  /** One sentence for screen readers. */
  summary: string;
  result: SimulationResult;
}

function networkFor(state: SimulatorState, request: CurlRequest): NetworkModel {
  const first = request.urls[0];
  const url = first ? parseCurlUrl(first.value) : undefined;
  const network: NetworkModel = {};
  if (url && (url.scheme === 'http' || url.scheme === 'https')) {
    const choice = chooseProxy(request, url);
    if (choice.kind === 'proxy') {
      const key = `${choice.proxy.host}:${choice.proxy.port}`;
      const c = choice.credentials;
      const accounts =
        state.user !== '' || state.password !== ''
          ? [{ user: state.user, password: state.password }]
          : c.kind === 'given'
            ? [{ user: c.user, password: c.password.kind === 'given' ? c.password.value : '' }]
            : [];
      const model: ProxyModel = { listening: state.reach !== 'refusing', schemes: [...state.schemes], realm: 'proxy', accounts };
      network.proxies = { [key]: model };
      if (state.reach === 'unresolvable') network.unresolvable = [choice.proxy.host];
    }
    if (url.scheme === 'https') network.origins = { [`${url.host}:${url.port}`]: { tls: state.originTls } };
  }
  return network;
}

export function runSimulation(state: SimulatorState): Outcome {
  const { env, diagnostics: envDiagnostics } = parseEnvLines(state.env);
  // Lexed and parsed once: the network model needs the request before the run, and the run and the fixes reuse it.
  const parsed = parseCurlCommand(state.command, { env, curlVersion: state.version });
  const network = networkFor(state, parsed.request);
  const result = simulateCurl({ command: state.command, env, curlVersion: state.version, network, seed: 1, parsed });
  const reading =
    result.facts.outcome.kind === 'error' && result.facts.outcome.cause === 'no-curl' ? readVerboseTranscript(state.command) : undefined;
  if (reading) return pastedTranscript(state, reading, result, envDiagnostics);
  const exit = exitMeaning(result);
  const fixes = fixSuggestions(result, { command: state.command, user: state.user, shell: parsed.shell });
  const full = result.transcript;
  const truncated = full.length > TRANSCRIPT_DISPLAY_MAX;
  const transcript = truncated ? full.slice(0, TRANSCRIPT_DISPLAY_MAX) : full;
  const summary = `Exit code ${exit.code}${exit.name ? ` ${exit.name}` : ''}: ${exit.meaning}.${fixes.length > 0 ? ` ${fixes.length} suggestion${fixes.length > 1 ? 's' : ''} to fix it.` : ''}`;
  return { transcript, truncated, steps: result.steps, exit, fixes, diagnostics: result.diagnostics, envDiagnostics, summary, result };
}

/** A pasted curl -v transcript: explained in place (no shell diagnostics about `>` and `<`). */
function pastedTranscript(state: SimulatorState, r: VerboseReading, result: SimulationResult, envDiagnostics: Diagnostic[]): Outcome {
  const code = r.exit?.code ?? 0;
  const last = r.statuses.at(-1);
  const exit: ExitMeaning = {
    code,
    name: exitName(code),
    meaning: `of the pasted run: ${r.exit ? r.exit.message : last !== undefined ? `it ended with HTTP ${last}` : 'curl printed no error'}`,
    ok: r.exit === undefined && (last ?? 200) < 400,
  };
  const steps: SimulationStep[] = [
    {
      kind: 'result',
      title: 'This is curl -v output, not a command',
      detail: ["Lines with * are curl's notes, > what it sent, < what it received."],
    },
    ...r.requests.slice(0, 10).map((line): SimulationStep => ({ kind: 'request', title: line, detail: [] })),
  ];
  const detail = [
    r.statuses.includes(407) ? `The proxy answered 407 and offered ${r.offered.join(', ') || 'no scheme curl could read'}.` : '',
    r.sent.length > 0
      ? `curl sent Proxy-Authorization with ${r.sent.join(', ')}${r.statuses.at(-1) === 407 ? ', and the proxy still answered 407: the credentials or the scheme were refused' : ''}.`
      : r.statuses.includes(407)
        ? 'curl sent no Proxy-Authorization: it had no proxy credentials (-U).'
        : '',
    'To see fixes, paste the command you ran (the line that starts with curl) instead, with the proxy above set to offer the same schemes.',
  ].filter(Boolean);
  const fixes: FixSuggestion[] = [{ id: 'pasted-transcript', title: 'Read the pasted transcript', detail: detail.join(' ') }];
  const summary = `A pasted curl -v transcript: exit code ${code}. ${detail[0] ?? ''}`;
  return {
    transcript: state.command.slice(0, TRANSCRIPT_DISPLAY_MAX),
    truncated: state.command.length > TRANSCRIPT_DISPLAY_MAX,
    steps,
    exit,
    fixes,
    diagnostics: [],
    envDiagnostics,
    summary,
    result,
  };
}
