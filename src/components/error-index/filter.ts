/**
 * The /errors/ filter: a tool chip and a text box narrow the server-rendered list. Words of the text
 * that appear in no message at all (your host name, a timestamp) are ignored, and an entry stays
 * when it has most of the remaining words, so a pasted message with extra words still finds its
 * entry. The result count is announced through the filter's status line.
 */
const MIN_SHARE = 0.6;
class ErrorIndex extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLElement>('.error-filter');
    const text = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector('[role="status"]');
    if (!form || !text || !status) return;
    const items = [...this.querySelectorAll<HTMLLIElement>('li[data-text]')];
    const vocabulary = new Set(items.flatMap((li) => words(li.dataset['text'] ?? '')));
    const apply = () => {
      const tool = this.querySelector<HTMLInputElement>('input[name="tool"]:checked')?.value ?? '';
      const wanted = words(text.value).filter((w) => vocabulary.has(w));
      let shown = 0;
      for (const li of items) {
        const toolOk = !tool || (li.dataset['tools'] ?? '').split(' ').includes(tool);
        const haystack = li.dataset['text'] ?? '';
        const found = wanted.filter((w) => haystack.includes(w)).length;
        const visible = toolOk && (wanted.length === 0 || found >= wanted.length * MIN_SHARE);
        li.hidden = !visible;
        if (visible) shown += 1;
      }
      for (const group of this.querySelectorAll<HTMLElement>('.error-group')) {
        group.hidden = group.querySelector('li:not([hidden])') === null;
      }
      status.textContent = `${shown} of ${items.length} messages shown`;
    };
    form.addEventListener('input', apply);
    form.hidden = false;
    apply();
  }
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9_]+/)
    .filter((w) => w.length >= 2);
}

customElements.define('error-index', ErrorIndex);
