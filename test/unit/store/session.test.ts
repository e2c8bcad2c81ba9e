/**
 * The session is one store of slices: a test (or the app) resets all of it
 * with one call, and each slice's hook still reads and writes its own part.
 */
import { describe, expect, it } from 'vitest';
import {
  resetSession,
  useConfirm,
  useFile,
  useGallery,
  useKeyboard,
  usePresent,
  useSelection,
  useSession,
  useSessionStore,
} from '../../../src/store/sessionStore';

describe('the one session store', () => {
  it('resetting the one session store resets selection, keyboard mode, confirm and present state', async () => {
    const fresh = JSON.stringify(useSessionStore.getState());

    useSelection.getState().selectSteps(['aloitus', 'tyopaja']);
    useKeyboard.setState({ linkFrom: 'aloitus', message: 'Linkki alkaa', seq: 3 });
    const answer = useConfirm.getState().ask({ title: 'Korvataanko?', message: '…', confirm: 'Kyllä', cancel: 'Peruuta' });
    usePresent.getState().start(1_700_000_000_000);
    usePresent.getState().setPosition({ stop: 4, blank: true });
    usePresent.getState().setMode('step');
    usePresent.getState().setTimerEndsAt(1_700_000_300_000);
    usePresent.getState().say('Kuva pimennetty');
    useGallery.getState().show();
    useFile.getState().setHandle({ name: 'kanta-hame.json' });
    useSession.getState().notify({ kind: 'info', key: 'savedFile', params: { name: 'kanta-hame.json' } });
    expect(JSON.stringify(useSessionStore.getState())).not.toBe(fresh);

    resetSession();

    expect(useSelection.getState()).toMatchObject({ steps: [], link: null, panel: 'none' });
    expect(useKeyboard.getState()).toMatchObject({ linkFrom: null, message: '', clip: null });
    expect(useConfirm.getState().question).toBeNull();
    await expect(answer).resolves.toBe(false); // the question waiting was answered "cancel"
    expect(usePresent.getState()).toMatchObject({ open: false, position: { stop: 0, blank: false }, mode: 'phase', timerEndsAt: null });
    expect(useGallery.getState().open).toBe(false);
    expect(useFile.getState().handle).toBeNull();
    expect(useSession.getState().notice).toBeNull();
    expect(JSON.stringify(useSessionStore.getState())).toBe(fresh);
  });

  it('a slice hook writes only its own slice of the one store', () => {
    resetSession();
    const before = useSessionStore.getState();
    useSelection.getState().selectSteps(['aloitus']);
    const after = useSessionStore.getState();
    expect(after.selection.steps).toEqual(['aloitus']);
    expect(after.selection.panel).toBe('selection');
    for (const key of ['status', 'confirm', 'gallery', 'keyboard', 'file', 'present'] as const) expect(after[key]).toBe(before[key]);
  });

  it('present mode opens afresh each time: where the last talk stopped is forgotten', () => {
    resetSession();
    usePresent.getState().start(1000);
    usePresent.getState().setPosition({ stop: 3, blank: false });
    usePresent.getState().setPopover('timer');
    usePresent.getState().end();
    usePresent.getState().start(2000);
    expect(usePresent.getState()).toMatchObject({ open: true, startedAt: 2000, position: { stop: 0, blank: false }, popover: null });
  });
});
