/** Start-up (src/app/main.tsx) opens what the browser kept in IndexedDB instead of the default diagram, exactly. */
import 'fake-indexeddb/auto';
import { act, screen, waitFor } from '@testing-library/react';
import { createStore, get, set } from 'idb-keyval';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDiagramText } from '../../src/io/readDiagram';
import { useSession } from '../../src/store/sessionStore';

function keptDiagram() {
  const result = readDiagramText(readFileSync('fixtures/osallisuuspolku.json', 'utf8'));
  if (!result.ok) throw new Error('default diagram refused');
  return { ...result.diagram, title: 'Selaimeen jäänyt polku' };
}

describe('start-up', () => {
  it('opens the diagram kept in the browser, with its file name and unsaved state', async () => {
    const diagram = keptDiagram();
    const autosave = createStore('polku', 'autosave');
    await set('document', { diagram, fileName: 'kesken.json', savedToFile: false, savedAt: Date.now(), tabId: 'earlier' }, autosave);
    document.body.innerHTML = '<div id="root"></div>';

    const { started } = await import('../../src/app/main');

    expect(await screen.findByRole('application', { name: /Selaimeen jäänyt polku/ }, { timeout: 5000 })).toBeInTheDocument();
    expect(useSession.getState()).toMatchObject({ savedToFile: false, persistence: 'saved-in-browser', otherTab: null });
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true); // not saved to a file: the browser asks

    // nothing was edited: the kept record is as it was
    await waitFor(async () => expect(await get('document', autosave)).toMatchObject({ tabId: 'earlier', diagram }));
    // React's own work must not outlive the test's document
    const root = await started;
    act(() => root.unmount());
  });
});
