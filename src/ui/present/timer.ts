/** The exercise timer's arithmetic. Pure. */

/** The choices offered at once, in minutes. */
export const TIMER_PRESETS: readonly number[] = [5, 10, 15];
/** A typed time is whole minutes, 1 … 180. */
export const MAX_TIMER_MINUTES = 180;

/** Minutes as typed ("7", " 12 ", "2,5" → 2.5), or null when not a time from 0.1 to 180 minutes. */
export function parseMinutes(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n) || n < 0.1 || n > MAX_TIMER_MINUTES) return null;
  return n;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Time left as M:SS (H:MM:SS from an hour), rounded up to the second, never negative. */
export function timeLeftText(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
