/**
 * Copy buttons. `copyButton(getText)` makes a `<button type="button">` that copies the current text with
 * navigator.clipboard.writeText (a local API: nothing leaves the page), shows "Copied" for two seconds
 * and announces it. `wireCopyButtons(root)` does the same for server-rendered `<button data-copy="<part>">`,
 * copying the textContent of the element with `data-copy-source="<part>"`.
 */
import type { Announce } from './announce';

export function copyButton(getText: () => string, label = 'Copy', announce?: Announce, accessibleName?: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'w-copy';
  button.textContent = label;
  if (accessibleName) button.setAttribute('aria-label', accessibleName);
  attachCopy(button, getText, label, announce);
  return button;
}

export function wireCopyButtons(root: ParentNode, announce?: Announce): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const name = button.dataset['copy'] ?? '';
    const source = root.querySelector<HTMLElement>(`[data-copy-source="${name}"]`);
    if (!source) continue;
    button.hidden = false;
    attachCopy(button, () => source.textContent ?? '', button.textContent ?? 'Copy', announce);
  }
}

function attachCopy(button: HTMLButtonElement, getText: () => string, label: string, announce?: Announce): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', () => {
    const done = (ok: boolean) => {
      button.textContent = ok ? 'Copied' : 'Copy failed';
      button.dataset['state'] = ok ? 'copied' : 'failed';
      announce?.(ok ? 'Copied to the clipboard' : 'Could not copy: select the text and copy it by hand');
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        button.textContent = label;
        delete button.dataset['state'];
      }, 2000);
    };
    try {
      navigator.clipboard.writeText(getText()).then(
        () => done(true),
        () => done(false),
      );
    } catch {
      done(false);
    }
  });
}

/** Delegated copy for view-rendered `button[data-copy-value]` (see view.ts `vcopy`). */
export function wireCopyValues(root: HTMLElement, announce?: Announce): void {
  const timers = new WeakMap<HTMLButtonElement, ReturnType<typeof setTimeout>>();
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-value]');
    if (!button || !root.contains(button)) return;
    const text = button.dataset['copyValue'] ?? '';
    const done = (ok: boolean) => {
      button.textContent = ok ? 'Copied' : 'Copy failed';
      button.dataset['state'] = ok ? 'copied' : 'failed';
      announce?.(ok ? 'Copied to the clipboard' : 'Could not copy: select the text and copy it by hand');
      const old = timers.get(button);
      if (old !== undefined) clearTimeout(old);
      timers.set(
        button,
        setTimeout(() => {
          button.textContent = 'Copy';
          delete button.dataset['state'];
        }, 2000),
      );
    };
    try {
      navigator.clipboard.writeText(text).then(
        () => done(true),
        () => done(false),
      );
    } catch {
      done(false);
    }
  });
}
