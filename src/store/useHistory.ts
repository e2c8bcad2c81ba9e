/** Undo and redo for the toolbar and shortcuts: whether each can be done, read reactively. */
import { useStore } from 'zustand';
import { useDocumentStore } from './documentStore';

export type HistoryControls = {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
};

export function useHistory(): HistoryControls {
  const store = useDocumentStore();
  const canUndo = useStore(store.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (h) => h.futureStates.length > 0);
  const undo = useStore(store, (s) => s.undo);
  const redo = useStore(store, (s) => s.redo);
  return { canUndo, canRedo, undo, redo };
}
