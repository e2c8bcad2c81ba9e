/**
 * The document slice: the open Diagram (the only thing saved and undone),
 * where it came from, and whether it is saved to a file. Session state
 * (dialogs, messages, selection, viewport) lives elsewhere and is never undone.
 *
 * History is zundo's `temporal` over `{ diagram }` only: `apply` is one step,
 * a gesture (many `apply` calls between `beginGesture` and `endGesture`) is
 * one step, and opening a diagram begins a fresh history.
 * Provided through React context so that each app (and each test) has its own.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { temporal, type TemporalState } from 'zundo';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Diagram } from '../model/types';
import { sameJson } from '../model/sameJson';

/** How many steps back undo reaches. Steps share structure, so each costs little. */
export const HISTORY_LIMIT = 500;

export type DocumentState = {
  readonly diagram: Diagram;
  /** the file the diagram came from or was last saved to; null for the default or a new diagram */
  readonly fileName: string | null;
  /** counts the diagrams opened in this session: the view fits a newly opened one */
  readonly openCount: number;
  /**
   * Closing would lose nothing: the diagram is the one last opened from or saved to a file
   * (or an untouched default or new diagram). False after any edit; true again when undo
   * (or an edit) brings back exactly the saved diagram.
   */
  readonly savedToFile: boolean;
  /** the diagram as last opened or saved; null when not known (restored unsaved work) */
  readonly savedDiagram: Diagram | null;
  /** the name Save suggests while there is no file yet (a template's `<id>.json`); null: one from the title */
  readonly suggestedName: string | null;
  /**
   * The diagram from before the gesture under way (a drag, a resize), or null. The screen keeps that
   * diagram's time scale while the pointer is down, so that the axis does not rescale at every step of a drag.
   */
  readonly gestureFrom: Diagram | null;
  /** An edit: one history step (none when the diagram is equal to the current one). */
  apply: (diagram: Diagram) => void;
  undo: () => void;
  redo: () => void;
  /** From here until `endGesture`, every `apply` together makes one history step (a drag). */
  beginGesture: () => void;
  endGesture: () => void;
  /** Ends a gesture by going back to the diagram from before it (Escape during a drag); no step. */
  cancelGesture: () => void;
  /** Opens a diagram read from a file (or restored): a fresh history. */
  openDiagram: (diagram: Diagram, fileName: string | null, origin?: { savedToFile?: boolean }) => void;
  /** Starts a new diagram (from a template): a fresh history, no file yet; Save suggests `suggestedName`. */
  newDocument: (diagram: Diagram, suggestedName?: string) => void;
  /** After a successful save: `diagram` (the one written; the current one if omitted) is in `fileName`. */
  markSaved: (fileName: string, diagram?: Diagram) => void;
  /** Same as `markSaved(fileName)`: kept for callers that set the name after saving. */
  setFileName: (fileName: string) => void;
};

export type HistoryState = { readonly diagram: Diagram };

export type DocumentStore = StoreApi<DocumentState> & { temporal: StoreApi<TemporalState<HistoryState>> };

export type DocumentOrigin = { readonly fileName?: string | null; readonly savedToFile?: boolean };

const savedToFile = (diagram: Diagram, saved: Diagram | null) => saved !== null && sameJson(diagram, saved);

export function createDocumentStore(initial: Diagram, origin: DocumentOrigin = {}): DocumentStore {
  /** the diagram from before the gesture under way, or null */
  let gestureStart: Diagram | null = null;

  const store: DocumentStore = createStore<DocumentState>()(
    temporal(
      (set, get) => {
        const history = () => store.temporal;

        /** Leaves any gesture without recording it (the caller replaces or clears history). */
        const dropGesture = () => {
          gestureStart = null;
          if (get().gestureFrom !== null) set({ gestureFrom: null }); // while still paused: never a history step
          history().getState().resume();
        };

        const open = (diagram: Diagram, fileName: string | null, saved: Diagram | null, suggestedName: string | null = null) => {
          dropGesture();
          set((s) => ({ diagram, fileName, suggestedName, savedDiagram: saved, savedToFile: savedToFile(diagram, saved), openCount: s.openCount + 1 }));
          history().getState().clear();
        };

        const endGesture = () => {
          if (gestureStart === null) return;
          const before = gestureStart;
          dropGesture();
          // zundo records nothing while paused: the state from before the gesture is the undo point.
          if (sameJson(before, get().diagram)) return;
          const pastStates = [...history().getState().pastStates, { diagram: before }].slice(-HISTORY_LIMIT);
          history().setState({ pastStates, futureStates: [] });
        };

        /** After undo or redo (which set the diagram behind the store's back): is it the saved one? */
        const settle = () => set((s) => ({ savedToFile: savedToFile(s.diagram, s.savedDiagram) }));

        return {
          diagram: initial,
          fileName: origin.fileName ?? null,
          openCount: 0,
          savedDiagram: origin.savedToFile === false ? null : initial,
          suggestedName: null,
          gestureFrom: null,
          savedToFile: origin.savedToFile !== false,
          apply: (diagram) => {
            const s = get();
            if (sameJson(diagram, s.diagram)) return;
            set({ diagram, savedToFile: savedToFile(diagram, s.savedDiagram) });
          },
          undo: () => {
            endGesture();
            history().getState().undo();
            settle();
          },
          redo: () => {
            endGesture();
            history().getState().redo();
            settle();
          },
          beginGesture: () => {
            if (gestureStart !== null) return;
            gestureStart = get().diagram;
            history().getState().pause();
            set({ gestureFrom: gestureStart });
          },
          endGesture,
          cancelGesture: () => {
            if (gestureStart === null) return;
            const before = gestureStart;
            set((s) => ({ diagram: before, savedToFile: savedToFile(before, s.savedDiagram) })); // still paused: no step
            dropGesture();
          },
          openDiagram: (diagram, fileName, from = {}) => open(diagram, fileName, from.savedToFile === false ? null : diagram),
          newDocument: (diagram, suggestedName) => open(diagram, null, diagram, suggestedName ?? null),
          markSaved: (fileName, diagram) =>
            set((s) => {
              const saved = diagram ?? s.diagram;
              return { fileName, savedDiagram: saved, savedToFile: savedToFile(s.diagram, saved) };
            }),
          setFileName: (fileName) => get().markSaved(fileName),
        };
      },
      {
        partialize: (s): HistoryState => ({ diagram: s.diagram }),
        equality: (a, b) => sameJson(a.diagram, b.diagram),
        limit: HISTORY_LIMIT,
      },
    ),
  );
  return store;
}

const DocumentContext = createContext<DocumentStore | null>(null);

export function DocumentProvider({ store, children }: { store: DocumentStore; children: ReactNode }) {
  return createElement(DocumentContext.Provider, { value: store }, children);
}

export function useDocumentStore(): DocumentStore {
  const store = useContext(DocumentContext);
  if (!store) throw new Error('useDocument outside DocumentProvider');
  return store;
}

export function useDocument<T>(selector: (s: DocumentState) => T): T {
  return useStore(useDocumentStore(), selector);
}
