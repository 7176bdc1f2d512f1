/**
 * <credentials-decoder>: takes over the server-rendered form (CredentialsDecoder.astro) on the shared widget
 * base (lazy engine, debounced ticketed render, failure display, copy, share). The share link is built from the
 * decoded credentials, not the pasted text: without the box ticked it holds no password, token, Digest
 * response, nonce, cnonce or opaque, and no other line of a pasted request.
 */
import { h, replace } from '../shared/dom';
import { MASK } from '../../lib/mask';
import { wireReveal } from '../shared/password';
import { defineWidget, WidgetElement } from '../shared/widget-element';
import type { DecoderView } from './view';

type Engine = typeof import('./engine');

class CredentialsDecoder extends WidgetElement<Engine> {
  protected readonly tag = 'credentials-decoder';
  private view: DecoderView | undefined;

  protected importEngine(): Promise<Engine> {
    return import('./engine');
  }

  protected setup(): void {
    const input = this.el<HTMLTextAreaElement>('input');
    const result = this.el('result');
    const digestForm = this.el('digest-check');
    const password = this.el<HTMLInputElement>('digest-password');
    const method = this.el<HTMLInputElement>('digest-method');
    const check = this.el('digest-result');

    const renderCheck = (e: Engine, view: DecoderView | undefined): void => {
      method.placeholder = e.defaultMethod(view);
      if (password.value === '') {
        replace(check, 'Enter the password to check the response.');
        check.className = 'w-note';
        return;
      }
      const outcome = e.checkDigest(view, password.value, method.value.trim());
      if (!outcome) return;
      replace(check, ...outcome.lines.flatMap((line, i) => (i > 0 ? [h('br'), line] : [line])));
      check.className = outcome.ok ? 'w-ok' : 'w-error';
    };
    const decoded = this.renderer({
      target: result,
      fields: () => [{ label: 'Proxy-Authorization header, value or raw request', value: input.value, control: input }],
      run: (e) => {
        this.view = undefined;
        const { dom, view } = e.render(input.value, Date.now());
        this.view = view;
        replace(result, dom);
        input.setAttribute('aria-invalid', String(view.diagnostics.some((d) => d.severity === 'error')));
        digestForm.hidden = view.kind !== 'digest';
        if (view.kind === 'digest') renderCheck(e, view);
        this.announce(view.summary);
      },
    });
    const checked = this.renderer({
      target: check,
      fields: () => [
        { label: 'Password', value: password.value, control: password },
        { label: 'Request method', value: method.value, control: method },
      ],
      run: (e) => renderCheck(e, this.ensureView(e, input.value)),
    });
    // Until the first input the server-rendered result stays (replacing it would move focus).
    input.addEventListener('input', () => decoded.schedule());
    password.addEventListener('input', () => checked.schedule());
    method.addEventListener('input', () => checked.schedule());
    wireReveal(this, async () => this.ensureView(await this.engine(), input.value).secrets, MASK);
    this.wireShare({
      key: this.tag,
      secretsName: 'the credentials',
      state: async (include) => (await this.engine()).shareState(input.value, include),
      restore: (state) => {
        input.value = state['value'] ?? '';
        decoded.schedule();
      },
    });
  }

  /** The decoded view of the current input (decoded once if the reader has not typed yet). */
  private ensureView(e: Engine, input: string): DecoderView {
    this.view ??= e.render(input, Date.now()).view;
    return this.view;
  }
}

defineWidget('credentials-decoder', CredentialsDecoder);
