/**
 * <code-filter> on /codes/: filters the server-rendered list of codes by what the reader types (number,
 * phrase, vendor) and by class chips. The complete list is in the HTML; this only hides entries. The filter
 * controls are `hidden` in the HTML and shown here, so readers without JavaScript see no dead controls.
 */
import { matchesCode, parseCodeQuery } from './code-filter-match';

interface Row {
  el: HTMLElement;
  code: string;
  text: string;
  cls: string;
  unofficial: boolean;
}

class CodeFilter extends HTMLElement {
  connectedCallback() {
    const controls = this.querySelector<HTMLElement>('.code-filter');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (!controls || !input || !status) return;
    const chips = [...this.querySelectorAll<HTMLButtonElement>('button[data-chip]')];
    const rows: Row[] = [...this.querySelectorAll<HTMLElement>('li[data-code]')].map((el) => ({
      el,
      code: el.dataset.code ?? '',
      text: (el.textContent ?? '').toLowerCase(),
      cls: el.dataset.class ?? '',
      unofficial: el.hasAttribute('data-unofficial'),
    }));
    const groups = [...this.querySelectorAll<HTMLElement>('[data-group]')];
    let chip = '';

    const apply = () => {
      const query = parseCodeQuery(input.value);
      let shown = 0;
      for (const row of rows) {
        const byChip = chip === '' || (chip === 'unofficial' ? row.unofficial : row.cls === chip);
        const visible = byChip && matchesCode(row, query);
        row.el.hidden = !visible;
        if (visible) shown++;
      }
      for (const group of groups) group.hidden = group.querySelector('li[data-code]:not([hidden])') === null;
      status.textContent = shown === rows.length ? `All ${rows.length} codes shown.` : `${shown} of ${rows.length} codes shown.`;
    };

    for (const button of chips) {
      button.addEventListener('click', () => {
        chip = chip === button.dataset.chip ? '' : (button.dataset.chip ?? '');
        for (const b of chips) b.setAttribute('aria-pressed', String(b.dataset.chip === chip));
        apply();
      });
    }
    input.addEventListener('input', apply);
    controls.hidden = false;
    if (input.value) apply();
  }
}

if (!customElements.get('code-filter')) customElements.define('code-filter', CodeFilter);
