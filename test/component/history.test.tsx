/** useHistory: Undo and Redo are enabled exactly when there is something to undo or redo. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../src/io/readDiagram';
import type { Diagram } from '../../src/model/types';
import { createDocumentStore, DocumentProvider, useDocument, type DocumentStore } from '../../src/store/documentStore';
import { useHistory } from '../../src/store/useHistory';

function HistoryButtons() {
  const { canUndo, canRedo, undo, redo } = useHistory();
  const title = useDocument((s) => s.diagram.title);
  return (
    <>
      <output>{title}</output>
      <button type="button" disabled={!canUndo} onClick={undo}>
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={redo}>
        Redo
      </button>
    </>
  );
}

function diagram(): Diagram {
  const result = readDiagramText(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
  if (!result.ok) throw new Error('default diagram refused');
  return result.diagram;
}

function renderWith(store: DocumentStore) {
  render(
    <DocumentProvider store={store}>
      <HistoryButtons />
    </DocumentProvider>,
  );
  return {
    undo: screen.getByRole('button', { name: 'Undo' }),
    redo: screen.getByRole('button', { name: 'Redo' }),
    title: () => screen.getByRole('status').textContent,
  };
}

describe('useHistory', () => {
  it('enables Undo after an edit and Redo after an undo, and disables both after opening a diagram', async () => {
    const user = userEvent.setup();
    const first = diagram();
    const store = createDocumentStore(first);
    const { undo, redo, title } = renderWith(store);
    expect(undo).toBeDisabled();
    expect(redo).toBeDisabled();

    act(() => store.getState().apply({ ...first, title: 'Muokattu' }));
    expect(undo).toBeEnabled();
    expect(redo).toBeDisabled();

    await user.click(undo);
    expect(title()).toBe(first.title);
    expect(undo).toBeDisabled();
    expect(redo).toBeEnabled();

    await user.click(redo);
    expect(title()).toBe('Muokattu');
    expect(undo).toBeEnabled();
    expect(redo).toBeDisabled();

    await user.click(undo);
    act(() => store.getState().openDiagram({ ...first, title: 'Avattu' }, 'avattu.json'));
    expect(undo).toBeDisabled();
    expect(redo).toBeDisabled();
  });

  it('enables Undo once a gesture ends, not for each of its steps', () => {
    const first = diagram();
    const store = createDocumentStore(first);
    const { undo } = renderWith(store);
    act(() => {
      store.getState().beginGesture();
      store.getState().apply({ ...first, title: 'drag 1' });
      store.getState().apply({ ...first, title: 'drag 2' });
    });
    expect(undo).toBeDisabled();
    act(() => store.getState().endGesture());
    expect(undo).toBeEnabled();
    act(() => store.getState().undo());
    expect(undo).toBeDisabled();
  });
});
