/**
 * How the browser keeps what Polku stores: whether it promised to keep it (navigator.storage.persist()),
 * and how much space is used and left (estimate()). Loaded with the list of diagrams.
 */

/** 'yes'/'no': the browser's answer; 'failed': asking threw; 'unknown': no such API here. */
export type Persistent = { readonly state: 'yes' | 'no' | 'unknown' } | { readonly state: 'failed'; readonly reason: string };

export type Space = { readonly used: number; readonly quota: number } | null;

type Manager = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

const manager = (): Manager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.storage);

/**
 * Whether the storage is persistent; when it is not and `ask`, asks once (the browser may ask the person).
 * A refusal or a failure changes nothing else: it is only told.
 */
export async function persistence(ask: boolean, storage: Manager | undefined = manager()): Promise<Persistent> {
  try {
    if (!storage?.persisted && !storage?.persist) return { state: 'unknown' };
    if (storage.persisted && (await storage.persisted())) return { state: 'yes' };
    if (!ask || !storage.persist) return { state: storage.persisted ? 'no' : 'unknown' };
    return { state: (await storage.persist()) ? 'yes' : 'no' };
  } catch (error) {
    return { state: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Bytes used and the most the browser allows; null when it does not tell. */
export async function space(storage: Manager | undefined = manager()): Promise<Space> {
  try {
    const estimate = await storage?.estimate?.();
    if (typeof estimate?.usage !== 'number' || typeof estimate.quota !== 'number') return null;
    return { used: estimate.usage, quota: estimate.quota };
  } catch {
    return null;
  }
}

/** Bytes as megabytes in the UI's language ("1,2 Mt", "1.2 MB"). */
export function megabytes(bytes: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1_000_000);
}
