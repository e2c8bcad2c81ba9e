/**
 * "Omat kaaviot": whether the list is open, which stored diagram this tab shows, and the two ways to show
 * another (wired in at start-up by the persistence, src/io/persistence.ts). Session state only.
 */
import type { Slice } from './slice';

export type DiagramsState = {
  readonly open: boolean;
  /** the stored diagram this tab shows ('document' is the first one) */
  readonly currentId: string;
  show: () => void;
  hide: () => void;
  setCurrentId: (id: string) => void;
  /** shows stored diagram `id` (the one shown is stored first); false, told, when it could not */
  switchTo: (id: string) => Promise<boolean>;
  /** `load` puts a diagram not stored yet into the document, as a new entry of the list; its id (null: none stored) */
  openNew: (load: () => void) => Promise<string | null>;
  /** stores the diagram shown now (so that the list has it as it is); false, told, when it could not */
  storeShown: () => Promise<boolean>;
  setActions: (actions: Pick<DiagramsState, 'switchTo' | 'openNew' | 'storeShown'>) => void;
};

export const diagramsSlice: Slice<DiagramsState> = (set) => ({
  open: false,
  currentId: 'document',
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
  setCurrentId: (currentId) => set({ currentId }),
  // until start-up wires the storage in (and in tests without one): the document alone
  switchTo: () => Promise.resolve(false),
  openNew: (load) => {
    load();
    return Promise.resolve(null);
  },
  storeShown: () => Promise.resolve(false),
  setActions: (actions) => set(actions),
});
