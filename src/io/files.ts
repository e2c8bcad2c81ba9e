/**
 * Picking and writing files through browser-fs-access: the File System Access
 * API where the browser has it, a file input and a download elsewhere.
 * A cancelled picker resolves to null; it never turns into a download.
 */
import { fileOpen, fileSave } from 'browser-fs-access';

function isAbort(e: unknown): boolean {
  return e instanceof DOMException ? e.name === 'AbortError' : (e as { name?: string })?.name === 'AbortError';
}

export async function pickDiagramFile(): Promise<File | null> {
  try {
    return await fileOpen({
      description: 'Polku',
      mimeTypes: ['application/json'],
      extensions: ['.json'],
      id: 'polku-open',
    });
  } catch (e) {
    if (isAbort(e)) return null;
    throw e;
  }
}

/** Writes `text` as a JSON file; resolves to the name written, or null when the person cancelled. */
export async function saveJsonFile(text: string, suggestedName: string): Promise<string | null> {
  const blob = new Blob([text], { type: 'application/json' });
  try {
    const handle = await fileSave(blob, {
      fileName: suggestedName,
      extensions: ['.json'],
      description: 'Polku',
      mimeTypes: ['application/json'],
      id: 'polku-save',
    });
    return handle?.name ?? suggestedName;
  } catch (e) {
    if (isAbort(e)) return null;
    throw e;
  }
}
