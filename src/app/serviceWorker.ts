/**
 * The service worker (dist/sw.js, made by vite-plugin-pwa with Workbox; see vite.config.ts): it keeps the
 * whole app so that, after the first visit, it starts and works with the network off. Registered from here,
 * a module loaded once the editor is drawn and the page is idle (src/app/main.tsx), so neither workbox-window
 * nor this code is part of the start-up's JS.
 *
 * A new version is only offered (the update slice; src/ui/UpdateBanner.tsx asks): it is taken in, and the page
 * reloaded, when the person presses Update — never by itself. (vite-plugin-pwa's own `virtual:pwa-register`
 * is not used: it reloads the page whenever the controlling worker changes, also when another tab took the
 * update in, and in one case when a worker installs.)
 */
import { Workbox } from 'workbox-window';
import { useUpdate } from '../store/sessionStore';

/** How often, at most, a page that comes back into view asks the server whether there is a new version. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export async function registerServiceWorker(): Promise<void> {
  // relative to the page: the worker's scope is the folder the site is served from
  const wb = new Workbox('./sw.js', { scope: './' });
  let asked = false;
  let registration: ServiceWorkerRegistration | undefined = undefined;

  // a new version has installed and waits while this version controls the page
  wb.addEventListener('waiting', () =>
    useUpdate.getState().offer(() => {
      asked = true;
      // the waiting worker takes over; `controlling` below then reloads the page
      if (registration?.waiting) wb.messageSkipWaiting();
      // none waits: another tab took the new version in already, and it controls this page too
      else window.location.reload();
    }),
  );
  // the new version has taken over: this page reloads into it only if the person asked for it here
  wb.addEventListener('controlling', () => {
    if (asked) window.location.reload();
  });

  // `immediate`: the page has loaded already (main.tsx waits for that)
  registration = await wb.register({ immediate: true });

  // a long-lived page rarely navigates (when the browser checks by itself): check when it comes back into view
  let checked = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - checked < CHECK_EVERY_MS) return;
    checked = Date.now();
    void wb.update().catch(() => undefined); // offline: the next time
  });
}
