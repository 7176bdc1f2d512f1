/**
 * Copy buttons, delegated from the widget root so a click lands even when the output was rebuilt between
 * pointer down and up: `button[data-copy-value]` rendered by a view (see view.ts `vcopy`) copies its value;
 * server-rendered `<button data-copy="<part>">` copies the text of `[data-copy-source="<part>"]`. The
 * clipboard is a local API: nothing leaves the page. "Copied" shows for two seconds and is announced.
 */
import type { Announce } from './announce';

export function wireCopyButtons(root: ParentNode, announce?: Announce): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const name = button.dataset['copy'] ?? '';
    const source = root.querySelector<HTMLElement>(`[data-copy-source="${CSS.escape(name)}"]`);
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', () => copy(button, source.textContent ?? '', announce));
  }
}

export function wireCopyValues(root: HTMLElement, announce?: Announce): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-value]');
    if (!button || !root.contains(button)) return;
    copy(button, button.dataset['copyValue'] ?? '', announce);
  });
}

const timers = new WeakMap<HTMLButtonElement, ReturnType<typeof setTimeout>>();

function copy(button: HTMLButtonElement, text: string, announce?: Announce): void {
  const label = button.dataset['label'] ?? button.textContent ?? 'Copy';
  button.dataset['label'] = label;
  const done = (ok: boolean) => {
    button.textContent = ok ? 'Copied' : 'Copy failed';
    button.dataset['state'] = ok ? 'copied' : 'failed';
    announce?.(ok ? 'Copied to the clipboard' : 'Could not copy: select the text and copy it by hand');
    const old = timers.get(button);
    if (old !== undefined) clearTimeout(old);
    timers.set(
      button,
      setTimeout(() => {
        button.textContent = label;
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
}
