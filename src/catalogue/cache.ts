// Caches for work that thousands of cells repeat: a bounded map (terms parsed once per distinct content,
// ./terms.ts) and a memo per object (whatever is compiled from one parsed terms object).

/** A map that keeps at most `capacity` entries, dropping the least recently used. */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`cache capacity must be a whole number >= 1, not ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The cached value for `key`, computing and keeping it when absent. A computation that throws keeps nothing. */
  getOrCompute(key: K, compute: () => V): V {
    if (this.entries.has(key)) {
      const value = this.entries.get(key) as V;
      // Refresh: a Map iterates in insertion order, so the first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, value);
      return value;
    }
    const value = compute();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
