/**
 * One simulation for the widget: the form's state → the network model → simulateCurl → everything the
 * output shows (transcript, steps, exit code meaning, fixes, diagnostics). The same function runs at build
 * time (the worked example in CurlSimulator.astro) and in the browser (engine.ts, loaded lazily).
 *
 * The simulated proxy applies to whichever proxy curl ends up using (from -x or the environment), so the
 * panel does not need to repeat its host and port; its reachability also decides whether that host resolves.
 */
import type { Diagnostic } from '../../lib/diagnostics';
import type { NetworkModel, ProxyModel } from '../../lib/proxy-model/network';
import { parseCurlCommand } from '../../lib/curl/options';
import { chooseProxy } from '../../lib/curl/proxy-choice';
import { simulateCurl, type SimulationResult, type SimulationStep } from '../../lib/curl/simulate';
import { parseCurlUrl } from '../../lib/curl/url';
import { parseEnvLines } from './env-lines';
import { exitMeaning, type ExitMeaning } from './exit-codes';
import { fixSuggestions, type FixSuggestion } from './fix-suggestions';
import type { SimulatorState } from './state';

/** Transcript characters rendered; the copy button still copies all of it. */
export const TRANSCRIPT_DISPLAY_MAX = 65_536;

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

export function networkFor(state: SimulatorState, env: Record<string, string>): NetworkModel {
  const { request } = parseCurlCommand(state.command, { env, curlVersion: state.version });
  const first = request.urls[0];
  const url = first ? parseCurlUrl(first.value) : undefined;
  const network: NetworkModel = {};
  if (url && (url.scheme === 'http' || url.scheme === 'https')) {
    const choice = chooseProxy(request, url);
    if (choice.kind === 'proxy' && choice.proxy) {
      const key = `${choice.proxy.host}:${choice.proxy.port}`;
      const model: ProxyModel = {
        listening: state.reach !== 'refusing',
        schemes: [...state.schemes],
        realm: 'proxy',
        accounts: [{ user: state.user, password: state.password }],
      };
      network.proxies = { [key]: model };
      if (state.reach === 'unresolvable') network.unresolvable = [choice.proxy.host];
    }
    if (url.scheme === 'https') network.origins = { [`${url.host}:${url.port}`]: { tls: state.originTls } };
  }
  return network;
}

export function runSimulation(state: SimulatorState): Outcome {
  const { env, diagnostics: envDiagnostics } = parseEnvLines(state.env);
  const result = simulateCurl({ command: state.command, env, curlVersion: state.version, network: networkFor(state, env), seed: 1 });
  const exit = exitMeaning(result);
  const fixes = fixSuggestions(result, { command: state.command, offered: state.schemes, user: state.user });
  const full = result.transcript;
  const truncated = full.length > TRANSCRIPT_DISPLAY_MAX;
  const transcript = truncated ? full.slice(0, TRANSCRIPT_DISPLAY_MAX) : full;
  const summary = `Exit code ${exit.code}${exit.name ? ` ${exit.name}` : ''}: ${exit.meaning}.${fixes.length > 0 ? ` ${fixes.length} suggestion${fixes.length > 1 ? 's' : ''} to fix it.` : ''}`;
  return { transcript, truncated, steps: result.steps, exit, fixes, diagnostics: result.diagnostics, envDiagnostics, summary, result };
}
