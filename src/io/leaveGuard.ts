/**
 * Asks before the page is left, only while the diagram is not saved to a
 * file: the `beforeunload` handler is registered while `savedToFile` is false
 * and removed as soon as it is true (a registered handler also keeps the page
 * out of the back/forward cache, so it is not left on for nothing).
 */
export type SavedToFileSource = {
  getState(): { readonly savedToFile: boolean };
  subscribe(listener: (state: { readonly savedToFile: boolean }) => void): () => void;
};

export function guardLeaving(document: SavedToFileSource, target: EventTarget): () => void {
  const ask = (event: Event) => {
    event.preventDefault();
    // older browsers ask only when returnValue is set
    if (typeof BeforeUnloadEvent === 'function' && event instanceof BeforeUnloadEvent) event.returnValue = '';
  };
  let registered = false;
  const update = (savedToFile: boolean) => {
    if (savedToFile === !registered) return;
    if (savedToFile) target.removeEventListener('beforeunload', ask);
    else target.addEventListener('beforeunload', ask);
    registered = !savedToFile;
  };
  update(document.getState().savedToFile);
  const unsubscribe = document.subscribe((s) => update(s.savedToFile));
  return () => {
    unsubscribe();
    update(true);
  };
}
