/**
 * The document slice: the open Diagram (the only thing saved) and where it
 * came from. Session state (dialogs, messages) lives in sessionStore.
 * Provided through React context so that each app (and each test) has its own.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Diagram } from '../model/types';

export type DocumentState = {
  readonly diagram: Diagram;
  /** the file the diagram came from or was last saved to; null for the default diagram */
  readonly fileName: string | null;
  /** counts the diagrams opened in this session: the view fits a newly opened one */
  readonly openCount: number;
  openDiagram: (diagram: Diagram, fileName: string | null) => void;
  setFileName: (fileName: string) => void;
};

export type DocumentStore = StoreApi<DocumentState>;

export function createDocumentStore(initial: Diagram): DocumentStore {
  return createStore<DocumentState>()((set) => ({
    diagram: initial,
    fileName: null,
    openCount: 0,
    openDiagram: (diagram, fileName) => set((s) => ({ diagram, fileName, openCount: s.openCount + 1 })),
    setFileName: (fileName) => set({ fileName }),
  }));
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
