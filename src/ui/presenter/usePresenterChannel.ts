/**
 * The presenter window's side of present mode's channel (../present/channel.ts):
 * it says hello on start and again every 2 s while it has no state (the
 * audience window may open later, or be reloaded; after the talk ends it keeps
 * asking, so a talk started again is followed), keeps the last state it got,
 * notices the end, and sends commands. 'exit' is never sent from here: Escape
 * in the presenter window must not end the talk.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { StopMode } from '../../layout/stops';
import { openPresentChannel, type PresentCommand, type PresentMessage, type PresentState } from '../present/channel';

export const HELLO_EVERY_MS = 2000;

export type Received =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'state'; readonly state: PresentState }
  | { readonly kind: 'ended' };

const MODES: readonly StopMode[] = ['phase', 'step'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/** A state that can be shown: the shape the audience window sends (other messages on the channel are ignored). */
export function isPresentState(m: unknown): m is PresentState {
  if (!isObject(m) || m.type !== 'state' || !isObject(m.diagram)) return false;
  const d = m.diagram;
  return (
    typeof d.title === 'string' &&
    Array.isArray(d.lanes) &&
    Array.isArray(d.phases) &&
    Array.isArray(d.steps) &&
    MODES.includes(m.mode as StopMode) &&
    Number.isInteger(m.stop) &&
    typeof m.blank === 'boolean' &&
    isTime(m.startedAt) &&
    (m.timerEndsAt === null || isTime(m.timerEndsAt))
  );
}

export function usePresenterChannel(open: () => BroadcastChannel | null = openPresentChannel) {
  const [received, setReceived] = useState<Received>({ kind: 'waiting' });
  const channel = useRef<BroadcastChannel | null>(null);

  useEffect(() => {
    const c = open();
    channel.current = c;
    if (c === null) return;
    let live = false;
    const hello = () => c.postMessage({ type: 'hello' } satisfies PresentMessage);
    c.onmessage = (e: MessageEvent<unknown>) => {
      const m = e.data;
      if (isPresentState(m)) {
        live = true;
        setReceived({ kind: 'state', state: m });
      } else if (isObject(m) && m.type === 'ended') {
        live = false;
        setReceived({ kind: 'ended' });
      }
    };
    hello();
    const timer = window.setInterval(() => {
      if (!live) hello();
    }, HELLO_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      c.close();
      channel.current = null;
    };
  }, [open]);

  const send = useCallback((command: PresentCommand) => {
    if (command === 'exit') return; // the talk ends only in the audience window
    channel.current?.postMessage({ type: 'command', command } satisfies PresentMessage);
  }, []);

  return { received, send };
}
