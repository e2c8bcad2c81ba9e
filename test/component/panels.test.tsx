/** The diagram panel ("Diagram"): lanes, phases, depth levels, and the New button. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { loadDefaultDiagram } from '../../src/app/defaultDiagram';
import { createTestI18n as createI18n } from '../helpers/i18n';
import { createDocumentStore, DocumentProvider, type DocumentStore } from '../../src/store/documentStore';
import { resetSession, useSelection } from '../../src/store/sessionStore';
import { DocumentButton } from '../../src/ui/DocumentButton';
import { NewButton } from '../../src/ui/NewButton';

beforeEach(() => {
  resetSession();
});

async function renderPanel() {
  const store = createDocumentStore(loadDefaultDiagram());
  const i18n = createI18n('en');
  render(<App store={store} i18n={i18n} />);
  act(() => useSelection.getState().openPanel('document'));
  // the panels are loaded on demand
  const panel = await screen.findByRole('complementary', { name: 'Diagram' }, { timeout: 10_000 });
  return { store, panel, user: userEvent.setup({ delay: null }) };
}

const laneGroup = (panel: HTMLElement, n: number) => within(panel).getByRole('group', { name: `Lane ${n}` });

/** The whole App (with React Flow) renders slowly in jsdom, more so on a busy machine. */
describe('the diagram panel', { timeout: 30_000 }, () => {
  it('renames a lane: the new title reaches the document', async () => {
    const { store, panel, user } = await renderPanel();
    const field = within(laneGroup(panel, 1)).getByRole('textbox', { name: 'Lane name' });
    await user.clear(field);
    await user.type(field, 'Asukkaat{Enter}');
    expect(store.getState().diagram.lanes[0]!.title).toBe('Asukkaat');
    expect(within(panel).getByRole('button', { name: 'Move down: Asukkaat' })).toBeInTheDocument();
  });

  it('moves a lane down and back up', async () => {
    const { store, panel, user } = await renderPanel();
    const first = store.getState().diagram.lanes[0]!;
    expect(within(panel).getByRole('button', { name: `Move up: ${first.title}` })).toBeDisabled();
    await user.click(within(panel).getByRole('button', { name: `Move down: ${first.title}` }));
    expect(store.getState().diagram.lanes[1]!.id).toBe(first.id);
    await user.click(within(panel).getByRole('button', { name: `Move up: ${first.title}` }));
    expect(store.getState().diagram.lanes[0]!.id).toBe(first.id);
  });

  it('asks before deleting a lane with steps: Cancel keeps it, Delete removes it, Undo brings it back with its steps', async () => {
    const { store, panel, user } = await renderPanel();
    const before = store.getState().diagram;
    const lane = before.lanes.find((l) => before.steps.some((s) => s.lane === l.id))!;
    const steps = before.steps.filter((s) => s.lane === lane.id).length;

    await user.click(within(panel).getByRole('button', { name: `Delete lane: ${lane.title}` }));
    let dialog = screen.getByRole('alertdialog', { name: 'Delete the lane?' });
    expect(dialog).toHaveTextContent(`(${steps})`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog', { name: 'Delete the lane?' })).not.toBeInTheDocument();
    expect(store.getState().diagram).toBe(before);

    await user.click(within(panel).getByRole('button', { name: `Delete lane: ${lane.title}` }));
    dialog = screen.getByRole('alertdialog', { name: 'Delete the lane?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete lane' }));
    const after = store.getState().diagram;
    expect(after.lanes.some((l) => l.id === lane.id)).toBe(false);
    expect(after.steps.some((s) => s.lane === lane.id)).toBe(false);
    expect(within(panel).queryByRole('button', { name: `Delete lane: ${lane.title}` })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().diagram).toEqual(before);
    expect(within(panel).getByRole('button', { name: `Delete lane: ${lane.title}` })).toBeInTheDocument();
  });

  it('refuses to delete the last lane, with the reason', async () => {
    const { store, panel, user } = await renderPanel();
    const only = store.getState().diagram.lanes[0]!;
    act(() => store.getState().apply({ ...store.getState().diagram, lanes: [only], steps: [], links: [] }));
    await user.click(within(panel).getByRole('button', { name: `Delete lane: ${only.title}` }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(panel).getByRole('alert')).toHaveTextContent('A diagram needs at least 1 lane');
    expect(store.getState().diagram.lanes).toHaveLength(1);
  });

  it('adds a lane and focuses its name', async () => {
    const { store, panel, user } = await renderPanel();
    const count = store.getState().diagram.lanes.length;
    await user.click(within(panel).getByRole('button', { name: 'Add lane' }));
    expect(store.getState().diagram.lanes).toHaveLength(count + 1);
    expect(store.getState().diagram.lanes[count]!.title).toBe('New lane');
    expect(within(laneGroup(panel, count + 1)).getByRole('textbox', { name: 'Lane name' })).toHaveFocus();
  });

  it('refuses a phase end before its start at the field, leaving the document unchanged', async () => {
    const { store, panel, user } = await renderPanel();
    const before = store.getState().diagram;
    const phase = within(panel).getByRole('group', { name: 'Phase 1' });
    const end = within(phase).getByRole('textbox', { name: 'Ends' });
    await user.clear(end);
    await user.type(end, '2020-01{Enter}');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(within(phase).getByRole('alert')).toHaveTextContent('The end (1/2020) is before the start');
    expect(store.getState().diagram).toBe(before);
  });

  it('adds a phase starting the month after the last phase', async () => {
    const { store, panel, user } = await renderPanel();
    const count = store.getState().diagram.phases.length;
    await user.click(within(panel).getByRole('button', { name: 'Add phase' }));
    const phases = store.getState().diagram.phases;
    expect(phases).toHaveLength(count + 1);
    expect(phases[count]!.title).toBe('New phase');
    expect(phases[count]!.start > phases[count - 1]!.start).toBe(true);
  });

  it('adds and removes depth levels, refusing to go below two', async () => {
    const { store, panel, user } = await renderPanel();
    const levels = () => store.getState().diagram.depth!.levels;
    const count = levels().length;
    await user.click(within(panel).getByRole('button', { name: 'Add level' }));
    expect(levels()).toHaveLength(count + 1);
    expect(levels()[count]!.title).toBe('New level');

    while (levels().length > 2) {
      await user.click(within(panel).getByRole('button', { name: `Remove level: ${levels()[0]!.title}` }));
    }
    expect(levels()).toHaveLength(2);
    await user.click(within(panel).getByRole('button', { name: `Remove level: ${levels()[0]!.title}` }));
    expect(levels()).toHaveLength(2);
    expect(within(panel).getByRole('alert')).toHaveTextContent('The depth band needs at least 2 levels');
  });

  it('a colour typed as a code reaches the document; passing through the code field without typing changes nothing', async () => {
    const { store, panel, user } = await renderPanel();
    const phase = within(panel).getByRole('group', { name: 'Phase 1' });
    const code = within(phase).getByRole('textbox', { name: 'Colour, colour code (#rrggbb)' });
    await user.click(code);
    await user.tab();
    expect(store.getState().diagram.phases[0]!.color).toBe('#e6eef6');
    await user.clear(code);
    await user.type(code, 'C0FFEE{Enter}');
    expect(store.getState().diagram.phases[0]!.color).toBe('#c0ffee');
    await user.clear(code);
    await user.type(code, 'nope{Enter}');
    expect(store.getState().diagram.phases[0]!.color).toBe('#c0ffee');
    // a step without a colour stays without one when the field is only passed through (Tab order)
    act(() => useSelection.getState().selectSteps(['aloitus']));
    const stepPanel = await screen.findByRole('complementary', { name: 'Step' });
    await user.click(within(stepPanel).getByRole('textbox', { name: 'Colour, colour code (#rrggbb)' }));
    await user.tab();
    expect(store.getState().diagram.steps.find((st) => st.id === 'aloitus')!.color).toBeUndefined();
  });

  it('moving about in the colour picker is one undo step, however many colours it sends', async () => {
    const { store, panel } = await renderPanel();
    const picker = within(within(panel).getByRole('group', { name: 'Phase 1' })).getByLabelText('Colour');
    expect(picker).toHaveAttribute('type', 'color');
    const before = store.getState().diagram;
    for (const color of ['#aa0000', '#bb1100', '#cc2200', '#dd3300']) fireEvent.input(picker, { target: { value: color } });
    expect(store.getState().diagram.phases[0]!.color).toBe('#dd3300');
    // the picker closes
    fireEvent.change(picker, { target: { value: '#dd3300' } });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    act(() => store.getState().undo());
    expect(store.getState().diagram).toEqual(before);
    // a second visit to the picker is a step of its own, ended by leaving the field
    fireEvent.input(picker, { target: { value: '#123456' } });
    fireEvent.input(picker, { target: { value: '#654321' } });
    fireEvent.blur(picker);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    act(() => store.getState().undo());
    expect(store.getState().diagram).toEqual(before);
  });

  it('sets the timeline span and the diagram language', async () => {
    const { store, panel, user } = await renderPanel();
    const start = within(panel).getByRole('textbox', { name: 'Timeline starts' });
    await user.clear(start);
    await user.type(start, '2021-01{Enter}');
    expect(store.getState().diagram.axis).toMatchObject({ start: '2021-01', end: '2023-12' });
    const end = within(panel).getByRole('textbox', { name: 'Timeline ends' });
    await user.clear(end);
    await user.type(end, '{Enter}');
    expect(store.getState().diagram.axis).toEqual({ start: '2021-01' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Diagram language' }), 'sv');
    await vi.waitFor(() => expect(store.getState().diagram.language).toBe('sv'));
  });

  it('switches the time axis to "by phase" and back with one Undo; the axis shows its breaks meanwhile', async () => {
    const { store, panel, user } = await renderPanel();
    const before = store.getState().diagram;
    const group = within(panel).getByRole('group', { name: 'Time axis' });
    const trueTime = within(group).getByRole('radio', { name: 'true time' });
    const byPhase = within(group).getByRole('radio', { name: 'by phase' });
    expect(trueTime).toBeChecked();
    expect(document.querySelectorAll('.polku-axis-break')).toHaveLength(0);

    await user.click(byPhase);
    expect(store.getState().diagram.axis).toEqual({ ...before.axis, mode: 'phases' });
    expect(byPhase).toBeChecked();
    // the seed's three phases at their own rates: two breaks, on the axis's top and bottom lines
    await vi.waitFor(() => expect(document.querySelectorAll('.polku-axis-break')).toHaveLength(4));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().diagram).toBe(before);
    expect(trueTime).toBeChecked();
    await vi.waitFor(() => expect(document.querySelectorAll('.polku-axis-break')).toHaveLength(0));
  });

  it('renames the diagram from the panel', async () => {
    const { store, panel, user } = await renderPanel();
    const title = within(panel).getByRole('textbox', { name: 'Diagram title' });
    await user.clear(title);
    await user.type(title, 'Uusi otsikko{Enter}');
    expect(store.getState().diagram.title).toBe('Uusi otsikko');
  });
});

function renderButtons(store: DocumentStore) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <DocumentProvider store={store}>
        <DocumentButton />
        <NewButton />
      </DocumentProvider>
    </I18nextProvider>,
  );
  return userEvent.setup({ delay: null });
}

