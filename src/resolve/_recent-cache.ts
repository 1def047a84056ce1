/** A bounded cache that keeps what was used recently: two generations, the older dropped when the newer fills. */

/**
 * Holds at most `2 × size` entries: lookups hit the current generation, or the previous one (and
 * move there), so names a corpus keeps repeating stay cached while memory stays flat however many
 * distinct names pass through.
 */
export class RecentCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.size) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
