/**
 * <challenge-parser>: takes over the server-rendered form (ChallengeParser.astro) on the shared widget base.
 * The share link is rebuilt from the parse (lib/http/shareable-response): status line, challenge fields and
 * the proxy-identifying headers; other lines and tokens only when the reader ticks the box.
 */
import { defineWidget, WidgetElement } from '../shared/widget-element';

type Engine = typeof import('./engine');

class ChallengeParser extends WidgetElement<Engine> {
  protected readonly tag = 'challenge-parser';

  protected importEngine(): Promise<Engine> {
    return import('./engine');
  }

  protected setup(): void {
    const input = this.el<HTMLTextAreaElement>('input');
    const scheme = this.el<HTMLSelectElement>('proxy-scheme');
    const result = this.el('result');
    const proxyScheme = () => (scheme.value === 'https' ? 'https' : 'http');
    const parsed = this.renderer({
      target: result,
      fields: () => [{ label: 'Proxy-Authenticate value, header lines or raw response', value: input.value, control: input }],
      extra: proxyScheme,
      run: (e) => {
        const { dom, view } = e.render(input.value, { proxyScheme: proxyScheme() });
        result.replaceChildren(dom);
        input.setAttribute('aria-invalid', String(view.diagnostics.some((d) => d.severity === 'error')));
        this.announce(view.summary);
      },
    });
    input.addEventListener('input', () => parsed.schedule());
    scheme.addEventListener('change', () => parsed.schedule());
    this.wireShare({
      key: this.tag,
      secretsName: 'tokens and other lines',
      state: async (include) => ({ ...(await this.engine()).shareState(input.value, include), proxy: scheme.value }),
      restore: (state) => {
        input.value = state['value'] ?? '';
        if (state['proxy'] === 'https' || state['proxy'] === 'http') scheme.value = state['proxy'];
        parsed.schedule();
      },
    });
  }
}

defineWidget('challenge-parser', ChallengeParser);
