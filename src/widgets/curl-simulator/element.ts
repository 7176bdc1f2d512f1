/**
 * <curl-simulator>: takes over the server-rendered form (CurlSimulator.astro). The page already shows the
 * worked example, so the engine (engine.ts: the curl simulator, the protocol library, the view) is imported
 * only when the widget comes near the viewport or is first touched: a separate same-origin chunk, which keeps
 * this eager script small. Output is built with createElement/textContent only; nothing leaves the page (no
 * request besides that chunk, no storage), and share links live in the URL fragment.
 */
import { defineWidget, WidgetElement } from '../shared/widget-element';
import {
  PRESETS,
  SECRET_SHARE_KEYS,
  applyPreset,
  shareToState,
  stateToShare,
  type Reachability,
  type OriginTls,
  type SimulatorState,
} from './state';

const TAG = 'curl-simulator';
type Engine = typeof import('./engine');

class CurlSimulator extends WidgetElement<Engine> {
  protected readonly tag = TAG;

  protected importEngine(): Promise<Engine> {
    return import('./engine');
  }

  protected setup(): void {
    const command = this.el<HTMLTextAreaElement>('command');
    const env = this.el<HTMLTextAreaElement>('env');
    const preset = this.el<HTMLSelectElement>('preset');
    const user = this.el<HTMLInputElement>('user');
    const password = this.el<HTMLInputElement>('password');
    const reach = this.el<HTMLSelectElement>('reach');
    const originTls = this.el<HTMLSelectElement>('origin-tls');
    const version = this.el<HTMLSelectElement>('version');
    const result = this.el('result');
    const schemes = [...this.querySelectorAll<HTMLInputElement>('input[data-scheme]')];
    const ids = parseIds(this.dataset['ids']);
    // Which simulator of the page a share link restores (the 407 page has two).
    const shareKey = `${TAG}-${[...document.querySelectorAll(TAG)].indexOf(this) + 1}`;

    const read = (): SimulatorState => ({
      command: command.value,
      env: env.value,
      schemes: schemes.filter((s) => s.checked).map((s) => s.dataset['scheme'] as SimulatorState['schemes'][number]),
      user: user.value,
      password: password.value,
      reach: reach.value as Reachability,
      originTls: originTls.value as OriginTls,
      version: version.value,
    });
    const write = (s: SimulatorState): void => {
      command.value = s.command;
      env.value = s.env;
      for (const box of schemes) box.checked = s.schemes.includes(box.dataset['scheme'] as SimulatorState['schemes'][number]);
      user.value = s.user;
      password.value = s.password;
      reach.value = s.reach;
      originTls.value = s.originTls;
      if ([...version.options].some((o) => o.value === s.version)) version.value = s.version;
    };

    const simulated = this.renderer({
      target: result,
      fields: () => [
        { label: 'curl command', value: command.value, control: command },
        { label: 'Environment', value: env.value, control: env },
        { label: 'Proxy user', value: user.value, control: user },
        { label: 'Proxy password', value: password.value, control: password },
      ],
      extra: () => [reach.value, originTls.value, version.value, ...schemes.map((s) => String(s.checked))].join(' '),
      run: (e) => {
        const { dom, outcome } = e.render(read(), ids);
        result.replaceChildren(dom);
        command.setAttribute('aria-invalid', String(outcome.diagnostics.some((d) => d.severity === 'error')));
        this.announce(outcome.summary);
      },
    });

    for (const field of [command, env, user, password]) {
      field.addEventListener('input', () => {
        if (field === command || field === env) preset.value = '';
        simulated.schedule();
      });
    }
    for (const field of [reach, originTls, version, ...schemes]) field.addEventListener('change', () => simulated.schedule());
    preset.addEventListener('change', () => {
      const p = PRESETS.find((x) => x.id === preset.value);
      if (!p) return;
      write(applyPreset(p, version.value));
      simulated.schedule();
    });

    this.wireShare({
      key: shareKey,
      secretsName: 'the passwords',
      state: async (include) => {
        const state = include ? read() : (await this.engine()).redactState(read());
        return Object.fromEntries(Object.entries(stateToShare(state)).filter(([key]) => include || !SECRET_SHARE_KEYS.includes(key)));
      },
      restore: (shared) => {
        write(shareToState(shared));
        preset.value = '';
        simulated.schedule();
      },
    });
  }
}

function parseIds(json: string | undefined): { problems: string; envProblems: string } {
  try {
    const v = JSON.parse(json ?? '{}') as { problems?: unknown; envProblems?: unknown };
    return { problems: String(v.problems ?? 'curl-sim-problems'), envProblems: String(v.envProblems ?? 'curl-sim-env-problems') };
  } catch {
    return { problems: 'curl-sim-problems', envProblems: 'curl-sim-env-problems' };
  }
}

defineWidget(TAG, CurlSimulator);
