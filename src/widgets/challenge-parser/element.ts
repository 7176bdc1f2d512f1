/**
 * <challenge-parser>: takes over the server-rendered form (ChallengeParser.astro). The parsing engine is loaded
 * on first input as a separate same-origin chunk; output is built with createElement/textContent only.
 * Nothing is sent or stored; the share link keeps the pasted text in the URL fragment (challenges hold no secret).
 */
import { createAnnouncer } from '../shared/announce';
import { wireCopyValues } from '../shared/copy';
import { h, part, replace } from '../shared/dom';
import { readShareState, shareUrl } from '../shared/share';

const TAG = 'challenge-parser';
type Engine = typeof import('./engine');
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('./engine'));

class ChallengeParser extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    this.dataset['ready'] = '';
    const input = part<HTMLTextAreaElement>(this, 'input');
    const scheme = part<HTMLSelectElement>(this, 'proxy-scheme');
    const result = part(this, 'result');
    const announce = createAnnouncer(this);
    let pending = 0;
    const render = async () => {
      const ticket = ++pending;
      try {
        const { render: parse } = await loadEngine();
        if (ticket !== pending) return;
        const { dom, view } = parse(input.value, { proxyScheme: scheme.value === 'https' ? 'https' : 'http' });
        replace(result, dom);
        input.setAttribute('aria-invalid', String(view.diagnostics.some((d) => d.severity === 'error')));
        announce(view.summary);
      } catch (error) {
        replace(
          result,
          h('p', { class: 'w-error' }, `Could not read this input: ${error instanceof Error ? error.message : String(error)}`),
        );
        announce('Could not read this input');
      }
    };
    input.addEventListener('input', () => void render());
    scheme.addEventListener('change', () => void render());
    wireCopyValues(this, announce);
    part<HTMLButtonElement>(this, 'share').addEventListener('click', () => {
      navigator.clipboard.writeText(shareUrl(TAG, { value: input.value, proxy: scheme.value })).then(
        () => announce('Share link copied'),
        () => announce('Could not copy the share link'),
      );
    });
    const shared = readShareState(TAG);
    if (shared?.['value'] !== undefined) {
      input.value = shared['value'];
      if (shared['proxy'] === 'https' || shared['proxy'] === 'http') scheme.value = shared['proxy'];
      void render();
    }
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, ChallengeParser);
