/**
 * The browser's stored diagrams ("Omat kaaviot"), this tab's id, and the persistence's ways to show another
 * diagram: set once at start-up (src/app/main.tsx). Without them (tests that render parts of the UI alone)
 * a new diagram simply replaces the document.
 */
import type { DiagramStorage } from '../../io/autosaveStorage';
import type { Persistence } from '../../io/persistence';
import type { VersionReason } from '../../model/versions';

export type WiredDiagrams = {
  readonly storage: DiagramStorage;
  readonly tabId: string;
  readonly persistence: Pick<Persistence, 'switchTo' | 'openNew' | 'storeShown' | 'keepVersion'>;
};

let wired: WiredDiagrams | null = null;

export function setDiagramsStorage(diagrams: WiredDiagrams | null): void {
  wired = diagrams;
}

export function diagramsStorage(): WiredDiagrams | null {
  return wired;
}

/**
 * `load` puts a diagram not stored yet into the document: a new entry of the list (the one shown stays
 * stored, and a version of it is kept first, `reason` saying why).
 */
export async function openAsNew(load: () => void, reason: VersionReason = 'open'): Promise<unknown> {
  if (wired) {
    await wired.persistence.keepVersion(reason);
    return wired.persistence.openNew(load);
  }
  load();
}
