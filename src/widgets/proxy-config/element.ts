/**
 * <proxy-config>: takes over the server-rendered form (ProxyConfig.astro). The snippet builders and the view
 * (engine.ts) load on first input as a same-origin chunk, so this eager script stays small; output is built
 * with createElement/textContent only. Nothing leaves the page; the share link lives in the URL fragment and
 * carries the password only when "include" is ticked.
 */
import { createAnnouncer } from '../shared/announce';
import { wireCopyValues } from '../shared/copy';
import { h, part, replace } from '../shared/dom';
import { wirePasswordToggles } from '../shared/password';
import { readShareState, shareUrl } from '../shared/share';

const TAG = 'proxy-config';
const FIELDS = ['scheme', 'host', 'port', 'user', 'password', 'authScheme', 'noProxy'] as const;
type Field = (typeof FIELDS)[number];
type Engine = typeof import('./engine');
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('./engine'));

class ProxyConfig extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    this.dataset['ready'] = '';
    const idPrefix = this.dataset['id'] ?? TAG;
    const controls = Object.fromEntries(FIELDS.map((f) => [f, part<HTMLInputElement | HTMLSelectElement>(this, 'field', f)])) as Record<
      Field,
      HTMLInputElement | HTMLSelectElement
    >;
    const result = part(this, 'result');
    const toolSelect = part<HTMLSelectElement>(this, 'tool');
    const announce = createAnnouncer(this);
    wirePasswordToggles(this);
    wireCopyValues(this, announce);

    const state = () => Object.fromEntries(FIELDS.map((f) => [f, controls[f].value])) as Record<Field, string>;
    const showTool = () => {
      for (const section of this.querySelectorAll<HTMLElement>('[data-tool-section]')) {
        section.toggleAttribute('data-inactive', section.dataset['toolSection'] !== toolSelect.value);
      }
    };
    let pending = 0;
    const render = async () => {
      const ticket = ++pending;
      try {
        const { render: build } = await loadEngine();
        if (ticket !== pending) return;
        const { dom, view } = build(state(), toolSelect.value, idPrefix);
        replace(result, dom);
        for (const f of FIELDS) {
          const message = view.fieldErrors[f];
          const box = this.querySelector<HTMLElement>(`[data-error="${f}"]`);
          if (box) box.textContent = message ?? '';
          if (controls[f] instanceof HTMLInputElement) controls[f].setAttribute('aria-invalid', String(message !== undefined));
        }
        announce(view.summary);
      } catch (error) {
        replace(
          result,
          h('p', { class: 'w-error' }, `Could not build the configuration: ${error instanceof Error ? error.message : String(error)}`),
        );
        announce('Could not build the configuration');
      }
    };

    const shared = readShareState(TAG);
    if (shared) {
      for (const f of FIELDS) if (shared[f] !== undefined) controls[f].value = shared[f]!;
      if (shared['tool'] !== undefined && [...toolSelect.options].some((o) => o.value === shared['tool']))
        toolSelect.value = shared['tool']!;
      void render();
    }
    for (const f of FIELDS) {
      controls[f].addEventListener('input', () => void render());
      controls[f].addEventListener('change', () => void render());
    }
    toolSelect.addEventListener('change', () => {
      showTool();
      const label = toolSelect.selectedOptions[0]?.textContent ?? '';
      announce(`Showing ${label}`);
    });
    showTool();

    const shareButton = part<HTMLButtonElement>(this, 'share');
    const includeSecrets = part<HTMLInputElement>(this, 'share-secrets');
    shareButton.addEventListener('click', () => {
      const url = shareUrl(TAG, { ...state(), tool: toolSelect.value }, ['password'], includeSecrets.checked);
      const done = (ok: boolean) =>
        announce(
          ok
            ? `Share link copied${includeSecrets.checked ? ', with the password' : ', without the password'}`
            : 'Could not copy the share link',
        );
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

if (!customElements.get(TAG)) customElements.define(TAG, ProxyConfig);
