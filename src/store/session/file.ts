/**
 * The file the open diagram belongs to, where the browser lets Polku write
 * back to it (a File System Access handle). A browser object the store never
 * looks into: only its name is typed; src/io/files.ts hands it to the browser.
 */
import type { Slice } from './slice';

export type FileHandle = { readonly name: string };

export type FileState = {
  /** null: Save asks where (a new diagram, a template, a dropped or restored one, or a browser without the API) */
  readonly handle: FileHandle | null;
  setHandle: (handle: FileHandle | null) => void;
};

export const fileSlice: Slice<FileState> = (set) => ({
  handle: null,
  setHandle: (handle) => set({ handle }),
});
