import type { DateString } from '../model/types';

/** The month it is here (local time), `YYYY-MM`: where the start dialog begins, and a band is dated when nothing else is. */
export function thisMonth(now: Date = new Date()): DateString {
  return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
