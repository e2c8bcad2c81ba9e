/** The start dialog of "New" and the help dialog, as a person uses them (English UI). */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { loadDefaultDiagram } from '../../src/app/defaultDiagram';
import type { Diagram } from '../../src/model/types';
import { createDocumentStore, DocumentProvider } from '../../src/store/documentStore';
import { HelpButton } from '../../src/ui/help/HelpButton';
import { HelpDialog } from '../../src/ui/help/HelpDialog';
import { StartDialog } from '../../src/ui/start/StartDialog';
import { createTestI18n as createI18n } from '../helpers/i18n';

function renderStart() {
  const onStart = vi.fn<(d: Diagram) => void>();
  const onCancel = vi.fn();
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <StartDialog onStart={onStart} onCancel={onCancel} />
    </I18nextProvider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Start your own path' });
  return { dialog, onStart, onCancel, user: userEvent.setup({ delay: null }) };
}

async function addPhase(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, n: number, name: string, start: string) {
  await user.click(within(dialog).getByRole('button', { name: 'Add phase' }));
  const row = within(dialog).getByRole('group', { name: `Phase ${n}` });
  if (name !== '') await user.type(within(row).getByRole('textbox', { name: 'Name' }), name);
  const field = within(row).getByRole('textbox', { name: 'Starts' });
  await user.clear(field);
  await user.type(field, `${start}{Tab}`);
  return row;
}

