/**
 * Ids ("Tunnus") are edited in the step's and the arrow's panels and in each lane, phase and legend item,
 * in the form's collapsed "Advanced" section.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
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

function renderApp() {
  const store = createDocumentStore(loadDefaultDiagram());
  render(<App store={store} i18n={createI18n('en')} />);
  return { store, user: userEvent.setup({ delay: null }) };
}

describe('ids in the panels', { timeout: 30_000 }, () => {
  it('a step’s new id reaches the document with its arrows; the panel stays on the step with the focus in the field; a taken id is refused at the field', async () => {
    const { store, user } = renderApp();
    const before = store.getState().diagram;
    const arrows = before.links.filter((l) => l.from === 'aloitus' || l.to === 'aloitus').length;
    expect(arrows).toBeGreaterThan(0);
    act(() => useSelection.getState().selectSteps(['aloitus']));
    const panel = await screen.findByRole('complementary', { name: 'Step' }, { timeout: 10_000 });
    const advanced = within(panel).getByText('Advanced', { selector: 'summary' });
    expect(advanced.closest('details')).not.toHaveAttribute('open');
    await user.click(advanced);
    expect(advanced.closest('details')).toHaveAttribute('open');
    const field = within(panel).getByRole('textbox', { name: 'Id' });
    expect(field).toHaveValue('aloitus');

    // taken by a lane: refused, nothing changes
    await user.clear(field);
    await user.type(field, 'toimeenpano{Enter}');
    expect(within(panel).getByRole('alert')).toHaveTextContent('The id "toimeenpano" is already used at lanes[1].id');
    expect(store.getState().diagram).toBe(before);

    await user.clear(field);
    await user.type(field, 'toiminnan-aloitus{Enter}');
    const d = store.getState().diagram;
    expect(d.steps.some((s) => s.id === 'aloitus')).toBe(false);
    expect(d.links.filter((l) => l.from === 'toiminnan-aloitus' || l.to === 'toiminnan-aloitus')).toHaveLength(arrows);
    expect(useSelection.getState().steps).toEqual(['toiminnan-aloitus']);
    const again = await screen.findByRole('complementary', { name: 'Step' });
    // drawn anew under the new id, the section is still open and the focus back in the field
    await waitFor(() => expect(within(again).getByRole('textbox', { name: 'Id' })).toHaveFocus());
    expect(within(again).getByText('Advanced', { selector: 'summary' }).closest('details')).toHaveAttribute('open');
    expect(within(again).getByRole('textbox', { name: 'Id' })).toHaveValue('toiminnan-aloitus');
    // one undo step puts the old id back, arrows and all
    act(() => store.getState().undo());
    expect(store.getState().diagram).toEqual(before);
  });

  it('a lane’s new id is followed by its steps', async () => {
    const { store, user } = renderApp();
    act(() => useSelection.getState().openPanel('document'));
    const panel = await screen.findByRole('complementary', { name: 'Diagram' }, { timeout: 10_000 });
    const lane = within(panel).getByRole('group', { name: 'Lane 1' });
    const id = store.getState().diagram.lanes[0]!.id;
    const steps = store.getState().diagram.steps.filter((s) => s.lane === id).length;
    await user.click(within(lane).getByText('Advanced', { selector: 'summary' }));
    const field = within(lane).getByRole('textbox', { name: 'Id' });
    await user.clear(field);
    await user.type(field, 'osallistujat{Enter}');
    const d = store.getState().diagram;
    expect(d.lanes[0]!.id).toBe('osallistujat');
    expect(d.steps.filter((s) => s.lane === 'osallistujat')).toHaveLength(steps);
    await waitFor(() => expect(within(within(panel).getByRole('group', { name: 'Lane 1' })).getByRole('textbox', { name: 'Id' })).toHaveFocus());
  });
});
