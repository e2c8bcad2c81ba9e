/** Whether a key event's target takes typing (a text field, a list, editable text): shortcuts leave such keys alone. */
export const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
