/**
 * <credentials-decoder>: takes over the server-rendered form (CredentialsDecoder.astro). The page already
 * shows the worked example; the decoding engine (engine.ts: the protocol library and the view) is loaded on
 * first interaction, as a separate same-origin chunk, so this eager script stays small. Output is built with
 * createElement/textContent only. Nothing leaves the page: no requests besides that chunk, no storage; share
 * links live in the URL fragment.
 */
import { createAnnouncer } from '../shared/announce';
import { wireCopyButtons, wireCopyValues } from '../shared/copy';
import { h, part, replace } from '../shared/dom';
import { wirePasswordToggles, wireReveal } from '../shared/password';
import { readShareState, shareUrl } from '../shared/share';
import type { DecoderView } from './view';

const TAG = 'credentials-decoder';
const MASK = '••••••••';
const SECRET_KINDS = new Set(['basic', 'ntlm', 'negotiate', 'bearer']);
type Engine = typeof import('./engine');
let engine: Promise<Engine> | undefined;
const loadEngine = () => (engine ??= import('./engine'));

class CredentialsDecoder extends HTMLElement {
  private view: DecoderView | undefined;

  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    this.dataset['ready'] = '';
    const input = part<HTMLTextAreaElement>(this, 'input');
    const result = part(this, 'result');
    const announce = createAnnouncer(this);
    const digestForm = part(this, 'digest-check');
    const password = part<HTMLInputElement>(this, 'digest-password');
    const method = part<HTMLInputElement>(this, 'digest-method');
    const check = part(this, 'digest-result');
    let secrets: Record<string, string> = {};

    const renderCheck = async () => {
      const { checkDigest } = await loadEngine();
      await ensureView();
      if (password.value === '') {
        replace(check, 'Enter the password to check the response.');
        check.className = 'w-note';
        return;
      }
      const outcome = checkDigest(this.view, password.value, method.value.trim() || 'GET');
      if (!outcome) return;
      replace(check, ...outcome.lines.flatMap((line, i) => (i > 0 ? [h('br'), line] : [line])));
      check.className = outcome.ok ? 'w-ok' : 'w-error';
    };

    let pending = 0;
    const render = async () => {
      const ticket = ++pending;
      try {
        const { render: decode } = await loadEngine();
        if (ticket !== pending) return; // a newer input is on its way
        const { dom, view } = decode(input.value, Date.now());
        this.view = view;
        secrets = view.secrets;
        replace(result, dom);
        input.setAttribute('aria-invalid', String(view.diagnostics.some((d) => d.severity === 'error')));
        digestForm.hidden = view.kind !== 'digest';
        if (view.kind === 'digest') void renderCheck();
        announce(view.summary);
      } catch (error) {
        this.view = undefined;
        replace(
          result,
          h('p', { class: 'w-error' }, `Could not decode this input: ${error instanceof Error ? error.message : String(error)}`),
        );
        announce('Could not decode this input');
      }
    };

    // Until the first input, the server-rendered result stays (replacing it would move focus); the engine
    // decodes the same input only to learn its secrets and kind.
    const ensureView = async (): Promise<DecoderView> => {
      const e = await loadEngine();
      if (!this.view) {
        this.view = e.render(input.value, Date.now()).view;
        secrets = this.view.secrets;
      }
      return this.view;
    };
    this.addEventListener('focusin', () => void ensureView(), { once: true });
    input.addEventListener('input', () => void render());
    password.addEventListener('input', () => void renderCheck());
    method.addEventListener('input', () => void renderCheck());
    wireReveal(this, async () => (this.view ? secrets : (await ensureView()).secrets), MASK);
    wireCopyValues(this, announce);
    wireCopyButtons(this, announce);
    wirePasswordToggles(this);

    const shareButton = part<HTMLButtonElement>(this, 'share');
    const includeSecrets = part<HTMLInputElement>(this, 'share-secrets');
    shareButton.addEventListener('click', () => {
      const kind = this.view?.kind ?? this.querySelector<HTMLElement>('[data-kind]')?.dataset['kind'];
      const secret = kind === undefined || SECRET_KINDS.has(kind);
      const url = shareUrl(TAG, { value: input.value }, secret ? ['value'] : [], includeSecrets.checked);
      navigator.clipboard.writeText(url).then(
        () => announce(secret && !includeSecrets.checked ? 'Share link copied, without the credentials' : 'Share link copied'),
        () => announce('Could not copy the share link'),
      );
    });

    const shared = readShareState(TAG);
    if (shared?.['value'] !== undefined) {
      input.value = shared['value'];
      void render();
    }
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, CredentialsDecoder);
