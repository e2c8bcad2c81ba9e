/** Present mode in the App (jsdom): it opens from the toolbar, keys move the talk, votes and comments are undo steps. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadDefaultDiagram } from '../../src/app/defaultDiagram';
import { createTestI18n as createI18n } from '../helpers/i18n';
import { createDocumentStore } from '../../src/store/documentStore';
import { useSelection } from '../../src/store/sessionStore';

function renderApp() {
  const store = createDocumentStore(loadDefaultDiagram());
  render(<App store={store} i18n={createI18n('en')} />);
  return { store, user: userEvent.setup({ delay: null }) };
}

const key = (k: string, target: Element | Window = window) => act(() => void fireEvent.keyDown(target, { key: k }));

describe('present mode', { timeout: 30_000 }, () => {
  it('opens as a modal dialog, announces each stop, captures a vote and a comment as undo steps, and closes with Escape', async () => {
    const { store, user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Present' }));
    const dialog = await screen.findByRole('dialog', { name: /^Presentation: / }, { timeout: 10_000 });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    // Present mode is ready for a clicker once it has taken the focus (its key listener starts in the same
    // effects pass); a lazily loaded dialog can be in the page a moment before its effects have run.
    await waitFor(() => expect(dialog).toHaveFocus());
    const live = within(dialog).getAllByRole('status').find((el) => el.classList.contains('polku-present-label'))!;
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent(/^Start: Järjestöjen osallisuuspolku/);
    // the opening card lists the keys, a clicker's PageDown and PageUp with them; the dialog describes itself with them
    const keys = 'Keys: →, ↓, Space or PageDown next; ←, ↑ or PageUp previous; Home start, End end; B or . blanks; Esc ends.';
    expect(within(dialog).getByRole('heading', { level: 1 }).parentElement).toHaveTextContent(keys);
    expect(dialog).toHaveAccessibleDescription(keys);

    key('PageDown');
    key('ArrowDown');
    expect(live).toHaveTextContent('Phase 2/3: Aluevaltuusto: valmistelu');
    // the editor's Delete must not reach the hidden editor (a step still selected there)
    const steps = store.getState().diagram.steps.length;
    act(() => useSelection.getState().selectSteps([store.getState().diagram.steps[0]!.id]));
    key('Delete', dialog);
    expect(store.getState().diagram.steps).toHaveLength(steps);

    await user.click(within(dialog).getByRole('button', { name: 'Comments and votes' }));
    const panel = within(dialog).getByRole('complementary', { name: 'The room’s comments and votes' });
    const before = store.getState().diagram;
    await user.click(within(panel).getByRole('button', { name: 'Add vote: Strategiatyöhön osallistuminen' }));
    expect(store.getState().diagram.steps.find((s) => s.title.startsWith('Strategia'))!.votes).toBe(1);
    await user.type(within(panel).getByRole('textbox', { name: 'Comment' }), 'Hyvä vaihe');
    // typing moved nothing
    expect(live).toHaveTextContent('Phase 2/3: Aluevaltuusto: valmistelu');
    await user.click(within(panel).getByRole('button', { name: 'Add comment' }));
    expect(store.getState().diagram.phases.find((p) => p.id === 'aluevaltuusto')!.comments).toEqual([
      expect.objectContaining({ text: 'Hyvä vaihe' }),
    ]);
    act(() => store.getState().undo());
    act(() => store.getState().undo());
    expect(store.getState().diagram).toEqual(before);

    act(() => (dialog as HTMLElement).focus());
    key('Escape', dialog);
    expect(screen.queryByRole('dialog', { name: /^Presentation: / })).toBeNull();
    act(() => useSelection.getState().selectSteps([]));
  });
});
