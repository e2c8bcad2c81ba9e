/**
 * Work that must not compete with drawing the diagram (the service worker's registration, the screen
 * readers' outline): it runs once the diagram is drawn (DiagramCanvas's 'polku:drawn' mark) and the page has
 * loaded, `afterMs` later (React Flow still measures and shows the steps after the mark), when the browser is
 * idle. Neither its code nor what it fetches then counts in the start-up's JS (test/browser/eagerJs.ts).
 */
export function afterDrawn(run: () => void, afterMs: number): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 5000 }) : run());
  void drawnAndLoaded().then(() => setTimeout(idle, afterMs));
}

/** Once the diagram is drawn and the page has loaded (one observer for every caller). */
let ready: Promise<void> | null = null;
function drawnAndLoaded(): Promise<void> {
  ready ??= new Promise<void>((resolve) => {
    const whenLoaded = () => (document.readyState === 'complete' ? resolve() : window.addEventListener('load', () => resolve(), { once: true }));
    const drawn = () => performance.getEntriesByName('polku:drawn', 'mark').length > 0;
    if (drawn() || typeof PerformanceObserver !== 'function') return whenLoaded();
    const observer = new PerformanceObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      whenLoaded();
    });
    observer.observe({ type: 'mark' });
  });
  return ready;
}
