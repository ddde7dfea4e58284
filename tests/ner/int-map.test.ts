import { describe, expect, it } from 'vitest';
import { ABSENT, IntMap } from '../../src/ner/int-map.js';
import { mix } from '../../src/ner/hash.js';

describe('IntMap', () => {
  it('answers as a Map does for hashes of either sign, through growth and overwrites', () => {
    const ours = new IntMap(2);
    const theirs = new Map<number, number>();
    for (let i = 0; i < 5000; i++) {
      const key = i % 7 === 0 ? i : mix(i % 3000, 17); // repeats, small keys and hashes beyond ±2^30
      ours.set(key, i);
      theirs.set(key, i);
    }
    expect(ours.size).toBe(theirs.size);
    for (const [key, value] of theirs) expect(ours.get(key)).toBe(value);
    for (let i = 0; i < 1000; i++) {
      const key = mix(i, 99);
      expect(ours.get(key)).toBe(theirs.get(key) ?? ABSENT);
    }
  });
});
