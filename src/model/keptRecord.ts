/**
 * A record the browser stored that this build could not read (a newer format, a damaged one, one whose
 * migration failed, or one start-up could not read in time). It is never dropped nor written over: it is kept aside exactly as it was, with why and
 * when, until the person downloads or deletes it.
 */
export type KeptReason =
  /** made by a newer Polku: its diagram's format version is past what this build reads */
  | { readonly kind: 'newer'; readonly version: number }
  /** a migration from an older format failed; `detail` is its message */
  | { readonly kind: 'migration'; readonly detail: string }
  /** not a record, or its diagram does not read as one */
  | { readonly kind: 'damaged' }
  /** start-up could not read the storage in time, so the page began without it; kept before the first write */
  | { readonly kind: 'unread' };

export type KeptRecord = {
  /** its key in storage */
  readonly id: string;
  /** exactly what was stored */
  readonly value: unknown;
  readonly reason: KeptReason;
  /** when it was moved aside, ms since the epoch */
  readonly keptAt: number;
};
