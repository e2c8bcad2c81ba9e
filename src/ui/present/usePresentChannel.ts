/**
 * The audience window's side of present mode's channel (./channel.ts): it
 * posts the state on every change and in reply to a hello, obeys commands
 * from the presenter window, and says `ended` when present mode ends.
 */
import { useEffect, useRef } from 'react';
import { openPresentChannel, type PresentCommand, type PresentMessage, type PresentState } from './channel';

const COMMANDS: readonly PresentCommand[] = ['next', 'previous', 'first', 'last', 'blank', 'exit'];

export function isCommandMessage(m: unknown): m is Extract<PresentMessage, { type: 'command' }> {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return r['type'] === 'command' && COMMANDS.includes(r['command'] as PresentCommand);
}

const isHello = (m: unknown) => typeof m === 'object' && m !== null && (m as Record<string, unknown>)['type'] === 'hello';

export function usePresentChannel(
  state: PresentState,
  onCommand: (command: PresentCommand) => void,
  open: () => BroadcastChannel | null = openPresentChannel,
): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(state);
  const command = useRef(onCommand);
  useEffect(() => {
    latest.current = state;
    command.current = onCommand;
  });

  useEffect(() => {
    const c = open();
    channel.current = c;
    if (c === null) return;
    c.onmessage = (e: MessageEvent<unknown>) => {
      if (isHello(e.data)) c.postMessage(latest.current);
      else if (isCommandMessage(e.data)) command.current(e.data.command);
    };
    return () => {
      c.postMessage({ type: 'ended' } satisfies PresentMessage);
      c.close();
      channel.current = null;
    };
  }, [open]);

  useEffect(() => {
    channel.current?.postMessage(state);
  }, [state]);
}
