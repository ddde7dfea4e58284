// Amounts of the ninety-seventh review round (retail, airlines, public health, personal finance, parliaments), as
// [type, span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { readings } from './read.js';

describe('rand and naira with no thousands and no scale', () => {
  it('are money in an article that writes the money surely elsewhere', () => {
    expect(readings('The old age grant rises by R90 to R2,180 a month, a fee of R200 or R14.05.')).toEqual([
      ['MONEY', 'R90', 90, 'ZAR'], ['MONEY', 'R2,180', 2180, 'ZAR'], ['MONEY', 'R200', 200, 'ZAR'], ['MONEY', 'R14.05', 14.05, 'ZAR'],
    ]);
    expect(readings('Petrol rose to N617 a litre; the budget is N28.7 trillion.')).toEqual([
      ['MONEY', 'N617', 617, 'NGN'], ['MONEY', 'N28.7 trillion', 28700000000000, 'NGN'],
    ]);
  });

  it('are no money alone, nor a road after "the" beside rand', () => {
    expect(readings('A fee of R200 or R300.')).toEqual([]);
    expect(readings('Tolls on the R21 rose to R2,180.')).toEqual([['MONEY', 'R2,180', 2180, 'ZAR']]);
  });
});
