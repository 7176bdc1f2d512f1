/**
 * <search-launcher>: a search field outside the header (home page hero, 404 page) that opens the site's
 * search dialog with what the reader typed. The dialog is Starlight's <site-search> (or its override): a
 * button[data-open-modal] opens it, and its text input appears once the search UI has loaded.
 * Without JavaScript the form submits to its `action` (the error-message index), so the field still leads
 * somewhere useful. Nothing typed is ever written as HTML: it goes into an input's `value`.
 */
const WAIT_MS = 10_000;

function dialogInput(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('site-search dialog input[type="search"], site-search dialog input[type="text"]');
}

/** Resolves with the dialog's input as soon as it exists, or null after WAIT_MS. */
function whenDialogInput(): Promise<HTMLInputElement | null> {
  const found = dialogInput();
  if (found) return Promise.resolve(found);
  const dialog = document.querySelector('site-search dialog');
  if (!dialog) return Promise.resolve(null);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const input = dialogInput();
      if (input) finish(input);
    });
    const timer = window.setTimeout(() => finish(null), WAIT_MS);
    function finish(input: HTMLInputElement | null) {
      observer.disconnect();
      window.clearTimeout(timer);
      resolve(input);
    }
    observer.observe(dialog, { childList: true, subtree: true });
  });
}

/** Opens the search dialog and types `text` into it. False when the page has no usable search button. */
function openSiteSearch(text: string): boolean {
  const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
  if (!button || button.disabled) return false;
  button.click();
  void whenDialogInput().then((input) => {
    if (!input) return;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.focus();
  });
  return true;
}

/** The words of a missing page's path ("/guides/curll/" -> "guides curll"), to start a search from a 404. */
function wordsOfPath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // a malformed %-escape: keep the path as it came
  }
  return decoded
    .split(/[/\-_.\s]+/)
    .filter((w) => w && w !== 'index' && w !== 'html')
    .join(' ')
    .slice(0, 200);
}

class SearchLauncher extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    if (!form || !input) return;
    if (this.hasAttribute('data-from-path') && !input.value) input.value = wordsOfPath(location.pathname);
    form.addEventListener('submit', (event) => {
      if (openSiteSearch(input.value.trim())) event.preventDefault();
    });
  }
}

if (!customElements.get('search-launcher')) customElements.define('search-launcher', SearchLauncher);
