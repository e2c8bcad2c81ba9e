/**
 * Picking and writing files through browser-fs-access: the File System Access
 * API where the browser has it (so Save writes back to the file that was
 * opened or last saved), a file input and a download elsewhere. A cancelled
 * picker resolves to null; it never turns into a download. Loaded on the
 * first Open, Save or export (browser-fs-access is not needed to draw).
 * The handle of the file the open diagram belongs to is kept by the caller
 * (the session store's file slice); it is only handed back here.
 */
import { fileOpen, fileSave } from 'browser-fs-access';

function isAbort(e: unknown): boolean {
  return e instanceof DOMException ? e.name === 'AbortError' : (e as { name?: string })?.name === 'AbortError';
}

/** The file the open diagram belongs to, where the browser lets Polku write back to it; opaque to everything but this module. */
export type FileHandle = { readonly name: string };

export async function pickDiagramFile(): Promise<File | null> {
  try {
    const file = await fileOpen({
      description: 'Polku',
      mimeTypes: ['application/json', 'image/png', 'image/svg+xml'],
      extensions: ['.json', '.png', '.svg'],
      id: 'polku-open',
    });
    return file;
  } catch (e) {
    if (isAbort(e)) return null;
    throw e;
  }
}

/** The handle of a picked file (where the browser has the File System Access API): Save may write back to it. */
export function handleOf(file: File): FileHandle | null {
  return (file as File & { handle?: FileSystemFileHandle }).handle ?? null;
}

/**
 * Writes `text` as a JSON file, back into `handle` (the last file opened or saved) when there is one,
 * else the person is asked where; resolves to the name written and the handle to keep for the next Save,
 * or null when the person cancelled. `ownFile`: the open diagram belongs to that file (opened or saved).
 * When it does not (a new diagram, a template, a restored one), the handle is never written into: Save asks.
 */
export async function saveJsonFile(
  text: string,
  suggestedName: string,
  last: FileHandle | null,
  ownFile: boolean,
): Promise<{ name: string; handle: FileHandle | null } | null> {
  const handle = ownFile ? last : null;
  const blob = new Blob([text], { type: 'application/json' });
  try {
    const written = await fileSave(
      blob,
      {
        fileName: suggestedName,
        extensions: ['.json'],
        description: 'Polku',
        mimeTypes: ['application/json'],
        id: 'polku-save',
      },
      // only ever a handle this module gave out (handleOf, or fileSave's own below)
      handle as FileSystemFileHandle | null,
    );
    return { name: written?.name ?? suggestedName, handle: written ?? handle };
  } catch (e) {
    if (isAbort(e)) return null;
    throw e;
  }
}

/** Writes an exported image or document (a new file each time); resolves to the name written, or null when cancelled. */
export async function saveExportFile(blob: Blob, suggestedName: string, extension: string): Promise<string | null> {
  try {
    const handle = await fileSave(blob, {
      fileName: suggestedName,
      extensions: [`.${extension}`],
      description: 'Polku',
      mimeTypes: [blob.type],
      id: 'polku-export',
    });
    return handle?.name ?? suggestedName;
  } catch (e) {
    if (isAbort(e)) return null;
    throw e;
  }
}
