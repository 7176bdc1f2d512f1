/**
 * <curl-simulator>: takes over the server-rendered form (CurlSimulator.astro). The page already shows the
 * worked example, so the engine (engine.ts: the curl simulator, the protocol library, the view) is imported
 * only when the widget comes near the viewport or is first touched: a separate same-origin chunk, which keeps
 * this eager script small. Output is built with createElement/textContent only; nothing leaves the page (no
 * request besides that chunk, no storage), and share links live in the URL fragment.
 */
import { createAnnouncer } from '../shared/announce';
import { wireCopyValues } from '../shared/copy';
import { h, part, replace } from '../shared/dom';
import { wirePasswordToggles } from '../shared/password';
import { readShareState, shareUrl } from '../shared/share';
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
/** Above this many characters of input, wait for a pause in typing before simulating. */
const LARGE_INPUT = 20_000;
type Engine = typeof import('./engine');
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('./engine'));

class CurlSimulator extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    this.dataset['ready'] = '';
    const command = part<HTMLTextAreaElement>(this, 'command');
    const env = part<HTMLTextAreaElement>(this, 'env');
    const preset = part<HTMLSelectElement>(this, 'preset');
    const user = part<HTMLInputElement>(this, 'user');
    const password = part<HTMLInputElement>(this, 'password');
    const reach = part<HTMLSelectElement>(this, 'reach');
    const originTls = part<HTMLSelectElement>(this, 'origin-tls');
    const version = part<HTMLSelectElement>(this, 'version');
    const result = part(this, 'result');
    const schemes = [...this.querySelectorAll<HTMLInputElement>('input[data-scheme]')];
    const announce = createAnnouncer(this);
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

    let pending = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const render = async (): Promise<void> => {
      const ticket = ++pending;
      try {
        const e = await loadEngine();
        if (ticket !== pending) return; // a newer input is on its way
        const { dom, outcome } = e.render(read(), ids);
        replace(result, dom);
        command.setAttribute('aria-invalid', String(outcome.diagnostics.some((d) => d.severity === 'error')));
        announce(outcome.summary);
      } catch (error) {
        replace(
          result,
          h('p', { class: 'w-error' }, `Could not simulate this command: ${error instanceof Error ? error.message : String(error)}`),
        );
        announce('Could not simulate this command');
      }
    };
    const schedule = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      const large = command.value.length + env.value.length > LARGE_INPUT;
      timer = setTimeout(() => void render(), large ? 250 : 0);
    };

    // Fetch the engine early: near the viewport, or on the first touch.
    if ('IntersectionObserver' in window) {
      const io = new IntersectionObserver(
        (entries) => {
          if (entries.some((en) => en.isIntersecting)) {
            io.disconnect();
            void loadEngine();
          }
        },
        { rootMargin: '200px' },
      );
      io.observe(this);
    }
    this.addEventListener('focusin', () => void loadEngine(), { once: true });

    for (const field of [command, env, user, password]) {
      field.addEventListener('input', () => {
        if (field === command || field === env) preset.value = '';
        schedule();
      });
    }
    for (const field of [reach, originTls, version, ...schemes]) field.addEventListener('change', schedule);
    preset.addEventListener('change', () => {
      const p = PRESETS.find((x) => x.id === preset.value);
      if (!p) return;
      write(applyPreset(p, version.value));
      schedule();
    });
    wirePasswordToggles(this);
    wireCopyValues(this, announce);

    const shareButton = part<HTMLButtonElement>(this, 'share');
    const includeSecrets = part<HTMLInputElement>(this, 'share-secrets');
    shareButton.addEventListener('click', async () => {
      const withSecrets = includeSecrets.checked;
      const state = withSecrets ? read() : (await loadEngine()).redactState(read());
      const url = shareUrl(shareKey, stateToShare(state), SECRET_SHARE_KEYS, withSecrets);
      navigator.clipboard.writeText(url).then(
        () => announce(withSecrets ? 'Share link copied, with the passwords' : 'Share link copied, without the passwords'),
        () => announce('Could not copy the share link'),
      );
    });

    const shared = readShareState(shareKey);
    if (shared) {
      write(shareToState(shared));
      preset.value = '';
      void render();
    }
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

if (!customElements.get(TAG)) customElements.define(TAG, CurlSimulator);
