/**
 * The only eager part of our search additions (a few hundred bytes): "/" opens the dialog, and the
 * first time the dialog opens the catalogue search is imported and attached.
 */
const root = document.querySelector('site-search');
const dialog = root?.querySelector('dialog');
const openButton = root?.querySelector<HTMLButtonElement>('button[data-open-modal]');

if (dialog && openButton) {
  const keys = openButton.getAttribute('aria-keyshortcuts');
  openButton.setAttribute('aria-keyshortcuts', keys ? `${keys} /` : '/');

  window.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (dialog.open || isEditable(event.target)) return;
    event.preventDefault();
    openButton.click();
  });

  const attach = () => {
    observer.disconnect();
    void import('./catalogue-search').then((m) => m.attachCatalogueSearch(dialog));
  };
  const observer = new MutationObserver(() => {
    if (dialog.open) attach();
  });
  observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}
