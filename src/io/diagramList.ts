/**
 * "Omat kaaviot / Mina diagram / My diagrams": the diagrams stored in this
 * browser, each under a key of its own (src/io/autosaveStorage.ts), and the bin.
 * Loaded with the list (and when a diagram is added), not at start-up.
 *
 * Every change of a record is one transaction that reads it and writes it
 * back (idb-keyval's `update`), so that a tab's autosave between the two
 * cannot be lost; a record this build cannot read is left exactly as it was.
 * Deleting sets `deletedAt`: the diagram stays in the bin for BIN_DAYS days,
 * from which it can be restored; after that `purgeExpired` deletes it.
 */
import { entries, promisifyRequest, update } from 'idb-keyval';
import { isJsonObject } from '../model/json.ts';
import type { Diagram } from '../model/types.ts';
import { loadPatterns } from '../layout/text/patterns.ts';
import {
  FIRST_ID,
  idOfKey,
  isLive,
  isRecordShaped,
  keyOf,
  mayWriteOver,
  metaOf,
  newDiagramId,
  type AutosaveRecord,
  type DiagramStorage,
} from './autosaveStorage.ts';

export const BIN_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type DiagramEntry = {
  readonly id: string;
  /** the diagram's title; null when the record cannot be read here */
  readonly title: string | null;
  /** the stored diagram as it is (read with src/io/readDiagram.ts for a thumbnail) */
  readonly diagram: unknown;
  readonly createdAt: number;
  /** its last change (the last time it was stored) */
  readonly updatedAt: number;
  /** when it went to the bin; undefined for a diagram in the list */
  readonly deletedAt?: number;
  /** in the bin: whole days until it is deleted for good */
  readonly daysLeft?: number;
};

export type DiagramList = { readonly diagrams: readonly DiagramEntry[]; readonly bin: readonly DiagramEntry[] };

type Store = Pick<DiagramStorage, 'store'>;

/** What the browser holds: the diagrams (last changed first) and the bin (most recently deleted first). */
export async function listDiagrams(storage: Store, now: number): Promise<DiagramList> {
  const all = (await entries<IDBValidKey, unknown>(storage.store()))
    .map(([key, value]) => ({ id: idOfKey(key), value }))
    .filter((e): e is { id: string; value: unknown } => e.id !== null)
    .map(({ id, value }) => entryOf(id, value, now));
  const byDate = (a: number, b: number) => b - a;
  return {
    diagrams: all.filter((e) => e.deletedAt === undefined).sort((a, b) => byDate(a.updatedAt, b.updatedAt)),
    bin: all.filter((e) => e.deletedAt !== undefined).sort((a, b) => byDate(a.deletedAt!, b.deletedAt!)),
  };
}

function entryOf(id: string, value: unknown, now: number): DiagramEntry {
  const shaped = isRecordShaped(value);
  const diagram = shaped ? value.diagram : undefined;
  const title = isJsonObject(diagram) && typeof (diagram as Record<string, unknown>)['title'] === 'string' ? (diagram as { title: string }).title : null;
  const updatedAt = shaped ? value.savedAt : 0;
  const { createdAt = updatedAt, deletedAt } = metaOf(value);
  return {
    id,
    title: shaped && mayWriteOver(value) ? title : null,
    diagram,
    createdAt,
    updatedAt,
    ...(deletedAt !== undefined && { deletedAt, daysLeft: Math.max(0, Math.ceil((deletedAt + BIN_DAYS * DAY_MS - now) / DAY_MS)) }),
  };
}

/**
 * Changes diagram `id`'s record in one transaction; a record this build cannot read (or none) is left as it
 * was, and then this throws (the caller tells it).
 */
async function change(storage: Store, id: string, how: (record: AutosaveRecord & Record<string, unknown>) => object): Promise<void> {
  let changed = false;
  await update<unknown>(
    keyOf(id),
    (value) => {
      if (value === undefined || !mayWriteOver(value)) return value;
      changed = true;
      return how(value as AutosaveRecord & Record<string, unknown>);
    },
    storage.store(),
  );
  if (!changed) throw new Error(`diagram ${id} cannot be changed here`);
}

/** Gives diagram `id` a new title (the diagram's own title); a change stamped `now` by `tabId`. */
export function renameDiagram(storage: Store, id: string, title: string, now: number, tabId: string): Promise<void> {
  return change(storage, id, (r) => ({ ...r, diagram: { ...r.diagram, title }, savedAt: now, tabId }));
}

