/**
 * <no-proxy-tester>: takes over the server-rendered form (NoProxyTester.astro) on the shared widget base.
 * The share link keeps the URL as scheme://host:port/ and the lists without user:password@ unless the reader
 * ticks the box (lib/no-proxy/shareable).
 */
import { defineWidget, WidgetElement } from '../shared/widget-element';
import type { NoProxyTesterState, VariableCase } from './view';

type Engine = typeof import('./engine');
const FIELDS = ['noProxy', 'url', 'variables', 'upperValue'] as const;
const LABELS: Readonly<Record<(typeof FIELDS)[number], string>> = {
  noProxy: 'NO_PROXY value',
  url: 'URL requested',
  variables: 'Set in',
  upperValue: 'NO_PROXY value (uppercase variable)',
};

class NoProxyTester extends WidgetElement<Engine> {
  protected readonly tag = 'no-proxy-tester';

  protected importEngine(): Promise<Engine> {
    return import('./engine');
  }

  protected setup(): void {
    const controls = Object.fromEntries(FIELDS.map((f) => [f, this.el<HTMLInputElement | HTMLSelectElement>('field', f)])) as Record<
      (typeof FIELDS)[number],
      HTMLInputElement | HTMLSelectElement
    >;
    const result = this.el('result');
    const urlError = this.el('url-error');
    const upperField = this.el('upper-field');
    const state = (): NoProxyTesterState => ({
      noProxy: controls.noProxy.value,
      url: controls.url.value,
      variables: controls.variables.value as VariableCase,
      upperValue: controls.upperValue.value,
    });
    const tested = this.renderer({
      target: result,
      fields: () => FIELDS.map((f) => ({ label: LABELS[f], value: controls[f].value, control: controls[f] })),
      run: (e) => {
        const { dom, view } = e.render(state());
        result.replaceChildren(dom);
        urlError.textContent = view.urlError ?? '';
        controls.url.setAttribute('aria-invalid', String(view.urlError !== undefined));
        this.announce(view.summary);
      },
    });
    for (const f of FIELDS) {
      controls[f].addEventListener('input', () => tested.schedule());
      controls[f].addEventListener('change', () => tested.schedule());
    }
    controls.variables.addEventListener('change', () => (upperField.hidden = controls.variables.value !== 'different'));
    this.wireShare({
      key: this.tag,
      secretsName: 'user names, passwords and URL paths',
      state: async (include) => (await this.engine()).shareState(state(), include),
      restore: (shared) => {
        for (const f of FIELDS) if (shared[f] !== undefined) controls[f].value = shared[f]!;
        upperField.hidden = controls.variables.value !== 'different';
        tested.schedule();
      },
    });
  }
}

defineWidget('no-proxy-tester', NoProxyTester);
