/** The messages between the page and a PNG export worker (pngBand.worker.ts). */
import type { Channels } from './pngEncode';

/** One band of RGBA pixels (its buffer is handed over) to deflate. */
export type BandJob = { id: number; rgba: ArrayBuffer; width: number; channels: Channels; last: boolean };

export type BandDone =
  | { id: number; ok: true; idat: Uint8Array; adler: number; length: number; filterMs: number; deflateMs: number }
  | { id: number; ok: false; message: string };
