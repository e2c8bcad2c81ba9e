/**
 * Edits go through the model's operations: an operation either gives a new
 * Diagram (applied as one history step) or refuses with located problems,
 * which the field shows — nothing half-done reaches the document.
 */
import { useCallback } from 'react';
import type { EditResult } from '../model/operations';
import type { Diagram, Problem } from '../model/types';
import { useDocumentStore } from '../store/documentStore';

export function useEdit() {
  const store = useDocumentStore();
  return useCallback(
    (op: (d: Diagram) => EditResult): EditResult => {
      const result = op(store.getState().diagram);
      if (result.ok) store.getState().apply(result.diagram);
      return result;
    },
    [store],
  );
}

/** The same, for a field or button: null when the edit was made, else the problems to show. */
export function useEditProblems() {
  const edit = useEdit();
  return useCallback(
    (op: (d: Diagram) => EditResult): Problem[] | null => {
      const result = edit(op);
      return result.ok ? null : result.problems;
    },
    [edit],
  );
}
