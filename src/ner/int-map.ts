// A map from 32-bit integers (feature hashes) to non-negative integers, in two typed arrays.
// Why not a Map: V8 keeps integers beyond ±2^30 as heap numbers, so a Map keyed by hashes boxes
// half of its keys on every get and set (an allocation each) and hashes them the slow way.

/** What get answers for a key that is not there. */
export const ABSENT = -1;

export class IntMap {
  private keys: Int32Array;
  /** ABSENT where a slot is empty. */
  private values: Int32Array;
  private shift: number;
  size = 0;

  /** Room for `expected` keys without growing. */
  constructor(expected = 8) {
    let bits = 3;
    while (1 << bits < expected * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits).fill(ABSENT);
    this.shift = 32 - bits;
  }

  /** Fibonacci hashing: the top bits of key × 2^32/φ, so keys alike in their low bits spread. */
  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let s = this.slotOf(key); ; s = (s + 1) & mask) {
      const v = this.values[s];
      if (v === ABSENT || this.keys[s] === key) return v;
    }
  }

  /** Sets key to value (value >= 0). */
  set(key: number, value: number): void {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let s = this.slotOf(key);
    while (this.values[s] !== ABSENT && this.keys[s] !== key) s = (s + 1) & mask;
    if (this.values[s] === ABSENT) this.size++;
    this.keys[s] = key;
    this.values[s] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(ABSENT);
    this.shift--;
    this.size = 0;
    for (let s = 0; s < keys.length; s++) if (values[s] !== ABSENT) this.set(keys[s], values[s]);
  }
}
