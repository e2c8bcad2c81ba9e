/**
 * "Omat kaaviot / Mina diagram / My diagrams": the diagrams stored in this browser (a thumbnail, the title,
 * the last change), each to open, rename, duplicate or delete; the bin, from which a deleted diagram can be
 * restored for 30 days; and how the browser keeps them (persistent or not, space used and free).
 * A native modal <dialog>, loaded on demand with its words (src/i18n/diagrams.ts), its CSS and the list's
 * storage code (src/io/diagramList.ts).
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diagramsMessages } from '../../i18n/diagrams';
import { addMessages, uiLanguageOf } from '../../i18n/setup';
import {
  binDiagram,
  duplicateDiagram,
  listDiagrams,
  purgeExpired,
  renameDiagram,
  restoreDiagram,
  type DiagramEntry,
  type DiagramList,
} from '../../io/diagramList';
import { megabytes, persistence, space, type Persistent, type Space } from '../../io/storageSpace';
import { TAB_CHANNEL } from '../../io/tabSync';
import { useDocumentStore } from '../../store/documentStore';
import { useFile, useSelection, useSession } from '../../store/sessionStore';
import { useModal } from '../useModal';
import { diagramsStorage } from './diagramsStorage';
import { useDiagramThumbnails } from './thumbnails';
import './diagrams.css';

const ASKED_KEY = 'polku.persistAsked';

/** persist() is asked once, when the person first has more than one diagram (a browser may ask them). */
function askedBefore(): boolean {
  try {
    if (window.localStorage.getItem(ASKED_KEY)) return true;
    window.localStorage.setItem(ASKED_KEY, '1');
  } catch {
    // no local storage: asked each time the list opens with several diagrams
  }
  return false;
}

function useStorageState(count: number | null) {
  const [persistent, setPersistent] = useState<Persistent | null>(null);
  const [room, setRoom] = useState<Space | undefined>(undefined);
  useEffect(() => {
    if (count === null) return;
    let cancelled = false;
    void (async () => {
      const answer = await persistence(count > 1 && !askedBefore());
      const estimate = await space();
      if (cancelled) return;
      setPersistent(answer);
      setRoom(estimate);
    })();
    return () => {
      cancelled = true;
    };
  }, [count]);
  return { persistent, room };
}

