/**
 * <proxy-config>: takes over the server-rendered form (ProxyConfig.astro) on the shared widget base. The
 * snippet builders and the view load lazily; the share link leaves out the password (and any user:password@
 * pasted into the host or NO_PROXY fields) unless the reader ticks the box (lib/snippets/shareable).
 */
import { defineWidget, WidgetElement } from '../shared/widget-element';
import type { ProxyConfigState } from './view';

type Engine = typeof import('./engine');
const FIELDS = ['scheme', 'host', 'port', 'user', 'password', 'authScheme', 'noProxy'] as const;
type Field = (typeof FIELDS)[number];
const LABELS: Readonly<Record<Field, string>> = {
  scheme: 'Scheme',
  host: 'Proxy host',
  port: 'Port',
  user: 'User',
  password: 'Password',
  authScheme: 'Authentication',
  noProxy: 'NO_PROXY',
};

class ProxyConfig extends WidgetElement<Engine> {
  protected readonly tag = 'proxy-config';

  protected importEngine(): Promise<Engine> {
    return import('./engine');
  }

  protected setup(): void {
    const idPrefix = this.dataset['id'] ?? this.tag;
    const controls = Object.fromEntries(FIELDS.map((f) => [f, this.el<HTMLInputElement | HTMLSelectElement>('field', f)])) as Record<
      Field,
      HTMLInputElement | HTMLSelectElement
    >;
    const result = this.el('result');
    const toolSelect = this.el<HTMLSelectElement>('tool');
    const state = (): ProxyConfigState => Object.fromEntries(FIELDS.map((f) => [f, controls[f].value])) as Record<Field, string>;
    const showTool = () => {
      for (const section of this.querySelectorAll<HTMLElement>('[data-tool-section]')) {
        section.toggleAttribute('data-inactive', section.dataset['toolSection'] !== toolSelect.value);
      }
    };
    const built = this.renderer({
      target: result,
      fields: () => FIELDS.map((f) => ({ label: LABELS[f], value: controls[f].value, control: controls[f] })),
      run: (e) => {
        const { dom, view } = e.render(state(), toolSelect.value, idPrefix);
        result.replaceChildren(dom);
        for (const f of FIELDS) {
          const message = view.fieldErrors[f];
          const box = this.querySelector<HTMLElement>(`[data-error="${f}"]`);
          if (box) box.textContent = message ?? '';
          if (controls[f] instanceof HTMLInputElement) controls[f].setAttribute('aria-invalid', String(message !== undefined));
        }
        this.announce(view.summary);
      },
    });
    for (const f of FIELDS) {
      controls[f].addEventListener('input', () => built.schedule());
      controls[f].addEventListener('change', () => built.schedule());
    }
    toolSelect.addEventListener('change', () => {
      showTool();
      this.announce(`Showing ${toolSelect.selectedOptions[0]?.textContent ?? ''}`);
    });
    this.wireShare({
      key: this.tag,
      secretsName: 'the password',
      state: async (include) => ({ ...(await this.engine()).shareState(state(), include), tool: toolSelect.value }),
      restore: (shared) => {
        for (const f of FIELDS) if (shared[f] !== undefined) controls[f].value = shared[f]!;
        const tool = shared['tool'];
        if (tool !== undefined && [...toolSelect.options].some((o) => o.value === tool)) toolSelect.value = tool;
        built.schedule();
      },
    });
    showTool();
  }
}

defineWidget('proxy-config', ProxyConfig);
