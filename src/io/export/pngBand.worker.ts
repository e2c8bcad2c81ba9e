/**
 * An export worker: deflates the bands of a PNG that the page rasterises
 * (src/ui/export/rasterPng.ts), one message per band, in any order.
 */
import { deflateBand } from './pngDeflate';
import type { BandJob, BandDone } from './pngBandJob';

const scope = self as unknown as { onmessage: ((e: MessageEvent<BandJob>) => void) | null; postMessage: (m: BandDone, transfer: Transferable[]) => void };

scope.onmessage = (e) => {
  const { id, rgba, width, channels, last } = e.data;
  try {
    const band = deflateBand(new Uint8Array(rgba), width, channels, last);
    scope.postMessage({ id, ok: true, ...band }, [band.idat.buffer]);
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, []);
  }
};
