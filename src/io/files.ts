/**
 * Picking and writing files through browser-fs-access: the File System Access
 * API where the browser has it (so Save writes back to the file that was
 * opened or last saved), a file input and a download elsewhere. A cancelled
 * picker resolves to null; it never turns into a download.
 */
import { fileOpen, fileSave } from 'browser-fs-access';

function isAbort(e: unknown): boolean {
  return e instanceof DOMException ? e.name === 'AbortError' : (e as { name?: string })?.name === 'AbortError';
}

/** The file the open diagram belongs to, where the browser lets Polku write back to it. */
let currentHandle: FileSystemFileHandle | null = null;

/** Another diagram was opened some other way (dropped, new, restored): Save asks where again. */
export function forgetFileHandle(): void {
  currentHandle = null;
}

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

/** Call once a picked file has been opened: Save will write back to it. */
export function rememberFileHandle(file: File): void {
  currentHandle = (file as File & { handle?: FileSystemFileHandle }).handle ?? null;
}

/**
 * Writes `text` as a JSON file; resolves to the name written, or null when the person cancelled.
 * `ownFile`: the open diagram belongs to a file (opened or saved). When it does not (a new
 * diagram, a template, a restored one), the last file's handle is never written into: Save asks.
 */
export async function saveJsonFile(text: string, suggestedName: string, ownFile: boolean): Promise<string | null> {
  if (!ownFile) currentHandle = null;
  const blob = new Blob([text], { type: 'application/json' });
  try {
    const handle = await fileSave(
      blob,
      {
        fileName: suggestedName,
        extensions: ['.json'],
        description: 'Polku',
        mimeTypes: ['application/json'],
        id: 'polku-save',
      },
      currentHandle,
    );
    if (handle) currentHandle = handle;
    return handle?.name ?? suggestedName;
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
