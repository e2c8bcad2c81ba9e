/**
 * A bounded memo keyed by (group, key), with two generations: lookups hit
 * the current or the previous generation; when the current one holds
 * `limit` entries it becomes the previous one. Recently used entries
 * survive, memory stays under 2 × limit entries, and no operation is ever
 * slow (unlike delete-oldest LRU on a Map).
 *
 * Two keys instead of one concatenated string: callers pass the same text
 * strings again and again (from the diagram model), and V8 caches a
 * string's hash on the string, so lookups by the text itself are cheap.
 */
type Generation<V> = { maps: Map<string, Map<string, V>>; size: number };

export class Memo<V> {
  private current: Generation<V> = { maps: new Map(), size: 0 };
  private previous: Generation<V> = { maps: new Map(), size: 0 };

  constructor(private readonly limit: number) {}

  get(group: string, key: string): V | undefined {
    const hit = this.current.maps.get(group)?.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.maps.get(group)?.get(key);
    if (old !== undefined) this.set(group, key, old);
    return old;
  }

  set(group: string, key: string, value: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = { maps: new Map(), size: 0 };
    }
    let map = this.current.maps.get(group);
    if (!map) this.current.maps.set(group, (map = new Map()));
    if (!map.has(key)) this.current.size++;
    map.set(key, value);
  }

  clear(): void {
    this.current = { maps: new Map(), size: 0 };
    this.previous = { maps: new Map(), size: 0 };
  }
}
