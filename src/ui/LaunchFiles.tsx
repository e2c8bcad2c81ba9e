/**
 * A file the operating system opens with the installed app (the manifest's file_handlers: a diagram's .json,
 * or a .png/.svg exported by Polku), where the browser supports it (`window.launchQueue`): it opens exactly as
 * through Open — asking first over work not saved to a file. Elsewhere Open's picker and dropping a file remain.
 */
import { useEffect, useRef } from 'react';
import { useSession } from '../store/sessionStore';
import { useFileActions } from './useFileActions';

/** The File Handling API's part Polku uses (not yet in TypeScript's DOM types). */
type LaunchParams = { readonly files: readonly FileSystemHandle[] };
type LaunchQueue = { setConsumer(consumer: (params: LaunchParams) => void): void };

const isFile = (h: FileSystemHandle): h is FileSystemFileHandle => h.kind === 'file';

export function LaunchFiles() {
  const { openFile } = useFileActions();
  const notify = useSession((s) => s.notify);
  // the consumer is set once; it opens with the current openFile (which changes with the UI language)
  const open = useRef(openFile);
  const failed = useRef(notify);
  useEffect(() => {
    open.current = openFile;
    failed.current = notify;
  }, [openFile, notify]);
  useEffect(() => {
    const queue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
    if (!queue) return;
    queue.setConsumer((params) => {
      // one diagram is open at a time: the first file given
      const handle = params.files.find(isFile);
      if (!handle) return;
      handle
        .getFile()
        .then((file) => open.current(file, { handle }))
        .catch((e: unknown) => failed.current({ kind: 'error', key: 'openFailed', params: { reason: e instanceof Error ? e.message : String(e) } }));
    });
  }, []);
  return null;
}
