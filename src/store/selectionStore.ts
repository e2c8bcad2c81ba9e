/** What the person has selected and which panel is open: session state, never saved or undone. */
import { create } from 'zustand';

export type Panel = 'none' | 'document' | 'selection';

export type SelectionState = {
  /** selected step ids, in the order they were selected */
  readonly steps: readonly string[];
  readonly panel: Panel;
  selectSteps: (ids: readonly string[]) => void;
  openPanel: (panel: Panel) => void;
};

export const useSelection = create<SelectionState>()((set) => ({
  steps: [],
  panel: 'none',
  selectSteps: (ids) =>
    set((s) => ({
      steps: ids,
      panel: ids.length > 0 ? 'selection' : s.panel === 'selection' ? 'none' : s.panel,
    })),
  openPanel: (panel) => set({ panel }),
}));
