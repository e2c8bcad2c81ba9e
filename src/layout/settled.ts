/** A count that grows whenever arrows routed in the background arrive (routeLater.ts): the screen then lays out again (useGeometry.ts). */
let settled = 0;
const listeners = new Set<() => void>();

export function subscribeSettled(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const settledVersion = (): number => settled;

export function settle(): void {
  settled++;
  listeners.forEach((f) => f());
}
