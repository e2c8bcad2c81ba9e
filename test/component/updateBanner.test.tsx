/**
 * The new-version banner (issue 13): shown only when a version waits; Update is pressed only by the person,
 * and is disabled — saying why — while changes are not stored in the browser or present mode is open.
 */
import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDefaultDiagram } from '../../src/app/defaultDiagram';
import type { UiLanguage } from '../../src/i18n/ui';
import { createDocumentStore, DocumentProvider } from '../../src/store/documentStore';
import { resetSession, usePresent, useSession, useUpdate } from '../../src/store/sessionStore';
import { UpdateBanner } from '../../src/ui/UpdateBanner';
import { createTestI18n } from '../helpers/i18n';

afterEach(() => resetSession());

function renderBanner(lng: UiLanguage = 'en', savedToFile = true) {
  const store = createDocumentStore(loadDefaultDiagram());
  if (!savedToFile) store.getState().openDiagram(loadDefaultDiagram(), null, { savedToFile: false });
  return render(
    <I18nextProvider i18n={createTestI18n(lng)}>
      <DocumentProvider store={store}>
        <UpdateBanner />
      </DocumentProvider>
    </I18nextProvider>,
  );
}

describe('UpdateBanner', () => {
  it('says nothing until a new version waits, then offers it in the UI language', () => {
    renderBanner('sv');
    expect(screen.queryByRole('status')).toBeNull();
    act(() => useUpdate.getState().offer(() => undefined));
    expect(screen.getByRole('status')).toHaveTextContent('En ny version finns');
    expect(screen.getByRole('button', { name: 'Uppdatera' })).toBeEnabled();
  });

  it('takes the version in only when Update is pressed', () => {
    const apply = vi.fn();
    renderBanner('fi');
    act(() => useUpdate.getState().offer(apply));
    expect(screen.getByRole('status')).toHaveTextContent('Uusi versio saatavilla');
    expect(apply).not.toHaveBeenCalled();
    act(() => screen.getByRole('button', { name: 'Päivitä' }).click());
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('waits while changes are being stored, or could not be, and says why', () => {
    const apply = vi.fn();
    renderBanner('en', false);
    act(() => useUpdate.getState().offer(apply));
    act(() => useSession.getState().setPersistence('saving'));
    const update = screen.getByRole('button', { name: 'Update' });
    expect(update).toBeDisabled();
    expect(update).toHaveAccessibleDescription('Update once your changes are stored in the browser.');
    act(() => useSession.getState().setPersistence('failed'));
    expect(update).toBeDisabled();
    expect(update).toHaveAccessibleDescription(/not stored in the browser: save the diagram to a file/);
    act(() => update.click());
    expect(apply).not.toHaveBeenCalled();
    act(() => useSession.getState().setPersistence('saved-in-browser'));
    expect(update).toBeEnabled();
  });

  it('storing in the browser failed, but the diagram is saved to its file: nothing would be lost', () => {
    renderBanner('en', true);
    act(() => useUpdate.getState().offer(() => undefined));
    act(() => useSession.getState().setPersistence('failed'));
    expect(screen.getByRole('button', { name: 'Update' })).toBeEnabled();
  });

  it('waits while present mode is open', () => {
    renderBanner('en');
    act(() => useUpdate.getState().offer(() => undefined));
    act(() => usePresent.getState().start(Date.now()));
    expect(screen.getByRole('button', { name: 'Update' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Update' })).toHaveAccessibleDescription('Update once the presentation has ended.');
    act(() => usePresent.getState().end());
    expect(screen.getByRole('button', { name: 'Update' })).toBeEnabled();
  });
});
