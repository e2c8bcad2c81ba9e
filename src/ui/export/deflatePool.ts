/**
 * The workers that deflate a banded PNG's bands (src/io/export/pngBand.worker.ts):
 * two at most, since the main thread draws meanwhile on a 2-core machine; or
 * the page itself where workers cannot start.
 */
import type { BandDone, BandJob } from '../../io/export/pngBandJob';
import type { DeflatedBand } from '../../io/export/pngDeflate';
import { ExportError } from './exportError';

export type Deflater = { run(job: BandJob): Promise<DeflatedBand>; close(): void };

/** Deflating workers, or the page itself where workers cannot start. */
export async function deflaters(): Promise<{ pool: Deflater; size: number }> {
  const count = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 2));
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < count; i++) {
      workers.push(new Worker(new URL('../../io/export/pngBand.worker.ts', import.meta.url), { type: 'module', name: 'polku-png' }));
    }
  } catch {
    workers.forEach((w) => w.terminate());
    workers.length = 0;
  }
  if (workers.length === 0) {
    const { deflateBand } = await import('../../io/export/pngDeflate');
    return {
      size: 1,
      pool: { run: async (j) => deflateBand(new Uint8Array(j.rgba), j.width, j.channels, j.last), close: () => undefined },
    };
  }
  const waiting = new Map<number, { resolve: (b: DeflatedBand) => void; reject: (e: Error) => void }>();
  const load = workers.map(() => 0);
  const failAll = (message: string) => {
    for (const w of waiting.values()) w.reject(new ExportError('image', message));
    waiting.clear();
  };
  workers.forEach((w, i) => {
    w.onmessage = (e: MessageEvent<BandDone>) => {
      load[i]!--;
      const d = e.data;
      const entry = waiting.get(d.id);
      waiting.delete(d.id);
      if (!entry) return;
      if (d.ok) entry.resolve({ idat: d.idat, adler: d.adler, length: d.length, filterMs: d.filterMs, deflateMs: d.deflateMs });
      else entry.reject(new ExportError('image', d.message));
    };
    w.onerror = (e) => failAll(e.message || 'a PNG worker failed');
  });
  return {
    size: workers.length,
    pool: {
      run(job) {
        const i = load.indexOf(Math.min(...load));
        load[i]!++;
        return new Promise<DeflatedBand>((resolve, reject) => {
          waiting.set(job.id, { resolve, reject });
          workers[i]!.postMessage(job, [job.rgba]);
        });
      },
      close: () => workers.forEach((w) => w.terminate()),
    },
  };
}