export function DiagramsDialog({ onClose, onVersions }: { onClose: () => void; onVersions?: () => void }) {
  const { t, i18n } = useTranslation();
  addMessages(i18n, 'diagramList', diagramsMessages);
  const lang = uiLanguageOf(i18n);
  const ref = useModal(true);
  const titleId = useId();
  const binId = useId();
  const store = useDocumentStore();
  const notify = useSession((s) => s.notify);
  const wired = diagramsStorage();
  // the list closes when another diagram is opened: the one shown does not change while it is open
  const currentId = wired?.storage.currentId() ?? null;
  const shown = wired?.persistence;
  const [list, setList] = useState<DiagramList | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const busy = useRef(false);
  const { persistent, room } = useStorageState(list ? list.diagrams.length : null);
  const thumbnails = useDiagramThumbnails(list?.diagrams ?? []);

  const refresh = useCallback(async () => {
    if (!wired) return setList({ diagrams: [], bin: [] });
    const expired = await purgeExpired(wired.storage, Date.now());
    const listed = await listDiagrams(wired.storage, Date.now());
    setList(listed);
    // the versions of a diagram gone for good go with it (not one restored meanwhile by another tab)
    const gone = expired.filter((id) => ![...listed.diagrams, ...listed.bin].some((e) => e.id === id));
    if (gone.length > 0) void import('../../io/versions').then((m) => m.forgetVersions(m.createVersionStorage(), gone)).catch(() => undefined);
  }, [wired]);

  // the diagram shown is stored first, so that the list has it as it is now
  useEffect(() => {
    void (shown?.storeShown() ?? Promise.resolve(false)).finally(() => void refresh().catch(() => setList({ diagrams: [], bin: [] })));
  }, [refresh, shown]);

  const close = () => ref.current?.close();
  const titleOf = (e: DiagramEntry) => (e.title === null ? t('diagramList.unreadable') : e.title.replace(/\u00ad/g, '') || t('diagramList.untitled'));
  const when = (ms: number) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);

  /** One action at a time; what it did is told, and the list read again. */
  const act = async (work: () => Promise<{ readonly key: string; readonly title: string } | null>) => {
    if (busy.current || !wired) return;
    busy.current = true;
    try {
      const told = await work();
      if (told) notify({ kind: 'info', key: `diagramList.${told.key}`, params: { title: told.title } });
    } catch (e) {
      notify({ kind: 'error', key: 'diagramList.failed', params: { reason: e instanceof Error ? e.message : String(e) } });
    } finally {
      busy.current = false;
      await refresh().catch(() => undefined);
      // the button pressed may be gone (an entry moved to the bin or back): the focus stays in the dialog
      requestAnimationFrame(() => {
        const dialog = ref.current;
        if (dialog?.open && !dialog.contains(document.activeElement)) dialog.querySelector<HTMLElement>('h2')?.focus();
      });
    }
  };

  const open = (e: DiagramEntry) =>
    act(async () => {
      if (!(await shown!.switchTo(e.id))) return null; // told by the persistence
      useFile.getState().setHandle(null);
      useSelection.getState().selectSteps([]);
      close();
      return { key: 'opened', title: titleOf(e) };
    });

  const rename = (e: DiagramEntry, title: string) =>
    act(async () => {
      setRenaming(null);
      if (e.id === currentId) {
        // the diagram shown: an edit like any other (undone with Undo, stored by the autosave)
        store.getState().apply({ ...store.getState().diagram, title });
        await shown!.storeShown();
      } else {
        const savedAt = Date.now();
        await renameDiagram(wired!.storage, e.id, title, savedAt, wired!.tabId);
        // the tabs showing it are told, as of any change stored by another tab
        if (typeof BroadcastChannel === 'function') {
          const channel = new BroadcastChannel(TAB_CHANNEL);
          channel.postMessage({ type: 'saved', id: e.id, tabId: wired!.tabId, savedAt });
          channel.close();
        }
      }
      return { key: 'renamed', title: title };
    });

  const duplicate = (e: DiagramEntry) =>
    act(async () => {
      if (e.id === currentId) await shown!.storeShown();
      const title = t('diagramList.copyTitle', { title: e.title ?? '' });
      await duplicateDiagram(wired!.storage, e.id, title, Date.now());
      return { key: 'duplicated', title: title };
    });

  const remove = (e: DiagramEntry) =>
    act(async () => {
      if (e.id === currentId) {
        // the diagram shown goes to the bin: the one changed last of the others is shown instead
        const next = list?.diagrams.find((d) => d.id !== e.id && d.title !== null);
        if (!next || !(await shown!.switchTo(next.id))) return null;
        useFile.getState().setHandle(null);
        useSelection.getState().selectSteps([]);
      }
      await binDiagram(wired!.storage, e.id, Date.now());
      return { key: 'deleted', title: titleOf(e) };
    });

  const restore = (e: DiagramEntry) =>
    act(async () => {
      await restoreDiagram(wired!.storage, e.id);
      return { key: 'restored', title: titleOf(e) };
    });

  return (
    <dialog ref={ref} aria-labelledby={titleId} className="polku-dialog polku-diagrams" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <div className="polku-diagrams-head">
        <h2 id={titleId} tabIndex={-1}>
          {t('diagramList.heading')}
        </h2>
        <button type="button" onClick={close}>
          {t('diagramList.close')}
        </button>
      </div>
      <p className="polku-diagrams-intro">{t('diagramList.intro')}</p>
      <StorageLine persistent={persistent} room={room} lang={lang} />
      {list === null ? (
        <p role="status">{t('diagramList.loading')}</p>
      ) : (
        <ul className="polku-diagrams-list" aria-label={t('diagramList.list')}>
          {list.diagrams.map((e) => {
            const title = e.id === currentId ? store.getState().diagram.title.replace(/\u00ad/g, '') || titleOf(e) : titleOf(e);
            return (
              <li key={e.id} className={e.id === currentId ? 'is-current' : undefined} data-diagram={e.id}>
                <span className="polku-diagrams-thumb">{thumbnails[e.id] && <img src={thumbnails[e.id]} alt="" />}</span>
                <div className="polku-diagrams-text">
                  <h3>{title}</h3>
                  <p>
                    {t('diagramList.changed', { when: when(e.updatedAt) })}
                    {e.id === currentId && <strong className="polku-diagrams-current">{t('diagramList.current')}</strong>}
                  </p>
                  {renaming === e.id && (
                    <RenameForm
                      title={title}
                      onSave={(next) => void rename(e, next)}
                      onCancel={() => setRenaming(null)}
                    />
                  )}
                </div>
                <div className="polku-diagrams-actions">
                  {e.id !== currentId && (
                    <button type="button" aria-label={t('diagramList.openLabel', { title })} onClick={() => void open(e)}>
                      {t('diagramList.open')}
                    </button>
                  )}
                  {e.id === currentId && onVersions && (
                    <button type="button" aria-haspopup="dialog" aria-label={t('diagramList.versionsLabel', { title })} onClick={onVersions}>
                      {t('diagramList.versions')}
                    </button>
                  )}
                  {e.title !== null && (
                    <>
                      <button type="button" aria-label={t('diagramList.renameLabel', { title })} onClick={() => setRenaming(e.id)}>
                        {t('diagramList.rename')}
                      </button>
                      <button type="button" aria-label={t('diagramList.duplicateLabel', { title })} onClick={() => void duplicate(e)}>
                        {t('diagramList.duplicate')}
                      </button>
                    </>
                  )}
                  {e.title !== null && (e.id !== currentId || list.diagrams.some((d) => d.id !== e.id && d.title !== null)) && (
                    <button type="button" aria-label={t('diagramList.deleteLabel', { title })} onClick={() => void remove(e)}>
                      {t('diagramList.delete')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <section aria-labelledby={binId} className="polku-diagrams-bin">
        <h3 id={binId}>{t('diagramList.bin')}</h3>
        <p>{t('diagramList.binIntro')}</p>
        {list && list.bin.length === 0 && <p>{t('diagramList.binEmpty')}</p>}
        {list && list.bin.length > 0 && (
          <ul className="polku-diagrams-list" aria-label={t('diagramList.bin')}>
            {list.bin.map((e) => (
              <li key={e.id} data-diagram={e.id}>
                <div className="polku-diagrams-text">
                  <h4>{titleOf(e)}</h4>
                  <p>{t('diagramList.daysLeft', { count: e.daysLeft ?? 0 })}</p>
                </div>
                <div className="polku-diagrams-actions">
                  <button type="button" aria-label={t('diagramList.restoreLabel', { title: titleOf(e) })} onClick={() => void restore(e)}>
                    {t('diagramList.restore')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </dialog>
  );
}

function RenameForm({ title, onSave, onCancel }: { title: string; onSave: (title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const id = useId();
  return (
    <form
      className="polku-diagrams-rename"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onSave(value.trim());
      }}
    >
      <label htmlFor={id}>{t('diagramList.newName')}</label>
      <input id={id} value={value} autoFocus onChange={(e) => setValue(e.target.value)} />
      <button type="submit">{t('diagramList.saveName')}</button>
      <button type="button" onClick={onCancel}>
        {t('diagramList.cancel')}
      </button>
    </form>
  );
}

/** Whether the browser keeps the diagrams persistently, and the space used and free (in the UI's language). */
function StorageLine({ persistent, room, lang }: { persistent: Persistent | null; room: Space | undefined; lang: string }) {
  const { t } = useTranslation();
  if (persistent === null || room === undefined) return null;
  return (
    <div className="polku-diagrams-storage">
      <p>
        {room
          ? t('diagramList.space', { used: megabytes(room.used, lang), free: megabytes(Math.max(0, room.quota - room.used), lang) })
          : t('diagramList.spaceUnknown')}
      </p>
      {persistent.state === 'yes' && <p>{t('diagramList.persistent')}</p>}
      {(persistent.state === 'no' || persistent.state === 'unknown') && <p className="is-warning">{t('diagramList.notPersistent')}</p>}
      {persistent.state === 'failed' && <p className="is-warning">{t('diagramList.persistFailed', { reason: persistent.reason })}</p>}
    </div>
  );
}
