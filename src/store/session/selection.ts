/** What the person has selected and which panel is open: session state, never saved or undone. */
import type { Slice } from './slice';

export type Panel = 'none' | 'document' | 'selection';

export type SelectionState = {
  /** selected step ids, in the order they were selected */
  readonly steps: readonly string[];
  /** a selected arrow (selecting steps clears it, and the other way round) */
  readonly link: string | null;
  readonly panel: Panel;
  selectSteps: (ids: readonly string[]) => void;
  selectLink: (id: string | null) => void;
  openPanel: (panel: Panel) => void;
};

export const selectionSlice: Slice<SelectionState> = (set) => ({
  steps: [],
  link: null,
  panel: 'none',
  selectSteps: (ids) =>
    set((s) => ({
      steps: ids,
      link: ids.length > 0 ? null : s.link,
      panel: ids.length > 0 || (s.link !== null && s.panel === 'selection') ? 'selection' : s.panel === 'selection' ? 'none' : s.panel,
    })),
  selectLink: (id) =>
    set((s) => ({
      link: id,
      steps: id ? [] : s.steps,
      panel: id ? 'selection' : s.steps.length > 0 ? 'selection' : s.panel === 'selection' ? 'none' : s.panel,
    })),
  openPanel: (panel) => set({ panel }),
});
