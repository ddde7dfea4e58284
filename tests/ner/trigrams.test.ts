import { describe, expect, it } from 'vitest';
import { Trigrams } from '../../src/ner/trigrams.js';

describe('Trigrams', () => {
  // A trigram's "scores" are its three values, so what comes back says which trigram was summed.
  const make = () => {
    const t: Trigrams = new Trigrams(
      (a, b, c, out) => {
        out[0] += t.hashes[a];
        out[1] += t.hashes[b];
        out[2] += t.hashes[c];
      },
      () => new Float64Array(3),
      new Float64Array(3),
    );
    return t;
  };

  it('numbers values by their hashes from 0, the same hash the same id', () => {
    const t = make();
    expect([t.idOf(-7), t.idOf(2 ** 31 - 1), t.idOf(-7), t.idOf(5)]).toEqual([0, 1, 0, 2]);
  });

  it('sums a trigram once and keeps it', () => {
    const t = make();
    const [a, b, c] = [t.idOf(10), t.idOf(-20), t.idOf(30)];
    const first = t.scores(a, b, c);
    expect(Array.from(first)).toEqual([10, -20, 30]);
    expect(t.scores(a, b, c)).toBe(first);
    expect(Array.from(t.scores(c, b, a))).toEqual([30, -20, 10]);
  });

  it('sums, without keeping, a trigram of ids beyond a key\'s bits', () => {
    const t = make();
    for (let v = 0; v < 1030; v++) t.idOf(1000 + v);
    const far = t.idOf(1000 + 1029);
    expect(Array.from(t.scores(0, far, 1))).toEqual([1000, 2029, 1001]);
    expect(Array.from(t.scores(far, 0, 1))).toEqual([2029, 1000, 1001]);
    expect(Array.from(t.scores(0, 1, 2))).toEqual([1000, 1001, 1002]);
  });
});