describe('the start dialog', { timeout: 30_000 }, () => {
  it('makes a diagram from what was typed: title, first month, levels, two phases, the band following them', async () => {
    const { dialog, onStart, user } = renderStart();
    const title = within(dialog).getByRole('textbox', { name: 'Diagram title' });
    await user.clear(title);
    await user.type(title, 'Nuorten polku');
    const first = within(dialog).getByRole('textbox', { name: 'First month' });
    await user.clear(first);
    await user.type(first, 'March 2025{Tab}');
    expect(first).toHaveValue('3/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Remove level 2' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add level' }));
    const added = within(dialog).getByRole('textbox', { name: 'Level 4' });
    expect(added).toHaveFocus();
    await user.type(added, 'Kunta');
    await addPhase(user, dialog, 1, 'Valmistelu', '3/2025');
    await addPhase(user, dialog, 2, 'Toteutus', '1.9.2025');
    await user.click(within(dialog).getByRole('button', { name: 'Create diagram' }));

    expect(onStart).toHaveBeenCalledOnce();
    const d = onStart.mock.calls[0]![0];
    expect(d.title).toBe('Nuorten polku');
    expect(d.lanes.map((l) => l.title)).toEqual(['Participant level', 'Preparation level', 'State-funded projects', 'Kunta']);
    expect(d.phases.map((p) => [p.title, p.start, p.end])).toEqual([
      ['Valmistelu', '2025-03', '2025-08-31'],
      ['Toteutus', '2025-09-01', undefined],
    ]);
    expect(d.depth?.levels.map((l) => l.at)).toEqual(['2025-03', '2025-09-01']);
    expect(d.axis).toEqual({ start: '2025-03', end: '2026-02' });
  });

  it('the band off: no depth at all', async () => {
    const { dialog, onStart, user } = renderStart();
    await addPhase(user, dialog, 1, 'A', (within(dialog).getByRole('textbox', { name: 'First month' }) as HTMLInputElement).value);
    await addPhase(user, dialog, 2, 'B', '12/2099');
    await user.click(within(dialog).getByRole('radio', { name: 'No degree band' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create diagram' }));
    const d = onStart.mock.calls[0]![0];
    expect(d.phases).toHaveLength(2);
    expect('depth' in d).toBe(false);
  });

  it('says the band needs two phases while there are fewer', async () => {
    const { dialog, user } = renderStart();
    const group = within(dialog).getByRole('group', { name: 'Degree of participation' });
    expect(group).toHaveAccessibleDescription(/at least two phases/);
    await addPhase(user, dialog, 1, 'A', '1/2099');
    await addPhase(user, dialog, 2, 'B', '2/2099');
    expect(group).not.toHaveAccessibleDescription(/at least two phases/);
  });

  it('refuses at the field: a phase before the first month, two starting together, an empty name; nothing is made until they are fixed', async () => {
    const { dialog, onStart, user } = renderStart();
    const first = within(dialog).getByRole('textbox', { name: 'First month' });
    await user.clear(first);
    await user.type(first, '3/2025{Tab}');
    const a = await addPhase(user, dialog, 1, 'A', '1/2025');
    const b = await addPhase(user, dialog, 2, '', '5/2025');
    const c = await addPhase(user, dialog, 3, 'C', '5/2025');
    await user.click(within(dialog).getByRole('button', { name: 'Create diagram' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(a).toHaveTextContent('The phase starts before the first month (3/2025).');
    expect(within(b).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Type a name.');
    expect(c).toHaveTextContent('The phase starts at the same time as phase 2.');

    const aStart = within(a).getByRole('textbox', { name: 'Starts' });
    await user.clear(aStart);
    await user.type(aStart, '3/2025{Tab}');
    await user.type(within(b).getByRole('textbox', { name: 'Name' }), 'B');
    await user.click(within(c).getByRole('button', { name: 'Remove phase 3' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create diagram' }));
    expect(onStart).toHaveBeenCalledOnce();
    expect(onStart.mock.calls[0]![0].phases.map((p) => p.start)).toEqual(['2025-03', '2025-05']);
  });

  it('a first month it cannot read stays in its field with the reason, and nothing is made from the month before it', async () => {
    const { dialog, onStart, user } = renderStart();
    const first = within(dialog).getByRole('textbox', { name: 'First month' });
    await user.clear(first);
    await user.type(first, '13/2025{Tab}');
    expect(first).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Create diagram' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(first).toHaveValue('13/2025');
  });

  it('a level must have a name; the last level cannot be removed', async () => {
    const { dialog, onStart, user } = renderStart();
    const level = within(dialog).getByRole('textbox', { name: 'Level 1' });
    await user.clear(level);
    await user.click(within(dialog).getByRole('button', { name: 'Create diagram' }));
    expect(onStart).not.toHaveBeenCalled();
    expect(level).toHaveAccessibleDescription('Type a name.');
    for (const n of [4, 3, 2]) await user.click(within(dialog).getByRole('button', { name: `Remove level ${n}` }));
    expect(within(dialog).getByRole('button', { name: 'Remove level 1' })).toBeDisabled();
  });

  it('Cancel and Escape make nothing', async () => {
    const { dialog, onStart, onCancel, user } = renderStart();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    act(() => void dialog.dispatchEvent(new Event('close')));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onStart).not.toHaveBeenCalled();
  });
});

describe('the help dialog', { timeout: 30_000 }, () => {
  const renderHelp = (mac: boolean) =>
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <HelpDialog onClose={() => undefined} mac={mac} />
      </I18nextProvider>,
    );

  it('lists the groups with keys as keys; Ctrl off a Mac, with Ctrl+Y for redo', () => {
    renderHelp(false);
    const help = screen.getByRole('dialog', { name: 'Help: keys and gestures' });
    expect(within(help).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Editing',
      'Arrows',
      'Moving and selecting',
      'View',
      'Presenting',
    ]);
    const redo = within(help).getByText('Redo').closest('div')!;
    expect([...redo.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['Ctrl', 'Shift', 'Z', 'Ctrl', 'Y']);
  });

  it('on a Mac: ⌘ for Ctrl (named for a screen reader), and no Ctrl+Y', () => {
    renderHelp(true);
    const help = screen.getByRole('dialog', { name: 'Help: keys and gestures' });
    const redo = within(help).getByText('Redo').closest('div')!;
    expect([...redo.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['⌘Command', 'Shift', 'Z']);
    expect(within(help).queryByText('Ctrl')).not.toBeInTheDocument();
  });
});

describe('the help button', { timeout: 30_000 }, () => {
  it('"?" outside a text field opens the help; typed in a field it does not', async () => {
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <DocumentProvider store={createDocumentStore(loadDefaultDiagram())}>
          <input aria-label="Somewhere to type" />
          <HelpButton />
        </DocumentProvider>
      </I18nextProvider>,
    );
    const field = screen.getByRole('textbox', { name: 'Somewhere to type' });
    fireEvent.keyDown(field, { key: '?' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: '?' });
    expect(await screen.findByRole('dialog', { name: 'Help: keys and gestures' }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
