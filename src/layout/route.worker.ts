/**
 * A worker that routes a large diagram's arrows (links.ts routeLinks) while the page shows the edit with
 * provisional arrows (routeLater.ts): the same function on the same inputs, so the same geometry. Steps only
 * ever move down in routing, so it hands back how far each one moved rather than the steps themselves.
 */
import { routeLinks } from './links';
import type { RouteJob, RouteDone } from './routeJob';
import { loadPatterns } from './text/patterns';

const scope = self as unknown as { onmessage: ((e: MessageEvent<RouteJob>) => void) | null; postMessage: (m: RouteDone, transfer: Transferable[]) => void };

scope.onmessage = async (e) => {
  const { id, links, lanes, steps, x0, x1, lang, patterns } = e.data;
  try {
    // the page's line breaks: its patterns for the language when it had them, else none (as on the page)
    if (patterns) await loadPatterns(lang);
    const began = performance.now();
    const out = routeLinks(links, lanes, steps, x0, x1, lang);
    const ms = performance.now() - began;
    const dy = new Float64Array(steps.length);
    out.steps.forEach((s, i) => (dy[i] = s.y - steps[i]!.y));
    scope.postMessage({ id, ok: true, links: out.links, lanes: out.lanes, dy, bottom: out.bottom, ms }, [dy.buffer]);
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, []);
  }
};
