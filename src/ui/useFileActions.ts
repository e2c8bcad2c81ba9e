/**
 * Open and Save: io does the reading and writing, the stores take the result.
 * The pickers and writers (src/io/files.ts, with browser-fs-access) load on the first Open or Save, the
 * reader of opened files and images (src/io/openFile.ts) on the first Open or drop, the writer
 * (src/io/writeDiagram.ts) on the first Save.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameFor } from '../io/fileName';
import type { FileHandle } from '../io/files';
import { loadPatterns } from '../layout/text/patterns';
import type { Diagram } from '../model/types';
import { useDocumentStore } from '../store/documentStore';
import { useConfirm, useFile, useSelection, useSession } from '../store/sessionStore';
import { openAsNew } from './diagrams/diagramsStorage';

const files = () => import('../io/files');
/** the writer of a diagram's JSON: on the first Save, with the pickers */
const writer = () => import('../io/writeDiagram');

export function useFileActions() {
  const { t } = useTranslation();
  const store = useDocumentStore();
  const refuse = useSession((s) => s.refuse);
  const notify = useSession((s) => s.notify);
  const ask = useConfirm((s) => s.ask);

  /** Work not saved to a file is replaced only when the person says so. */
  const mayReplace = useCallback(async () => {
    if (store.getState().savedToFile) return true;
    return ask({ title: t('confirmReplaceTitle'), message: t('confirmReplace'), confirm: t('confirmReplaceYes'), cancel: t('cancel') });
  }, [store, ask, t]);

  /** Reads a file (a diagram's JSON, or a PNG or SVG exported by Polku) and opens it; a refused file leaves the open diagram exactly as it was. */
  const openFile = useCallback(
    async (file: File, picked: { handle: FileHandle | null } | null = null) => {
      const { readOpenedFile } = await import('../io/openFile');
      const result = await readOpenedFile(file, file.name);
      if (!result.ok) {
        refuse(file.name, result.problems);
        return;
      }
      if (!(await mayReplace())) return;
      // Swedish and English hyphenation patterns load on demand, before the first layout.
      // Should they fail to load, lines still break at soft hyphens, hyphens and compound seams.
      await loadPatterns(result.diagram.language ?? 'fi').catch(() => undefined);
      // an image opens as its diagram, not saved to a file yet: Save asks for a .json and never writes into the image
      const image = result.kind !== 'json';
      // a new entry of "Omat kaaviot": the diagram shown stays stored as it was
      await openAsNew(() => {
        useFile.getState().setHandle(picked && !image ? picked.handle : null);
        useSelection.getState().selectSteps([]);
        if (image) store.getState().openDiagram(result.diagram, null, { savedToFile: false });
        else store.getState().openDiagram(result.diagram, file.name);
      });
      notify({ kind: 'info', key: 'openedFile', params: { name: file.name } });
    },
    [store, refuse, notify, mayReplace],
  );

  /**
   * Opens a diagram that belongs to no file (a template), already read and validated, the same way
   * as a file: asks first over unsaved work, a fresh history; Save suggests `suggestedName`.
   * Resolves false when the person kept their work.
   */
  const openUnsaved = useCallback(
    async (diagram: Diagram, suggestedName: string) => {
      if (!(await mayReplace())) return false;
      await loadPatterns(diagram.language ?? 'fi').catch(() => undefined);
      await openAsNew(() => {
        useFile.getState().setHandle(null);
        useSelection.getState().selectSteps([]);
        store.getState().newDocument(diagram, suggestedName);
      }, 'template');
      return true;
    },
    [store, mayReplace],
  );

  const open = useCallback(async () => {
    try {
      const { pickDiagramFile, handleOf } = await files();
      const file = await pickDiagramFile();
      if (file) await openFile(file, { handle: handleOf(file) });
    } catch (e) {
      notify({ kind: 'error', key: 'openFailed', params: { reason: e instanceof Error ? e.message : String(e) } });
    }
  }, [openFile, notify]);

  const save = useCallback(async () => {
    const { diagram, fileName, suggestedName } = store.getState();
    const suggested = fileName ?? suggestedName ?? fileNameFor(diagram.title, 'json');
    try {
      const [{ saveJsonFile }, { writeDiagramText }] = await Promise.all([files(), writer()]);
      const result = await saveJsonFile(writeDiagramText(diagram), suggested, useFile.getState().handle, fileName !== null);
      if (result === null) return; // cancelled: nothing written, nothing said
      useFile.getState().setHandle(result.handle);
      const written = result.name;
      // what was written is saved, even if the person edited while the picker was open
      store.getState().markSaved(written, diagram);
      notify({ kind: 'info', key: 'savedFile', params: { name: written } });
    } catch (e) {
      notify({ kind: 'error', key: 'saveFailed', params: { reason: e instanceof Error ? e.message : String(e) } });
    }
  }, [store, notify]);

  return { open, save, openFile, openUnsaved };
}
