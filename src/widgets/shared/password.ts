/**
 * "Show"/"Hide" toggles for password fields: server-rendered `<button type="button" data-show-password="<input id>">Show</button>`
 * beside an `<input type="password">`. Pressing switches the input's type and the button's label (Show ↔ Hide);
 * the label is the state, so the button carries no aria-pressed.
 */
export function wirePasswordToggles(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-show-password]')) {
    const input = root.querySelector<HTMLInputElement>(`#${CSS.escape(button.dataset['showPassword'] ?? '')}`);
    if (!input) continue;
    button.removeAttribute('aria-pressed');
    button.textContent = input.type === 'password' ? 'Show' : 'Hide';
    button.addEventListener('click', () => {
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      button.textContent = show ? 'Hide' : 'Show';
    });
  }
}

/**
 * Delegated handler for masked values rendered by a view (`<code data-secret="name">••••</code>` and
 * `<button data-reveal="name">Show</button>`): `secrets()` gives (or promises) the current values; the mask
 * comes back on a second press ("Hide") and on every re-render. Elements named `name-…` (`data-secret="name-bytes"`,
 * with their own `data-mask` text) are other renderings of the same secret and toggle with it.
 */
export function wireReveal(root: HTMLElement, secrets: () => Record<string, string> | Promise<Record<string, string>>, mask: string): void {
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-reveal]');
    if (!button || !root.contains(button)) return;
    const name = button.dataset['reveal'] ?? '';
    const target = root.querySelector<HTMLElement>(`[data-secret="${CSS.escape(name)}"]`);
    if (!target) return;
    const show = button.dataset['shown'] === undefined;
    const values = show ? await secrets() : {};
    if (!target.isConnected) return;
    target.textContent = show ? (values[name] ?? '') : mask;
    target.setAttribute('aria-label', show ? 'Password (shown)' : 'Password (hidden)');
    // Other renderings of the same secret (its bytes in hex) follow the same toggle; each keeps its own mask text.
    for (const other of root.querySelectorAll<HTMLElement>(`[data-secret^="${CSS.escape(name)}-"]`)) {
      const key = other.dataset['secret'] ?? '';
      other.textContent = show ? (values[key] ?? '') : (other.dataset['mask'] ?? mask);
    }
    button.toggleAttribute('data-shown', show);
    button.removeAttribute('aria-pressed');
    button.textContent = show ? 'Hide' : 'Show';
  });
}
