/**
 * The /errors/ filter: a tool chip and a text box narrow the server-rendered list. Words of the text
 * that appear in no message at all (your host name, a timestamp) are ignored, so a pasted message
 * still finds its entry. The result count is announced through the form's status line.
 */
class ErrorIndex extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const text = this.querySelector<HTMLInputElement>('input[type="search"]');
    const status = this.querySelector('[role="status"]');
    if (!form || !text || !status) return;
    const items = [...this.querySelectorAll<HTMLLIElement>('li[data-text]')];
    const vocabulary = new Set(items.flatMap((li) => words(li.dataset['text'] ?? '')));
    const apply = () => {
      const tool = new FormData(form).get('tool');
      const wanted = words(text.value).filter((w) => vocabulary.has(w));
      let shown = 0;
      for (const li of items) {
        const toolOk = !tool || (li.dataset['tools'] ?? '').split(' ').includes(String(tool));
        const haystack = li.dataset['text'] ?? '';
        const visible = toolOk && wanted.every((w) => haystack.includes(w));
        li.hidden = !visible;
        if (visible) shown += 1;
      }
      for (const group of this.querySelectorAll<HTMLElement>('.error-group')) {
        group.hidden = group.querySelector('li:not([hidden])') === null;
      }
      status.textContent = `${shown} of ${items.length} messages shown`;
    };
    form.addEventListener('input', apply);
    form.addEventListener('submit', (event) => event.preventDefault());
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
