/**
 * The browser's stored diagrams ("Omat kaaviot"), this tab's id, and the persistence's ways to show another
 * diagram: set once at start-up (src/app/main.tsx). Without them (tests that render parts of the UI alone)
 * a new diagram simply replaces the document.
 */
import type { DiagramStorage } from '../../io/autosaveStorage';
import type { Persistence } from '../../io/persistence';

export type WiredDiagrams = {
  readonly storage: DiagramStorage;
  readonly tabId: string;
  readonly persistence: Pick<Persistence, 'switchTo' | 'openNew' | 'storeShown'>;
};

let wired: WiredDiagrams | null = null;

export function setDiagramsStorage(diagrams: WiredDiagrams): void {
  wired = diagrams;
}

export function diagramsStorage(): WiredDiagrams | null {
  return wired;
}

/** `load` puts a diagram not stored yet into the document: a new entry of the list (the one shown stays stored). */
export function openAsNew(load: () => void): Promise<unknown> {
  if (wired) return wired.persistence.openNew(load);
  load();
  return Promise.resolve();
}
