/** The browser's stored diagrams and this tab's id, for the list ("Omat kaaviot"); set once at start-up. */
import type { DiagramStorage } from '../../io/autosaveStorage';

let wired: { readonly storage: DiagramStorage; readonly tabId: string } | null = null;

export function setDiagramsStorage(storage: DiagramStorage, tabId: string): void {
  wired = { storage, tabId };
}

export function diagramsStorage(): { readonly storage: DiagramStorage; readonly tabId: string } | null {
  return wired;
}
