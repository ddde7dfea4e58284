import { describe, expect, it } from 'vitest';
import { tokenAt } from '../../src/text/token-at.js';

describe('tokenAt', () => {
  // "Iran, 2019." → Iran [0,4) , [4,5) 2019 [6,10) . [10,11)
  const tokens = [{ start: 0, end: 4 }, { start: 4, end: 5 }, { start: 6, end: 10 }, { start: 10, end: 11 }];
  it('finds the token holding an offset, or the next one after a space, or none past the end', () => {
    expect([0, 3, 4, 5, 6, 10, 11, 20].map((o) => tokenAt(tokens, o))).toEqual([0, 0, 1, 2, 2, 3, 4, 4]);
    expect(tokenAt([], 3)).toBe(0);
  });
});
