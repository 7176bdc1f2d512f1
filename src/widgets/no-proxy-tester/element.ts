/**
 * <no-proxy-tester>: takes over the server-rendered form (NoProxyTester.astro). The matchers and the view
 * (engine.ts) load on first input; output is built with createElement/textContent only; nothing leaves the
 * page and nothing is stored. The share link (URL fragment) holds no secret: a NO_PROXY list and a URL.
 */
import { createAnnouncer } from '../shared/announce';
import { h, part, replace } from '../shared/dom';
import { readShareState, shareUrl } from '../shared/share';
import type { NoProxyTesterState, VariableCase } from './view';

const TAG = 'no-proxy-tester';
const FIELDS = ['noProxy', 'url', 'variables', 'upperValue'] as const;
type Engine = typeof import('./engine');
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('./engine'));

class NoProxyTester extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    this.dataset['ready'] = '';
    const controls = Object.fromEntries(FIELDS.map((f) => [f, part<HTMLInputElement | HTMLSelectElement>(this, 'field', f)])) as Record<
      (typeof FIELDS)[number],
      HTMLInputElement | HTMLSelectElement
    >;
    const result = part(this, 'result');
    const urlError = part(this, 'url-error');
    const upperField = part(this, 'upper-field');
    const announce = createAnnouncer(this);
    const state = (): NoProxyTesterState => ({
      noProxy: controls.noProxy.value,
      url: controls.url.value,
      variables: controls.variables.value as VariableCase,
      upperValue: controls.upperValue.value,
    });
    let pending = 0;
    const render = async () => {
      const ticket = ++pending;
      upperField.hidden = controls.variables.value !== 'different';
      try {
        const { render: build } = await loadEngine();
        if (ticket !== pending) return;
        const { dom, view } = build(state());
        replace(result, dom);
        urlError.textContent = view.urlError ?? '';
        controls.url.setAttribute('aria-invalid', String(view.urlError !== undefined));
        announce(view.summary);
      } catch (error) {
        replace(result, h('p', { class: 'w-error' }, `Could not test: ${error instanceof Error ? error.message : String(error)}`));
        announce('Could not test this input');
      }
    };
    const shared = readShareState(TAG);
    if (shared) {
      for (const f of FIELDS) if (shared[f] !== undefined) controls[f].value = shared[f]!;
      void render();
    }
    for (const f of FIELDS) {
      controls[f].addEventListener('input', () => void render());
      controls[f].addEventListener('change', () => void render());
    }
    part<HTMLButtonElement>(this, 'share').addEventListener('click', () => {
      const url = shareUrl(TAG, { ...state() });
      const done = (ok: boolean) => announce(ok ? 'Share link copied' : 'Could not copy the share link');
      try {
        navigator.clipboard.writeText(url).then(
          () => done(true),
          () => done(false),
        );
      } catch {
        done(false);
      }
    });
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, NoProxyTester);
