/**
 * Save writes back into the file the diagram came from, and only into it:
 * after a new diagram (or a template, or one restored from the browser) the
 * last opened file's handle is not used, so Save asks where instead of
 * overwriting that other file.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fsAccess = vi.hoisted(() => ({ fileOpen: vi.fn(), fileSave: vi.fn() }));
vi.mock('browser-fs-access', () => fsAccess);

import { handleOf, pickDiagramFile, saveJsonFile, type FileHandle } from '../../../src/io/files.ts';

const opened = { name: 'kanta-hame.json', kind: 'file' } as unknown as FileSystemFileHandle;

/** The handle the caller keeps (the session store's file slice, in the app). */
let kept: FileHandle | null = null;

/** Saves as the app does: with the kept handle, keeping the one given back. */
async function save(name: string, ownFile: boolean) {
  const result = await saveJsonFile('{}', name, kept, ownFile);
  if (result) kept = result.handle;
  return result?.name;
}

beforeEach(async () => {
  fsAccess.fileOpen.mockReset();
  fsAccess.fileSave.mockReset();
  fsAccess.fileOpen.mockResolvedValue(Object.assign(new File(['{}'], 'kanta-hame.json'), { handle: opened }));
  fsAccess.fileSave.mockImplementation(async (_blob: Blob, options: { fileName: string }, handle: FileSystemFileHandle | null) => handle ?? { name: options.fileName });
  kept = handleOf((await pickDiagramFile())!);
});

describe('saveJsonFile', () => {
  it('writes back into the opened file while the diagram belongs to it', async () => {
    expect(await save('kanta-hame.json', true)).toBe('kanta-hame.json');
    expect(fsAccess.fileSave.mock.calls[0]![2]).toBe(opened);
  });

  it('never writes into the last opened file for a diagram that belongs to no file (New, a template): it asks', async () => {
    expect(await save('uusi-osallisuuspolku.json', false)).toBe('uusi-osallisuuspolku.json');
    expect(fsAccess.fileSave.mock.calls[0]![2]).toBeNull();
    // and the forgotten handle stays forgotten: the next save goes to the file just written
    await save('uusi-osallisuuspolku.json', true);
    expect(fsAccess.fileSave.mock.calls[1]![2]).toEqual({ name: 'uusi-osallisuuspolku.json' });
  });
});
