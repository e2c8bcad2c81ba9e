/**
 * The session: everything the person sees around the document that is never
 * saved into the file nor undone — in one store made of slices (status,
 * selection, confirm, gallery, keyboard, file, present), so one call
 * (resetSession) puts all of it back as the page began. The document and its
 * history are a store of their own (documentStore.ts).
 *
 * Each slice keeps its hook (useSelection, useConfirm …): a selector over its
 * part of the one store, with getState, setState and subscribe of its own.
 */
import { create } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { confirmSlice, type ConfirmState } from './session/confirm';
import { fileSlice, type FileState } from './session/file';
import { gallerySlice, type GalleryState } from './session/gallery';
import { keyboardSlice, type KeyboardState } from './session/keyboard';
import { presentSlice, type PresentState } from './session/present';
import { selectionSlice, type SelectionState } from './session/selection';
import type { Slice, SliceSet } from './session/slice';
import { statusSlice, type SessionState } from './session/status';

export type { Notice, Persistence, SessionState } from './session/status';
export type { Panel, SelectionState } from './session/selection';
export type { Question, ConfirmState } from './session/confirm';
export type { GalleryState } from './session/gallery';
export type { KeyboardState } from './session/keyboard';
export type { FileHandle, FileState } from './session/file';
export type { PresentPopover, PresentPosition, PresentState, PresentStopMode } from './session/present';

export type Session = {
  readonly status: SessionState;
  readonly selection: SelectionState;
  readonly confirm: ConfirmState;
  readonly gallery: GalleryState;
  readonly keyboard: KeyboardState;
  readonly file: FileState;
  readonly present: PresentState;
};

const slices: { [K in keyof Session]: Slice<Session[K]> } = {
  status: statusSlice,
  selection: selectionSlice,
  confirm: confirmSlice,
  gallery: gallerySlice,
  keyboard: keyboardSlice,
  file: fileSlice,
  present: presentSlice,
};

type RootSet = StoreApi<Session>['setState'];

/** `set` for one slice: merges into that slice alone. */
function sliceSet<K extends keyof Session>(set: RootSet, key: K): SliceSet<Session[K]> {
  return (partial) =>
    set((s) => ({ [key]: { ...s[key], ...(typeof partial === 'function' ? partial(s[key]) : partial) } }) as Partial<Session>);
}

function makeSlice<K extends keyof Session>(key: K, set: RootSet, get: () => Session): Session[K] {
  return slices[key](sliceSet(set, key), () => get()[key]);
}

/** The app's session (one per page). */
export const useSessionStore = create<Session>()((set, get) => ({
  status: makeSlice('status', set, get),
  selection: makeSlice('selection', set, get),
  confirm: makeSlice('confirm', set, get),
  gallery: makeSlice('gallery', set, get),
  keyboard: makeSlice('keyboard', set, get),
  file: makeSlice('file', set, get),
  present: makeSlice('present', set, get),
}));

const initial = useSessionStore.getState();

/**
 * Every slice back as the page began: nothing selected, no keyboard link nor
 * clip, no question (one waiting is answered "cancel"), no file handle,
 * present mode closed, no notice.
 */
export function resetSession(): void {
  useSessionStore.getState().confirm.question?.answer(false);
  useSessionStore.setState(initial, true);
}

/** A slice's hook: `useX(selector)` in components, `useX.getState()` / `setState` / `subscribe` elsewhere. */
export type SliceHook<T> = {
  <U>(selector: (state: T) => U): U;
  getState: () => T;
  setState: SliceSet<T>;
  subscribe: (listener: (state: T, previous: T) => void) => () => void;
};

function sliceHook<K extends keyof Session>(key: K): SliceHook<Session[K]> {
  const hook = <U>(selector: (state: Session[K]) => U): U => useSessionStore((s) => selector(s[key]));
  return Object.assign(hook, {
    getState: () => useSessionStore.getState()[key],
    setState: sliceSet(useSessionStore.setState, key),
    subscribe: (listener: (state: Session[K], previous: Session[K]) => void) =>
      useSessionStore.subscribe((s, p) => {
        if (s[key] !== p[key]) listener(s[key], p[key]);
      }),
  });
}

export const useSession = sliceHook('status');
export const useSelection = sliceHook('selection');
export const useConfirm = sliceHook('confirm');
export const useGallery = sliceHook('gallery');
export const useKeyboard = sliceHook('keyboard');
export const useFile = sliceHook('file');
export const usePresent = sliceHook('present');

/** Opens the template gallery (its code loads then, the first time). */
export function openTemplateGallery(): void {
  useGallery.getState().show();
}

/** A status slice of its own, for tests that run two "tabs" side by side. */
export function createSessionStore(): StoreApi<SessionState> {
  return createStore<SessionState>()((set, get) => statusSlice(set, get));
}
