/**
 * The simulator's output as a view tree (shared/view.ts): rendered by View.astro at build time for the worked
 * example, and by toDom in the browser, so both runs show the same markup. Pure.
 */
import { v, vcopy, vdiagnostics, vhttp, vmarked, type VElement } from '../shared/view';
import type { Outcome } from './run';

export interface ViewIds {
  /** Id of the list of problems in the command (the textarea's aria-describedby points at it). */
  problems: string;
  /** Id of the list of problems in the environment lines. */
  envProblems: string;
}

export function simulatorView(outcome: Outcome, command: string, env: string, ids: ViewIds): VElement {
  const { exit } = outcome;
  return v(
    'div',
    { class: 'cs-result', 'data-exit-code': String(exit.code) },
    v(
      'p',
      { class: `cs-exit ${exit.ok ? 'w-ok' : 'w-error'}`, 'data-exit': '' },
      v('strong', {}, `Exit code ${exit.code}`),
      exit.name ? v('code', {}, exit.name) : null,
      ` — ${exit.meaning}`,
    ),
    problems(command, outcome, ids),
    v(
      'div',
      { class: 'cs-columns' },
      v(
        'div',
        { class: 'cs-transcript' },
        v('h4', {}, 'Transcript'),
        outcome.transcript === ''
          ? v('p', { class: 'w-note' }, 'curl prints nothing for this command (add -v to see the exchange).')
          : v('div', { class: 'w-with-copy' }, vhttp(outcome.transcript, 'curl transcript'), vcopy(outcome.transcript, 'the transcript')),
        outcome.truncated
          ? v('p', { class: 'w-note' }, `The transcript is long: the first ${outcome.transcript.length} characters are shown.`)
          : null,
      ),
      v(
        'div',
        { class: 'cs-steps' },
        v('h4', {}, 'Step by step'),
        v(
          'ol',
          { 'data-steps': '' },
          ...outcome.steps.map((s) =>
            v(
              'li',
              { 'data-kind': s.kind },
              v('strong', {}, s.title),
              ...s.detail.filter((d) => d !== '').map((d) => v('span', { class: 'cs-detail' }, d)),
            ),
          ),
        ),
      ),
    ),
    v('h4', {}, 'How to fix'),
    outcome.fixes.length === 0
      ? v(
          'p',
          { class: 'w-note', 'data-fixes': '' },
          exit.ok ? 'Nothing to fix: curl got through.' : 'No suggestion for this outcome: read the steps above.',
        )
      : v(
          'ul',
          { class: 'cs-fixes', 'data-fixes': '' },
          ...outcome.fixes.map((f) =>
            v(
              'li',
              { 'data-fix': f.id },
              v('strong', {}, f.title),
              v('span', { class: 'cs-detail' }, f.detail),
              f.command !== undefined ? fixedLine(f.command, 'the fixed command') : null,
              f.env !== undefined ? fixedLine(f.env, 'the environment line') : null,
            ),
          ),
        ),
    envProblems(env, outcome, ids),
  );
}

function problems(command: string, outcome: Outcome, ids: ViewIds): VElement {
  const ds = outcome.diagnostics;
  return v(
    'div',
    { class: 'cs-problems', id: ids.problems },
    ds.length === 0 ? null : v('h4', {}, 'Problems in the command'),
    ds.length === 0 ? null : vmarked(command, ds, 'The command with problems underlined'),
    vdiagnostics(command, ds),
  );
}

function envProblems(env: string, outcome: Outcome, ids: ViewIds): VElement {
  const ds = outcome.envDiagnostics;
  return v(
    'div',
    { class: 'cs-problems', id: ids.envProblems },
    ds.length === 0 ? null : v('h4', {}, 'Problems in the environment'),
    ds.length === 0 ? null : vmarked(env, ds, 'The environment with problems underlined'),
    vdiagnostics(env, ds),
  );
}

/** Fixed commands longer than this are not repeated in full (a 1 MB paste would be copied into the page twice). */
const FIXED_DISPLAY_MAX = 8_192;

function fixedLine(text: string, what: string): VElement {
  if (text.length > FIXED_DISPLAY_MAX)
    return v(
      'span',
      { class: 'w-note' },
      `The corrected command is ${text.length} characters long: apply the change above to your command.`,
    );
  return v(
    'div',
    { class: 'w-with-copy cs-fixed' },
    v('pre', { class: 'w-code', tabindex: 0, 'aria-label': what }, v('code', {}, text)),
    vcopy(text, what),
  );
}
