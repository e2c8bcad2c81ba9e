/**
 * Keyboard commands for the whole editor: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z
 * and Ctrl+Y redo, Ctrl/Cmd+S save, Ctrl/Cmd+O open, Delete removes the
 * selected steps, Escape clears the selection. Typing in a field is left alone.
 */
import { useEffect } from 'react';
import { deleteSteps } from '../model/operations';
import { useDocumentStore } from '../store/documentStore';
import { useSelection } from '../store/selectionStore';
import { useFileActions } from './useFileActions';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useShortcuts() {
  const store = useDocumentStore();
  const { open, save } = useFileActions();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === 's') {
        e.preventDefault();
        void save();
      } else if (mod && key === 'o') {
        e.preventDefault();
        void open();
      } else if (isTyping(e.target)) {
        return;
      } else if (mod && key === 'z' && !e.shiftKey) {
        e.preventDefault();
        store.getState().undo();
      } else if ((mod && key === 'z' && e.shiftKey) || (e.ctrlKey && key === 'y')) {
        e.preventDefault();
        store.getState().redo();
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        const ids = useSelection.getState().steps;
        if (ids.length === 0) return;
        e.preventDefault();
        const result = deleteSteps(store.getState().diagram, ids);
        if (result.ok) {
          store.getState().apply(result.diagram);
          useSelection.getState().selectSteps([]);
        }
      } else if (e.key === 'Escape') {
        useSelection.getState().selectSteps([]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, open, save]);
}

/** Mounts the editor's keyboard commands. */
export function Shortcuts() {
  useShortcuts();
  return null;
}
