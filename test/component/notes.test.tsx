/** Speaker notes (docs/FORMAT.md §6) are typed in the inspector: the step's panel and each phase's item. */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { loadDefaultDiagram } from '../../src/app/defaultDiagram';
import { createTestI18n as createI18n } from '../helpers/i18n';
import { createDocumentStore } from '../../src/store/documentStore';
import { resetSession, useSelection } from '../../src/store/sessionStore';

beforeEach(() => {
  resetSession();
});

function renderApp(lng: 'fi' | 'en' = 'en') {
  const store = createDocumentStore(loadDefaultDiagram());
  render(<App store={store} i18n={createI18n(lng)} />);
  return { store, user: userEvent.setup({ delay: null }) };
}

/** The whole App (with React Flow) renders slowly in jsdom, more so on a busy machine. */
describe('speaker notes in the inspector', { timeout: 30_000 }, () => {
  it('notes typed for the selected step reach the document as one undo step, line breaks kept; Undo removes them', async () => {
    const { store, user } = renderApp();
    const before = store.getState().diagram;
    const step = before.steps[0]!;
    expect(step.notes).toBeUndefined();
    act(() => useSelection.getState().selectSteps([step.id]));
    const panel = await screen.findByRole('complementary', { name: 'Step' }, { timeout: 10_000 });
    const field = within(panel).getByRole('textbox', { name: 'Speaker notes' });
    expect(field).toHaveAccessibleDescription(/presenter view/);

    await user.type(field, 'Kerro vastaajien määrä.{Shift>}{Enter}{/Shift}Kysy: mitä jäi puuttumaan?{Enter}');
    const notes = 'Kerro vastaajien määrä.\nKysy: mitä jäi puuttumaan?';
    expect(store.getState().diagram.steps.find((s) => s.id === step.id)!.notes).toBe(notes);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().diagram).toEqual(before);
    expect(store.getState().diagram.steps.find((s) => s.id === step.id)!.notes).toBeUndefined();
    expect(within(panel).getByRole('textbox', { name: 'Speaker notes' })).toHaveValue('');
  });

  it('emptying a step’s notes removes the property', async () => {
    const { store, user } = renderApp();
    const step = store.getState().diagram.steps[1]!;
    act(() => useSelection.getState().selectSteps([step.id]));
    const panel = await screen.findByRole('complementary', { name: 'Step' }, { timeout: 10_000 });
    const field = within(panel).getByRole('textbox', { name: 'Speaker notes' });
    await user.type(field, 'Muista kiittää{Enter}');
    expect(store.getState().diagram.steps[1]!.notes).toBe('Muista kiittää');
    await user.clear(field);
    await user.type(field, '{Enter}');
    expect('notes' in store.getState().diagram.steps[1]!).toBe(false);
  });

  it('notes typed in a phase’s item of the diagram panel reach that phase; Undo removes them', async () => {
    const { store, user } = renderApp();
    const before = store.getState().diagram;
    act(() => useSelection.getState().openPanel('document'));
    const panel = await screen.findByRole('complementary', { name: 'Diagram' }, { timeout: 10_000 });
    const phase = within(panel).getByRole('group', { name: 'Phase 2' });
    const field = within(phase).getByRole('textbox', { name: 'Speaker notes' });

    await user.type(field, 'Näytä kysely.{Shift>}{Enter}{/Shift}Kysy kokemuksia.');
    await user.tab(); // leaving the field commits it too
    const id = before.phases[1]!.id;
    expect(store.getState().diagram.phases.find((p) => p.id === id)!.notes).toBe('Näytä kysely.\nKysy kokemuksia.');
    expect(store.getState().diagram.phases.filter((p) => p.notes !== undefined)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().diagram).toEqual(before);
    expect(within(within(panel).getByRole('group', { name: 'Phase 2' })).getByRole('textbox', { name: 'Speaker notes' })).toHaveValue('');
  });

  it('speaks Finnish first: “Puhujan muistiinpanot”', async () => {
    const { store } = renderApp('fi');
    act(() => useSelection.getState().selectSteps([store.getState().diagram.steps[0]!.id]));
    const panel = await screen.findByRole('complementary', { name: 'Askel' }, { timeout: 10_000 });
    expect(within(panel).getByRole('textbox', { name: 'Puhujan muistiinpanot' })).toBeInTheDocument();
  });
});
