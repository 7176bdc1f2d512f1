/**
 * A polite live region per widget: results and "Copied" states are read to screen-reader users
 * without moving focus. The server-rendered markup holds `<p data-announce class="sr-only" aria-live="polite">`;
 * if it is missing, one is created. Repeated identical messages are re-announced (the text is cleared first).
 * Messages are debounced; while one waits the region carries `data-pending` (so a test reads the latest one).
 */
export type Announce = (message: string) => void;

export function createAnnouncer(root: HTMLElement): Announce {
  let region = root.querySelector<HTMLElement>('[data-announce]');
  if (!region) {
    region = document.createElement('p');
    region.setAttribute('data-announce', '');
    region.className = 'sr-only';
    root.append(region);
  }
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('role', 'status');
  const live = region;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message: string) => {
    // Debounced: typing fires many inputs; announce the settled result once.
    if (timer !== undefined) clearTimeout(timer);
    live.toggleAttribute('data-pending', true);
    timer = setTimeout(() => {
      live.textContent = '';
      live.textContent = message;
      live.removeAttribute('data-pending');
    }, 400);
  };
}
