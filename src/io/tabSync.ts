/**
 * Tabs of the same browser tell each other when they store the diagram, over
 * a BroadcastChannel named 'polku'. A tab that hears of a newer diagram stored
 * by another tab is "behind": it does not write its own older state over it
 * until the person edits in it (then that edit is the person's latest choice).
 * Each message names the diagram stored: only the tabs showing that diagram
 * listen to it (a message without one is an earlier build's, of the first diagram).
 */
import { FIRST_ID, newDiagramId, type AutosaveRecord } from './autosaveStorage.ts';

export const TAB_CHANNEL = 'polku';

/** What BroadcastChannel offers that is used here (a stand-in in tests). */
export type TabChannel = Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener' | 'close'>;

export type SavedMessage = { readonly type: 'saved'; readonly id: string; readonly tabId: string; readonly savedAt: number };

export type TabSync = {
  /** tells the other tabs that this tab stored `record` of the diagram it shows */
  announce(record: AutosaveRecord): void;
  close(): void;
};

/** `shown()`: the id of the diagram this tab shows now (it changes when the person opens another). */
export function openTabSync(
  channel: TabChannel,
  tabId: string,
  shown: () => string,
  onOtherTabSaved: (message: SavedMessage) => void,
): TabSync {
  const onMessage = (event: Event) => {
    const data = (event as MessageEvent<unknown>).data;
    const message = isSavedMessage(data) ? { ...data, id: data.id ?? FIRST_ID } : null;
    if (message && message.tabId !== tabId && message.id === shown()) onOtherTabSaved(message);
  };
  channel.addEventListener('message', onMessage);
  return {
    announce: (record) => {
      const message: SavedMessage = { type: 'saved', id: shown(), tabId, savedAt: record.savedAt };
      channel.postMessage(message);
    },
    close: () => {
      channel.removeEventListener('message', onMessage);
      channel.close();
    },
  };
}

function isSavedMessage(v: unknown): v is Omit<SavedMessage, 'id'> & { readonly id?: string } {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as Record<string, unknown>;
  // an `id` that is not a string matches no diagram's
  return m['type'] === 'saved' && typeof m['tabId'] === 'string' && typeof m['savedAt'] === 'number';
}

/** A new id for this tab. */
export const newTabId = newDiagramId;