describe('the Diagram and New buttons', { timeout: 30_000 }, () => {
  it('toggles the diagram panel', async () => {
    const user = renderButtons(createDocumentStore(loadDefaultDiagram()));
    const button = screen.getByRole('button', { name: 'Diagram' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    expect(useSelection.getState().panel).toBe('document');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await user.click(button);
    expect(useSelection.getState().panel).toBe('none');
  });

  it('opens the start dialog at once when the work is saved; its suggestion, accepted, is the new diagram with a fresh history', async () => {
    const store = createDocumentStore(loadDefaultDiagram());
    const user = renderButtons(store);
    await user.click(screen.getByRole('button', { name: 'New' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    const dialog = await screen.findByRole('dialog', { name: 'Start your own path' }, { timeout: 10_000 });
    await user.click(within(dialog).getByRole('button', { name: 'Create diagram' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const d = store.getState().diagram;
    expect(d.steps).toHaveLength(0);
    expect(d.lanes.map((l) => l.title)).toEqual(['Participant level', 'Implementation level', 'Preparation level', 'State-funded projects']);
    // this month, and nothing from the seed's years
    const now = new Date();
    expect(d.axis?.start).toBe(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`);
    expect(d.depth).toBeUndefined();
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('asks first when the work is not saved: Cancel keeps it, Start new leads to the start dialog, whose Cancel keeps it too', async () => {
    const store = createDocumentStore(loadDefaultDiagram());
    act(() => store.getState().apply({ ...store.getState().diagram, title: 'Muokattu' }));
    expect(store.getState().savedToFile).toBe(false);
    const user = renderButtons(store);

    await user.click(screen.getByRole('button', { name: 'New' }));
    let dialog = screen.getByRole('alertdialog', { name: 'New diagram' });
    expect(dialog).toHaveTextContent('save them to a file');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().diagram.title).toBe('Muokattu');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New' }));
    dialog = screen.getByRole('alertdialog', { name: 'New diagram' });
    await user.click(within(dialog).getByRole('button', { name: 'Start new' }));
    let start = await screen.findByRole('dialog', { name: 'Start your own path' }, { timeout: 10_000 });
    await user.click(within(start).getByRole('button', { name: 'Cancel' }));
    expect(store.getState().diagram.title).toBe('Muokattu');

    await user.click(screen.getByRole('button', { name: 'New' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'New diagram' })).getByRole('button', { name: 'Start new' }));
    start = await screen.findByRole('dialog', { name: 'Start your own path' });
    await user.click(within(start).getByRole('button', { name: 'Create diagram' }));
    expect(store.getState().diagram.title).toBe('New participation path');
    expect(store.getState().diagram.steps).toHaveLength(0);
    expect(store.getState().savedToFile).toBe(true);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
