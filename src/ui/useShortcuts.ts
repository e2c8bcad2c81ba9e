/**
 * Keyboard commands for the whole editor: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z
 * and Ctrl+Y redo, Ctrl/Cmd+S save, Ctrl/Cmd+O open, Delete removes the
 * selected steps, Escape clears the selection, Ctrl/Cmd+C copies the
 * selected steps (with the links between them) and Ctrl/Cmd+V pastes them a
 * month later. Typing in a field is left alone.
 *
 * Pasting prefers the system clipboard's text when it is a clip (read from
 * the paste event, which needs no permission), else the steps last copied in
 * this tab; if the browser sends no paste event, the in-memory copy is used.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../i18n/problems';
import { useDocumentStore } from '../store/documentStore';
import { useSelection } from '../store/sessionStore';
import { withCanvasEdits } from './canvas/canvasEdits';
import { clipFromText, copySelection, pasteSteps, useKeyboard } from './canvas/keyboard';
import { useFileActions } from './useFileActions';
import { isTyping } from './isTyping';


export function useShortcuts() {
  const store = useDocumentStore();
  const { open, save } = useFileActions();
  const { t } = useTranslation();
  useEffect(() => {
    const tr: Translate = (key, options) => t(key, options);
    // a Ctrl+V waiting for its paste event
    let pendingPaste: ReturnType<typeof setTimeout> | null = null;
    const hasTextSelection = () => (window.getSelection()?.toString() ?? '') !== '';
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
      } else if (mod && key === 'c' && !e.shiftKey && !e.altKey) {
        if (!hasTextSelection()) copySelection(store, tr);
      } else if (mod && key === 'v' && !e.shiftKey && !e.altKey) {
        if (pendingPaste !== null) clearTimeout(pendingPaste);
        pendingPaste = setTimeout(() => {
          pendingPaste = null;
          pasteSteps(store, useKeyboard.getState().clip, tr);
        }, 150);
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        const ids = useSelection.getState().steps;
        if (ids.length === 0) return;
        e.preventDefault();
        withCanvasEdits(({ deleteSteps }) => {
          const result = deleteSteps(store.getState().diagram, ids);
          if (result.ok) {
            store.getState().apply(result.diagram);
            useSelection.getState().selectSteps([]);
          }
        });
      } else if (e.key === 'Escape') {
        useSelection.getState().selectSteps([]);
      }
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      if (pendingPaste !== null) clearTimeout(pendingPaste);
      pendingPaste = null;
      const clip = clipFromText(e.clipboardData?.getData('text/plain')) ?? useKeyboard.getState().clip;
      if (pasteSteps(store, clip, tr)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('paste', onPaste);
      if (pendingPaste !== null) clearTimeout(pendingPaste);
    };
  }, [store, open, save, t]);
}

/** Mounts the editor's keyboard commands. */
export function Shortcuts() {
  useShortcuts();
  return null;
}