/** Moves diagram `id` to the bin. */
export function binDiagram(storage: Store, id: string, now: number): Promise<void> {
  return change(storage, id, (r) => ({ ...r, deletedAt: now }));
}

/** Takes diagram `id` back from the bin. */
export function restoreDiagram(storage: Store, id: string): Promise<void> {
  return change(storage, id, (r) => {
    const { deletedAt: _, ...rest } = r;
    return rest;
  });
}

/**
 * Stores `diagram` as a new entry of the list (it is not opened) and gives its id: e.g. a diagram from a
 * share link, to be opened with the app's switchTo(id).
 */
export async function addDiagram(
  storage: Store,
  diagram: Diagram,
  { fileName = null, savedToFile = false, now = Date.now(), tabId = 'list' }: { fileName?: string | null; savedToFile?: boolean; now?: number; tabId?: string } = {},
): Promise<string> {
  const id = newDiagramId();
  const record: AutosaveRecord & { createdAt: number } = { diagram, fileName, savedToFile, savedAt: now, tabId, createdAt: now };
  await update<unknown>(keyOf(id), () => record, storage.store());
  return id;
}

/** A copy of diagram `id` as a new entry titled `title` (not opened); its id. */
export async function duplicateDiagram(storage: Store, id: string, title: string, now: number): Promise<string> {
  const { diagrams, bin } = await listDiagrams(storage, now);
  const source = [...diagrams, ...bin].find((e) => e.id === id);
  if (!source || source.title === null) throw new Error(`diagram ${id} cannot be copied here`);
  return addDiagram(storage, { ...(source.diagram as Diagram), title }, { now });
}

/** Deletes for good the diagrams in the bin longer than BIN_DAYS days; their ids. */
/** The diagram not in the bin changed last; a new id when every one is in the bin; 'document' when there are none. */
export async function newestLive(storage: Store): Promise<string> {
  const all = (await entries<IDBValidKey, unknown>(storage.store())).filter(([key]) => idOfKey(key) !== null);
  const savedAt = (v: unknown) => (isRecordShaped(v) ? v.savedAt : 0);
  const newest = all.filter(([, v]) => isLive(v)).sort(([, a], [, b]) => savedAt(b) - savedAt(a))[0];
  return newest ? idOfKey(newest[0])! : all.length === 0 ? FIRST_ID : newDiagramId();
}

/** What the app's persistence offers to show a stored diagram (src/io/persistence.ts). */
export type Shower = {
  /** stores the diagram shown; false (told) when it cannot be */
  storeShown(): Promise<boolean>;
  /** shows `record`, diagram `id`'s, from now on */
  showStored(id: string, record: AutosaveRecord): void;
  notify(notice: { kind: 'error'; key: string; params?: Record<string, string> }): void;
};

/**
 * Shows stored diagram `id` in place of the one shown, which is stored first (no question: it is stored).
 * False, told, when the one shown cannot be stored (it stays) or `id` cannot be read (an unreadable record
 * is kept aside and told, as at start-up).
 */
export async function switchDiagram(storage: DiagramStorage, shower: Shower, id: string): Promise<boolean> {
  if (id === storage.currentId()) return true;
  if (!(await shower.storeShown())) return false;
  let record: AutosaveRecord | undefined;
  try {
    record = await storage.read(id);
  } catch (error) {
    shower.notify({ kind: 'error', key: 'diagramList.notOpened', params: { reason: error instanceof Error ? error.message : String(error) } });
    return false;
  }
  if (!record) return false;
  // its hyphenation patterns before it is drawn, as Open does
  await loadPatterns(record.diagram.language ?? 'fi').catch(() => undefined);
  shower.showStored(id, record);
  return true;
}

export async function purgeExpired(storage: Store, now: number): Promise<string[]> {
  const { bin } = await listDiagrams(storage, now);
  const expired = bin.filter((e) => now - e.deletedAt! >= BIN_DAYS * DAY_MS).map((e) => e.id);
  for (const id of expired) {
    // deleted in the transaction that finds it still expired (another tab may have restored it meanwhile)
    await storage.store()('readwrite', (s) => {
      const request = s.get(keyOf(id));
      request.onsuccess = () => {
        const { deletedAt } = metaOf(request.result);
        if (deletedAt !== undefined && now - deletedAt >= BIN_DAYS * DAY_MS) s.delete(keyOf(id));
      };
      return promisifyRequest(s.transaction);
    });
  }
  return expired;
}
