/**
 * Where starting a new diagram is: nothing, the question about unsaved work
 * (asked first, as before), or the start dialog. "Uusi" and the example's
 * "Aloita oma" both begin it; the toolbar's New button shows it.
 */
import { create } from 'zustand';

export type StartStep = 'closed' | 'confirm' | 'dialog';

export const useStartFlow = create<{ readonly step: StartStep; readonly opener: HTMLElement | null }>()(() => ({
  step: 'closed',
  opener: null,
}));

/** Asks about unsaved work first (`savedToFile` false), then opens the start dialog. */
export function beginNewDiagram(savedToFile: boolean): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  useStartFlow.setState({ step: savedToFile ? 'dialog' : 'confirm', opener });
}
