/**
 * The simulator's heavy half, loaded on first use by element.ts (a dynamic import: a separate same-origin
 * chunk): the curl engine, the protocol library it computes Digest and NTLM with, and the view.
 */
import { toDom } from '../shared/view';
import { redactCommand, redactEnvLines } from './redact';
import { runSimulation, type Outcome } from './run';
import type { SimulatorState } from './state';
import { simulatorView, type ViewIds } from './view';

export interface Rendered {
  dom: Node;
  outcome: Outcome;
}

export function render(state: SimulatorState, ids: ViewIds): Rendered {
  const outcome = runSimulation(state);
  return { dom: toDom(simulatorView(outcome, state.command, state.env, ids)), outcome };
}

/** The state for a share link without secrets: passwords in the command and env become ****. */
export function redactState(state: SimulatorState): SimulatorState {
  return { ...state, command: redactCommand(state.command), env: redactEnvLines(state.env), password: '' };
}
