/**
 * An in-memory `Storage` for tests, with an optional quota (total characters of keys and values,
 * like browsers count it) that makes `setItem` throw the browser's QuotaExceededError.
 */
export class MemoryStorage implements Storage {
  #data = new Map<string, string>();
  quota: number;
  /** When set, every call throws this (a browser that forbids storage). */
  broken: Error | null = null;
  writes = 0;

  constructor(quota = Infinity) {
    this.quota = quota;
  }

  get length(): number {
    this.#check();
    return this.#data.size;
  }
  key(index: number): string | null {
    this.#check();
    return [...this.#data.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.#check();
    return this.#data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#check();
    const used = this.used() - (this.#data.has(key) ? key.length + this.#data.get(key)!.length : 0);
    if (used + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.writes++;
    this.#data.set(key, String(value));
  }
  removeItem(key: string): void {
    this.#check();
    this.#data.delete(key);
  }
  clear(): void {
    this.#data.clear();
  }
  used(): number {
    let n = 0;
    for (const [k, v] of this.#data) n += k.length + v.length;
    return n;
  }
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.#data);
  }
  #check(): void {
    if (this.broken) throw this.broken;
  }
}
