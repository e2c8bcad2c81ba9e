/**
 * Whether a pointer (a mouse button, a finger, a pen) is down anywhere on the
 * page. While one is, nothing may move the view or change the canvas's size
 * under it — a drag's result must depend only on where the pointer went over
 * the diagram: a side panel opens or closes, and the view brings the selected
 * step into view, once the pointer is up.
 */
import { useEffect, useState } from 'react';
import { create } from 'zustand';

const usePointerStore = create<{ held: boolean }>()(() => ({ held: false }));

let watching = false;

function watch() {
  if (watching) return;
  watching = true;
  const down = new Set<number>();
  const update = () => {
    const held = down.size > 0;
    if (usePointerStore.getState().held !== held) usePointerStore.setState({ held });
  };
  const up = (e: PointerEvent) => {
    down.delete(e.pointerId);
    update();
  };
  // capture: seen before any handler can stop the event
  window.addEventListener(
    'pointerdown',
    (e) => {
      down.add(e.pointerId);
      update();
    },
    true,
  );
  window.addEventListener('pointerup', up, true);
  window.addEventListener('pointercancel', up, true);
  // an up the page never heard (let go outside the window, over a native popup): a move with no button ends it
  window.addEventListener(
    'pointermove',
    (e) => {
      if (e.buttons === 0 && down.has(e.pointerId)) up(e);
    },
    true,
  );
  window.addEventListener('blur', () => {
    down.clear();
    update();
  });
}

/** True while a pointer is down. */
export function usePointerHeld(): boolean {
  useEffect(watch, []);
  return usePointerStore((s) => s.held);
}

/**
 * `value` as it was when no pointer was last down: what depends on it (a
 * panel that opens or closes) waits for the pointer to be let go. A component
 * that first renders while a pointer is down (a lazily loaded panel whose code
 * arrives mid-drag) starts from `before`, what was shown before it existed.
 */
export function useWhenReleased<T>(value: T, before: T): T {
  const held = usePointerHeld();
  const [kept, setKept] = useState(() => (usePointerStore.getState().held ? before : value));
  if (!held && kept !== value) setKept(value);
  return held ? kept : value;
}
